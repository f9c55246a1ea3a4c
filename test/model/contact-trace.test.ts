import { describe, expect, it } from 'vitest';
import { ContactTrace } from '../../src/metrics/contact-trace';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

const model = (() => {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 10 }), agents: 1, horizon: 100, endOfDay: 'drain', waitingRoom: 1, patience: deterministic({ value: 5 }) });
  return { ...base, contactTypes: [{ ...base.contactTypes[0]!, arrivals: { kind: 'trace' as const, times: [0, 1, 2, 3] } }] };
})();

describe('ContactTrace', () => {
  it('writes one CSV record per contact with its outcome, in terminal order', () => {
    const lines: string[] = [];
    const result = simulateModel(model, { observers: [new ContactTrace((l) => lines.push(l))] });
    expect(lines[0]).toBe('serial,customer,type,channel,segment,arrival,outcome,end,wait,serviceStart,handleTime,agent,group,site');
    // #0 served 0–10; #1 takes the one waiting place and abandons at 6; #2 and #3 find the room full.
    expect(lines.slice(1)).toEqual([
      '2,2,calls,voice,all,2,blocked,2,,,,,,',
      '3,3,calls,voice,all,3,blocked,3,,,,,,',
      '1,1,calls,voice,all,1,abandoned,6,5,,,,,',
      '0,0,calls,voice,all,0,served,10,0,0,10,0,agents,main',
    ]);
    expect(lines.length - 1).toBe(result.overall.offered);
  });

  it('writes JSON lines', () => {
    const lines: string[] = [];
    simulateModel(model, { observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })] });
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[3]!)).toMatchObject({ serial: 0, outcome: 'served', wait: 0, handleTime: 10, group: 'agents' });
  });
});

import { describe, expect, it } from 'vitest';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import type { ModelDefinition } from '../../src/model/definition';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';
import { twoGroupCenter } from '../support/two-group-messaging';

/**
 * One agent of the group `desk, "front"`, handle time 10 s, no patience, arrivals at 0, 1, 2 and 3
 * of the type `calls, "vip"`, the run cut at 25 s. By hand: #0 is served 0–10 (wait 0), #1 10–20
 * (wait 9), #2 starts at 20 and is cut off in service at 25 (wait 18), #3 still waits at 25 (22 s).
 */
function cutModel(): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 10 }), agents: 1, horizon: 25, endOfDay: 'cut' });
  return {
    ...base,
    contactTypes: [{ ...base.contactTypes[0]!, name: 'calls, "vip"', arrivals: { kind: 'trace' as const, times: [0, 1, 2, 3] } }],
    agentGroups: [{ ...base.agentGroups[0]!, name: 'desk, "front"' }],
  };
}

function traceLines(format?: 'csv' | 'jsonl'): string[] {
  const lines: string[] = [];
  simulateModel(cutModel(), { observers: [new ContactTrace((l) => lines.push(l), format === undefined ? {} : { format })] });
  return lines;
}

describe('ContactTrace', () => {
  it('quotes CSV cells holding commas or quotes (quotes doubled) and leaves absent values empty', () => {
    const [header, ...records] = traceLines();
    expect(header).toBe('serial,customer,type,channel,segment,arrival,outcome,end,wait,serviceStart,handleTime,agent,group,site');
    // the order of the two unfinished contacts is the engine's; the served ones come in time order
    expect(records.slice(0, 2)).toEqual([
      '0,0,"calls, ""vip""",voice,all,0,served,10,0,0,10,0,"desk, ""front""",main',
      '1,1,"calls, ""vip""",voice,all,1,served,20,9,10,10,0,"desk, ""front""",main',
    ]);
    expect(records.slice(2).sort()).toEqual([
      '2,2,"calls, ""vip""",voice,all,2,unfinished,25,18,20,,0,"desk, ""front""",main',
      '3,3,"calls, ""vip""",voice,all,3,unfinished,25,22,,,,,',
    ]);
  });

  it('writes JSON lines without a header: a contact cut off in service has its agent but no handle time', () => {
    const records = traceLines('jsonl').map((l) => JSON.parse(l) as ContactRecord);
    expect(records).toHaveLength(4);
    const bySerial = [...records].sort((a, b) => a.serial - b.serial);
    expect(bySerial[2]).toEqual({
      serial: 2, customer: 2, type: 'calls, "vip"', channel: 'voice', segment: 'all', arrival: 2, outcome: 'unfinished',
      end: 25, wait: 18, serviceStart: 20, handleTime: null, agent: 0, group: 'desk, "front"', site: 'main',
    });
    expect(bySerial[3]).toEqual({
      serial: 3, customer: 3, type: 'calls, "vip"', channel: 'voice', segment: 'all', arrival: 3, outcome: 'unfinished',
      end: 25, wait: 22, serviceStart: null, handleTime: null, agent: null, group: null, site: null,
    });
  });

  it('names a plain cell as it is, and writes CSV when the options leave the format out', () => {
    const lines: string[] = [];
    const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 4 }), agents: 1, horizon: 10, endOfDay: 'drain' });
    const model = { ...base, contactTypes: [{ ...base.contactTypes[0]!, arrivals: { kind: 'trace' as const, times: [5] } }] };
    simulateModel(model, { observers: [new ContactTrace((l) => lines.push(l), {})] });
    expect(lines).toEqual([
      'serial,customer,type,channel,segment,arrival,outcome,end,wait,serviceStart,handleTime,agent,group,site',
      '0,0,calls,voice,all,5,served,9,0,5,4,0,agents,main',
    ]);
  });

  it('gives an abandoned contact its wait up to the abandon and a blocked one no wait', () => {
    const lines: string[] = [];
    // one waiting place, patience 5 s: #1 waits from 1 and abandons at 6; #2 finds the place taken at 2
    const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 10 }), agents: 1, horizon: 20, endOfDay: 'drain', waitingRoom: 1, patience: deterministic({ value: 5 }) });
    const model = { ...base, contactTypes: [{ ...base.contactTypes[0]!, arrivals: { kind: 'trace' as const, times: [0, 1, 2] } }] };
    simulateModel(model, { observers: [new ContactTrace((l) => lines.push(l), { format: 'csv' })] });
    expect(lines.slice(1)).toEqual([
      '2,2,calls,voice,all,2,blocked,2,,,,,,',
      '1,1,calls,voice,all,1,abandoned,6,5,,,,,',
      '0,0,calls,voice,all,0,served,10,0,0,10,0,agents,main',
    ]);
  });

  describe('a messaging session whose turns move between agents (slots released, not sticky)', () => {
    // Three turns of 100 s, replies 50 s after a turn, the longest idle agent takes each: first#0
    // 0–100; the reply at 150 goes to second#0 (idle since 0), 150–250; the reply at 300 to first#0
    // (idle since 100), 300–400.
    const model = { ...twoGroupCenter({ exchanges: deterministic({ value: 3 }) }) };
    const jsonl = (m: ModelDefinition): ContactRecord[] => {
      const lines: string[] = [];
      simulateModel(m, { checkInvariants: true, observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })] });
      return lines.map((l) => JSON.parse(l) as ContactRecord);
    };

    it('is written at its end with the agent of its last turn, its handle time the work of its turns', () => {
      expect(jsonl(model)).toEqual([
        expect.objectContaining({ outcome: 'served', end: 400, wait: 0, serviceStart: 0, handleTime: 300, agent: 0, group: 'first', site: 'north' }),
      ]);
    });

    it('is written, cut in its second reply gap, with the agent of its last turn and its wait before the first', () => {
      expect(jsonl({ ...model, horizon: 280, endOfDay: 'cut' })).toEqual([
        expect.objectContaining({ outcome: 'unfinished', end: 280, wait: 0, serviceStart: 0, handleTime: null, agent: 1, group: 'second', site: 'south' }),
      ]);
    });
  });
});

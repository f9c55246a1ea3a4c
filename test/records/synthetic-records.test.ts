import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../../src/metrics/contact-trace';
import { callRecordsCsv, recordRows, ROUTELAB_RECORD_COLUMNS, synthesizeCallRecords, syntheticDay } from '../../src/records/synthetic-records';
import type { ScenarioInput } from '../../src/scenario/schema';

const contact = (extra: Partial<ContactRecord>): ContactRecord => ({ serial: 0, customer: 1, type: 'calls', channel: 'voice', segment: 'all', arrival: 10, outcome: 'served', end: 0, wait: 5, serviceStart: 15, handleTime: 30, agent: 2, ...extra }) as ContactRecord;

describe('recordRows() and callRecordsCsv()', () => {
  it('writes a served contact with its queue exit, service and agent; an abandoned one without service', () => {
    expect(recordRows('d', [contact({}), contact({ outcome: 'abandoned', wait: 40, serviceStart: null, handleTime: null, agent: null }), contact({ agent: null }), contact({ outcome: 'unfinished', wait: null, serviceStart: null, handleTime: null, agent: null })])).toEqual([
      ['d', 1, 'calls', 'all', 10, 10, 15, 'served', 15, 45, 'agent-2'],
      ['d', 1, 'calls', 'all', 10, 10, 50, 'abandoned', null, null, null],
      ['d', 1, 'calls', 'all', 10, 10, 15, 'served', 15, 45, null],
      ['d', 1, 'calls', 'all', 10, 10, null, 'unfinished', null, null, null],
    ]);
  });

  it('writes a contact cut off in service without its service (it did not end in the day)', () => {
    expect(recordRows('d', [contact({ outcome: 'unfinished' })])).toEqual([['d', 1, 'calls', 'all', 10, 10, 15, 'unfinished', null, null, null]]);
  });

  it('writes RFC 4180 CSV: the header, empty fields for none, quotes only where needed', () => {
    expect(callRecordsCsv([['a,b', 'say "x"', 'line\nbreak', 'cr\r', null, 3, 'plain']])).toBe(`${ROUTELAB_RECORD_COLUMNS.join(',')}\n"a,b","say ""x""","line\nbreak","cr\r",,3,plain\n`);
    expect(callRecordsCsv([])).toBe('day,customer,type,segment,arrival,queue_entry,queue_exit,outcome,service_start,service_end,agent\n');
  });

  it('labels synthetic days from Monday 2026-03-02', () => {
    expect([0, 1, 29, 30].map(syntheticDay)).toEqual(['2026-03-02', '2026-03-03', '2026-03-31', '2026-04-01']);
  });
});

describe('synthesizeCallRecords()', () => {
  // One agent, 60-second calls at 0 and 30 s (the second waits 30 s), patience 100 s.
  const scenario = (day: number): ScenarioInput =>
    ({
      name: 'tiny',
      horizon: '1h',
      interval: '30m',
      skills: ['s'],
      contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 60 }, patience: { kind: 'deterministic', value: 100 }, arrivals: { trace: day === 0 ? [30, 0] : [5] } }],
      agentGroups: [{ name: 'team', skills: { s: 1 }, agents: 1 }],
    }) as ScenarioInput;

  it('simulates each day (day i as replication i) and writes its contacts in arrival order', () => {
    const csv = synthesizeCallRecords(scenario, { days: 2 });
    expect(csv.split('\n')).toEqual([
      ROUTELAB_RECORD_COLUMNS.join(','),
      '2026-03-02,0,calls,all,0,0,0,served,0,60,agent-0',
      '2026-03-02,1,calls,all,30,30,60,served,60,120,agent-0',
      '2026-03-03,0,calls,all,5,5,5,served,5,65,agent-0',
      '',
    ]);
    expect(synthesizeCallRecords(scenario)).toBe(csv.split('\n').slice(0, 3).join('\n') + '\n');
  });

  it('simulates the seed given', () => {
    // Handle times drawn from 1 to 100 s: the records of seed 2 differ from those of the default seed 1.
    const random = (): ScenarioInput => {
      const s = scenario(0);
      return { ...s, contactTypes: [{ ...s.contactTypes[0]!, handleTime: { kind: 'uniform', min: 1, max: 100 } }] } as ScenarioInput;
    };
    expect(synthesizeCallRecords(random, { seed: 1 })).toBe(synthesizeCallRecords(random));
    expect(synthesizeCallRecords(random, { seed: 2 })).not.toBe(synthesizeCallRecords(random));
  });

  it('orders contacts by arrival, then by serial, not by the time they end', () => {
    // Two agents: long calls (100 s) at 0 and 10 s, short ones (20 s) at 0 and 10 s; each pair
    // arrives together (the long call first). The short calls wait for the long ones only if
    // both agents are busy: at 0 both are taken (long 0–100, short 0–20), at 10 the long call
    // waits for the agent freed at 20 (20–120) and the short one for the agent freed at 100.
    const twoTypes = (): ScenarioInput =>
      ({
        name: 'tiny',
        horizon: '1h',
        interval: '30m',
        skills: ['s'],
        contactTypes: [
          { name: 'long', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 100 }, arrivals: { trace: [0, 10] } },
          { name: 'short', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 20 }, arrivals: { trace: [0, 10] } },
        ],
        agentGroups: [{ name: 'team', skills: { s: 1 }, agents: 2 }],
      }) as ScenarioInput;
    const rows = synthesizeCallRecords(twoTypes).split('\n').slice(1, -1);
    expect(rows.map((r) => r.split(',').slice(2, 10).join(','))).toEqual([
      'long,all,0,0,0,served,0,100',
      'short,all,0,0,0,served,0,20',
      'long,all,10,10,20,served,20,120',
      'short,all,10,10,100,served,100,120',
    ]);
  });
});

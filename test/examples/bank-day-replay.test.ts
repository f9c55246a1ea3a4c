import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BANK_DAY_CSV,
  actualDay,
  bankDayScenario,
  callsForAgents,
  compareVariant,
  fitBankDay,
  formatComparison,
  loadBankDay,
  parseBankDay,
  scenarioErrors,
  staffingPerInterval,
  type BankCall,
  type ComparisonRow,
  type DayFigures,
  type VariantComparison,
} from '../../examples/bank-day-replay';

/** Outcome counts straight from the text (the outcome is the 10th field), independent of the parser. */
function rawOutcomes(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of readFileSync(BANK_DAY_CSV, 'utf8').trim().split('\n').slice(1)) {
    const outcome = line.split(',')[9]!;
    counts[outcome] = (counts[outcome] ?? 0) + 1;
  }
  return counts;
}

describe('examples/bank-day-replay.ts: the data', () => {
  const calls: BankCall[] = loadBankDay();

  it('parses every record: 2,375 calls, 1,511 served, 846 hung up, 18 phantom', () => {
    expect(calls).toHaveLength(2375);
    const count = (o: string) => calls.filter((c) => c.outcome === o).length;
    expect({ AGENT: count('AGENT'), HANG: count('HANG'), PHANTOM: count('PHANTOM') }).toEqual(rawOutcomes());
    expect([count('AGENT'), count('HANG'), count('PHANTOM')]).toEqual([1511, 846, 18]);
  });

  it('offers the agents the served calls and the hang-ups that had joined the queue', () => {
    const offered = callsForAgents(calls);
    const hungUpInQueue = calls.filter((c) => c.outcome === 'HANG' && c.qStart > 0).length;
    expect(hungUpInQueue).toBe(728); // the other 118 hang-ups happened in the VRU
    expect(offered).toHaveLength(1511 + 728);
    expect(offered.every((q, i) => i === 0 || q.arrival >= offered[i - 1]!.arrival)).toBe(true);
    // Served without queueing: arrival at the start of service, wait 0.
    expect(offered.filter((q) => q.call.qStart === 0 && q.wait === 0 && !q.abandoned)).toHaveLength(268);
  });

  it('reads times of day as seconds after midnight', () => {
    const first = calls[0]!; // AA0204,43678,PS,0:10:10,...
    expect(first).toMatchObject({ callId: '43678', type: 'PS', vruEntry: 610, qStart: 0, outcome: 'HANG', server: 'NO_SERVER' });
  });

  it('matches the README of the data: mean wait of served about 135 s, mean service about 194 s', () => {
    const actual = actualDay(calls);
    expect(actual.asa).toBeGreaterThan(130);
    expect(actual.asa).toBeLessThan(140);
    expect(fitBankDay(calls).handleTimeMean).toBeGreaterThan(189);
    expect(fitBankDay(calls).handleTimeMean).toBeLessThan(199);
  });

  it('estimates staffing per 30 minutes; busy time is never above the distinct agents', () => {
    const distinct = staffingPerInterval(calls, 'distinct-agents');
    const busy = staffingPerInterval(calls, 'busy-time');
    expect(distinct).toHaveLength(48);
    expect(busy).toHaveLength(48);
    busy.forEach((n, k) => expect(n).toBeLessThanOrEqual(distinct[k]!));
    expect(Math.max(...distinct)).toBeLessThanOrEqual(18); // 18 named agents in the file
    expect(distinct.slice(0, 13).every((n) => n === 0)).toBe(true); // nobody served before 6:30
  });

  it('fits a patience far longer than the mean time to abandon (censoring)', () => {
    const { patience } = fitBankDay(calls);
    const abandoned = callsForAgents(calls).filter((q) => q.abandoned);
    const timeToAbandon = abandoned.reduce((a, q) => a + q.wait, 0) / abandoned.length;
    expect(patience.abandoned).toBe(728);
    expect(patience.mean).toBeGreaterThan(2 * timeToAbandon);
  });

  it('builds valid scenarios whose trace is the offered calls', () => {
    for (const staffing of ['distinct-agents', 'busy-time'] as const) {
      for (const handleTime of ['lognormal', 'empirical'] as const) {
        const scenario = bankDayScenario(calls, { staffing, handleTime });
        expect(scenarioErrors(scenario)).toEqual([]);
        expect(scenario.contactTypes[0]!.arrivals!.trace).toHaveLength(2239);
      }
    }
  });

  it('rejects a malformed file with the line and column', () => {
    const header = readFileSync(BANK_DAY_CSV, 'utf8').split('\n')[0]!;
    expect(() => parseBankDay('a,b\n')).toThrow(/the header must be vru\+line,call_id/);
    expect(() => parseBankDay(`${header}\nAA,1,PS`)).toThrow('bank day line 2: expected 15 fields, got 3');
    const row = 'AA0204,43678,PS,0:10:10,0:10:27,17,0:00:00,0:00:00,0,HANG,0:00:00,0:00:00,0,NO_SERVER,NO_';
    expect(() => parseBankDay(`${header}\n${row.replace('0:10:10', '10h')}`)).toThrow('bank day line 2, vru_entry: expected a time h:mm:ss, got "10h"');
    expect(() => parseBankDay(`${header}\n${row.replace('HANG', 'LOST')}`)).toThrow(/outcome: expected AGENT, HANG or PHANTOM, got "LOST"/);
  });
});

/**
 * The simulated day against the real one. The simulation cannot match exactly: patience is
 * fitted as exponential, the real queue may favour some service types, and the staffing is
 * estimated. The two staffing estimates bracket the real capacity: `distinct-agents` counts
 * every agent seen in an interval as serving the whole of it (too much capacity: their real
 * occupancy computed that way is only about 65 %, the rest is wrap-up, breaks and other work
 * the data does not record), `busy-time` is the least capacity that could have done the
 * observed work. So the criterion is:
 *
 * 1. more agents means fewer abandonments and shorter waits: distinct-agents is below busy-time
 *    with non-overlapping 95 % intervals;
 * 2. the real abandonment rate and ASA lie in the band from the distinct-agents value / 1.5 to
 *    the busy-time value × 1.5 (a factor of 1.5 for the model errors above);
 * 3. the busy-time simulation (the closer capacity on a day this overloaded) is within a factor of
 *    1.5 of the real abandonment rate and ASA.
 *
 * Real figures (from the file): 2,239 offered, abandonment 32.5 %, ASA 134.8 s, 18.0 % answered
 * within 20 s of all offered. At the time of writing, 30 replications gave abandonment 16.6 %
 * (distinct agents) and 32.7 % (busy time), ASA 57 s and 125 s; the test recomputes them.
 */
describe('examples/bank-day-replay.ts: the simulated day', () => {
  const calls = loadBankDay();
  const actual: DayFigures = actualDay(calls);
  let distinct: VariantComparison;
  let busy: VariantComparison;
  beforeAll(async () => {
    distinct = await compareVariant(calls, { staffing: 'distinct-agents', replications: 10, seed: 3, threads: 1 });
    busy = await compareVariant(calls, { staffing: 'busy-time', replications: 10, seed: 3, threads: 1 });
  });
  const get = (v: VariantComparison, m: keyof DayFigures): ComparisonRow => v.rows.find((r) => r.measure === m)!;

  it('replays exactly the real arrivals', () => {
    expect(get(distinct, 'offered')).toMatchObject({ mean: actual.offered, halfWidth: 0 });
    expect(actual.offered).toBe(2239);
  });

  for (const measure of ['abandonmentRate', 'asa'] as const) {
    it(`${measure}: more agents, better service (non-overlapping 95 % intervals)`, () => {
      const d = get(distinct, measure);
      const b = get(busy, measure);
      expect(d.mean + d.halfWidth).toBeLessThan(b.mean - b.halfWidth);
    });

    it(`${measure}: the real day lies between the two staffing estimates, give or take a factor of 1.5`, () => {
      expect(actual[measure]).toBeGreaterThan(get(distinct, measure).mean / 1.5);
      expect(actual[measure]).toBeLessThan(get(busy, measure).mean * 1.5);
    });

    it(`${measure}: busy-time staffing is within a factor of 1.5 of the real day`, () => {
      const ratio = get(busy, measure).mean / actual[measure];
      expect(ratio).toBeGreaterThan(1 / 1.5);
      expect(ratio).toBeLessThan(1.5);
    });
  }

  it('prints the real day and one row per variant', () => {
    const out = formatComparison(fitBankDay(calls), [distinct, busy]);
    expect(out).toMatch(/^actual day .* 2239 +1511 +32\.5 +134\.8 +18\.0 /m);
    expect(out).toMatch(/^distinct-agents, lognormal \(R=10\) +2239 ± 0 /m);
    expect(out).toMatch(/^busy-time, lognormal \(R=10\) +2239 ± 0 /m);
    expect(out).toContain('728 abandoned of 2239 queued');
    expect(out).not.toMatch(/NaN|undefined/);
  });
});

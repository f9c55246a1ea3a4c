import { describe, expect, it } from 'vitest';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { simulate, type SimulationResult } from '../../src/run/simulate';
import { checkScenario, signatureOf } from './check-case';
import { metricProblems } from './metric-checks';
import { reduceCase } from './reduce-case';
import { recordProblems, traceProblems } from './trace-checks';

/** The fuzzer's own checks must catch what they are for: each is shown a case it must reject. */

const SCENARIO = {
  name: 'small',
  horizon: '1h',
  skills: ['s'],
  contactTypes: [
    {
      name: 'calls',
      skills: { s: 1 },
      handleTime: { kind: 'exponential', mean: '3m' },
      patience: { kind: 'exponential', mean: '1m' },
      arrivals: { rate: '60/h' },
      callback: { mode: 'virtual-hold', offerWhenWaitAbove: '30s', acceptance: 0.5 },
    },
    { name: 'mail', channel: 'email', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: '5m' }, arrivals: { rate: '10/h' } },
  ],
  agentGroups: [{ name: 'g', skills: { s: 2 }, channels: { voice: 1, email: 2 }, agents: 2 }],
};

const served: ContactRecord = {
  serial: 0, customer: 0, type: 'calls', channel: 'voice', segment: 'all', arrival: 10, outcome: 'served',
  end: 100, wait: 5, serviceStart: 15, handleTime: 85, agent: 0, group: 'g', site: 'main',
};

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('recordProblems()', () => {
  it('accepts a consistent record', () => {
    expect(recordProblems(served, 100)).toEqual([]);
  });
  it('reports a negative wait, a start before arrival, a wrong handle time and an end after the run', () => {
    expect(recordProblems({ ...served, wait: -1 }, 100)).toEqual(['contact #0 (served): negative wait -1']);
    expect(recordProblems({ ...served, serviceStart: 5, handleTime: 95, wait: 0 }, 100)).toContain('contact #0 (served): service start 5 before arrival 10');
    expect(recordProblems({ ...served, handleTime: 80 }, 100)).toEqual(['contact #0 (served): handle time 80 ≠ end − service start']);
    // With time away from the agent (interruptions, released session slots) handle time may be shorter, never longer or negative.
    expect(recordProblems({ ...served, handleTime: 80 }, 100, true)).toEqual([]);
    expect(recordProblems({ ...served, handleTime: 91 }, 100, true)).toEqual(['contact #0 (served): handle time 91 outside [0, end − service start]']);
    expect(recordProblems(served, 99)).toEqual(['contact #0 (served): end 100 after the end of the run 99']);
  });
  it('reports a blocked contact with a wait and an abandoned one that started service', () => {
    expect(recordProblems({ ...served, outcome: 'blocked', handleTime: null, serviceStart: null, agent: null, group: null, site: null }, 100)).toEqual([
      'contact #0 (blocked): a blocked contact has wait 5',
    ]);
    expect(recordProblems({ ...served, outcome: 'abandoned', handleTime: null }, 100)).toEqual(['contact #0 (abandoned): service started, yet abandoned']);
  });
});

describe('traceProblems() and metricProblems()', () => {
  const lines: string[] = [];
  const result = simulate(SCENARIO as never, { seed: 3, observers: [new ContactTrace((line) => lines.push(line), { format: 'jsonl' })] });
  const records = lines.map((line) => JSON.parse(line) as ContactRecord);

  it('find nothing wrong with a real run', () => {
    expect(records.length).toBeGreaterThan(30);
    expect(traceProblems(records, result, 0)).toEqual([]);
    expect(metricProblems(result)).toEqual([]);
  });
  it('notice a missing record and counts that disagree with the metrics', () => {
    const problems = traceProblems(records.slice(1), result, 0);
    expect(problems.some((p) => p.includes('contacts after the warm-up, the metrics'))).toBe(true);
  });
  it('notice a negative time, a fraction above 1, outcomes that do not add up and decreasing percentiles', () => {
    const bad = clone(result) as unknown as { overall: Record<string, number> & { wait: Record<string, number> } };
    const overall = bad.overall;
    overall['asa'] = -1;
    overall['serviceLevel'] = 1.5;
    overall['served'] = (overall['served'] ?? 0) + 1;
    overall.wait['p50'] = (overall.wait['p99'] ?? 0) + 10;
    const problems = metricProblems(bad as unknown as SimulationResult).join('\n');
    expect(problems).toContain('result.overall.asa = -1 is negative');
    expect(problems).toContain('result.overall.serviceLevel = 1.5 is not a fraction');
    expect(problems).toContain('overall: served + abandoned + blocked + unfinished');
    expect(problems).toContain('overall.wait: percentiles decrease');
  });
});

describe('checkScenario()', () => {
  it('passes a valid scenario', () => {
    const outcome = checkScenario(SCENARIO, { seed: 1 });
    expect(outcome.verdict).toBe('ok');
    expect(outcome.contacts).toBeGreaterThan(30);
  });
  it('reports a rejected scenario with its errors', () => {
    const outcome = checkScenario({ ...SCENARIO, horizon: '-5m' }, { seed: 1 });
    expect(outcome.verdict).toBe('rejected');
    expect(outcome.message).toMatch(/^horizon: /);
  });
  it('reports a run past the watchdog limits as a hang', () => {
    const outcome = checkScenario(SCENARIO, { seed: 1, limits: { notifications: 20 } });
    expect(outcome.verdict).toBe('hang');
    expect(outcome.signature).toBe('hang: runaway: more than N engine notifications (t=N)');
  });
});

describe('signatureOf()', () => {
  it('groups messages that differ only in numbers and quoted names', () => {
    expect(signatureOf('trace', "contact #12 (unfinished): negative wait -3.5e-2 in 'x'")).toBe(signatureOf('trace', "contact #7 (unfinished): negative wait -1 in 'y'"));
  });
});

describe('reduceCase()', () => {
  it('keeps what the failure needs and drops the rest', async () => {
    const fails = async (candidate: unknown): Promise<boolean> => {
      const types = (candidate as { contactTypes?: { callback?: { mode?: string } }[] }).contactTypes ?? [];
      return types.some((t) => t.callback?.mode === 'virtual-hold');
    };
    const { input, attempts } = await reduceCase(SCENARIO, fails);
    expect(input).toEqual({ contactTypes: [{ callback: { mode: 'virtual-hold' } }] });
    expect(attempts).toBeLessThan(400);
    expect(SCENARIO.contactTypes).toHaveLength(2);
  });
});

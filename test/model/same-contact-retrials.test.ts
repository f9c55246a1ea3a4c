import { describe, expect, it } from 'vitest';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { simulate, type SimulationResult } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';
import { ScenarioError } from '../../src/scenario/errors';

/** One contact type `calls` arriving at `times`, `agents` agents; `extra` goes into the contact type. */
function scenario(times: number[], extra: Record<string, unknown>, top: Record<string, unknown> = {}, agents = 1): ScenarioInput {
  return {
    name: 'same-contact',
    horizon: 20_000,
    interval: 20_000,
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, arrivals: { trace: times }, ...extra }],
    agentGroups: [{ name: 'agents', skills: { s: 1 }, agents }],
    ...top,
  } as unknown as ScenarioInput;
}

function run(input: ScenarioInput): { result: SimulationResult; records: ContactRecord[] } {
  const records: ContactRecord[] = [];
  const trace = new ContactTrace((line) => records.push(JSON.parse(line) as ContactRecord), { format: 'jsonl' });
  const result = simulate(input, { seed: 7, observers: [trace], checkInvariants: true });
  return { result, records: records.sort((a, b) => a.serial - b.serial) };
}

const retrial = (sameContact: boolean, delay: number) => ({ probability: 1, delay: { kind: 'deterministic', value: delay }, ...(sameContact ? { sameContact: true } : {}) });

describe('retrial.sameContact', () => {
  it('tests the service-level target on the wait summed over the attempts', () => {
    // #0 is served 0–100. #1 waits 10–40 and abandons (patience 30); it retries at 90, waits until
    // 100 and is served: 10 s this attempt, 40 s in all. The target is 35 s.
    const calls = {
      handleTime: { kind: 'deterministic', value: 100 },
      patience: { kind: 'deterministic', value: 30 },
      serviceLevel: { within: 35, target: 0.8 },
    };
    for (const sameContact of [false, true]) {
      const { result, records } = run(scenario([0, 10], { ...calls, retrial: retrial(sameContact, 50) }));
      expect(records.map((r) => `${r.outcome} ${r.arrival}–${r.end} wait ${r.wait}`)).toEqual(['served 0–100 wait 0', 'abandoned 10–40 wait 30', 'served 90–200 wait 10']);
      expect(result.overall.offered).toBe(3);
      expect(result.overall.answeredWithinTarget, `sameContact ${sameContact}`).toBe(sameContact ? 1 : 2);
      // The wait reported stays the attempt's own: the mean over the two answered is 5 s either way.
      expect(result.overall.asa).toBe(5);
    }
  });

  it('keeps the handle time drawn for the first attempt (a blocked call retried)', () => {
    // Run A: #1 is blocked at 1 (no waiting room) and retried at 1001. Run B: two agents serve #1
    // at once. The type's handle-time stream is the same in both: with sameContact the retrial is
    // served with #1's own draw, the stream's second; a fresh retrial draws the third.
    const calls = { handleTime: { kind: 'uniform', min: 50, max: 150 } };
    const b = run(scenario([0, 1], calls, {}, 2)).records;
    const secondDraw = b[1]!.handleTime!;
    const same = run(scenario([0, 1], { ...calls, retrial: retrial(true, 1000) }, { waitingRoom: { voice: 0 } })).records;
    expect(same.map((r) => r.outcome)).toEqual(['served', 'blocked', 'served']);
    expect(same[2]!.handleTime).toBe(secondDraw);
    const fresh = run(scenario([0, 1], { ...calls, retrial: retrial(false, 1000) }, { waitingRoom: { voice: 0 } })).records;
    expect(fresh[2]!.handleTime).not.toBe(secondDraw);
  });

  it('keeps the patience: the retrial abandons after the same wait, restarted in full', () => {
    // #0 holds the agent 0–1000, #1 abandons after its patience P; #2 holds the agent 5000–6000,
    // so #1's retrial (at 1 + P + 5000) waits again and abandons after P again.
    const calls = { handleTime: { kind: 'deterministic', value: 1000 }, patience: { kind: 'exponential', mean: 20 } };
    const same = run(scenario([0, 1, 5000], { ...calls, retrial: { ...retrial(true, 5000), probability: 0.999999 } })).records;
    const first = same.find((r) => r.serial === 1)!;
    const again = same.find((r) => r.arrival === first.end + 5000)!;
    expect(first.outcome).toBe('abandoned');
    expect(again.outcome).toBe('abandoned');
    expect(again.wait).toBeCloseTo(first.wait!, 9); // times differ in the last bits only
    const fresh = run(scenario([0, 1, 5000], { ...calls, retrial: { ...retrial(false, 5000), probability: 0.999999 } })).records;
    const freshFirst = fresh.find((r) => r.serial === 1)!;
    expect(fresh.find((r) => r.arrival === freshFirst.end + 5000)!.wait).not.toBeCloseTo(freshFirst.wait!, 3);
  });

  it('changes nothing for a type without it: every other draw stays where it was', () => {
    const calls = { handleTime: { kind: 'exponential', mean: 60 }, patience: { kind: 'exponential', mean: 30 } };
    const times = Array.from({ length: 40 }, (_, i) => i * 7);
    const plain = run(scenario(times, calls)).result;
    const withRetrialOff = run(scenario(times, { ...calls, retrial: { ...retrial(true, 10), probability: 0 } })).result;
    expect(withRetrialOff.overall).toEqual(plain.overall);
  });

  it('rejects a same-contact retrial into another contact type, naming the field', () => {
    const input = scenario([0], { handleTime: { kind: 'deterministic', value: 1 }, retrial: { ...retrial(true, 10), via: { other: 1 } } });
    (input.contactTypes as unknown[]).push({ name: 'other', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 1 } });
    expect(() => simulate(input, { seed: 1 })).toThrow(ScenarioError);
    expect(() => simulate(input, { seed: 1 })).toThrow(/contactTypes\[0\]\.retrial\.via\.other.*sameContact/s);
  });

  it('rejects a sameContact that is not a boolean', () => {
    const input = scenario([0], { handleTime: { kind: 'deterministic', value: 1 }, retrial: { ...retrial(false, 10), sameContact: 'yes' } });
    expect(() => simulate(input, { seed: 1 })).toThrow(/sameContact must be true or false, got 'yes'/);
  });
});

import { describe, expect, it } from 'vitest';
import type { ExperimentResult } from '../../src/experiment/result-format';
import { metricObjective, replicationMetrics, tunePolicy, withOption, type TunePolicyOptions } from '../../src/experiment/tune-policy';
import { PolicyRegistry } from '../../src/routing/registry';
import { firstContactInDefaultOrder, longestIdleAgent } from '../../src/routing/selectors';
import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * `gate` serves contacts only when its option `b` is at least 1 (else nobody is ever answered);
 * every other option is ignored. So the objective "answered, the more the better" has two exact
 * levels: 0 with b < 1, and the same count for every b >= 1 (same seeds, same runs).
 */
const registry = PolicyRegistry.withBuiltIns().register('gate', ({ options }) => {
  const open = typeof options['b'] === 'number' && options['b'] >= 1;
  return {
    selectAgent: (contact, view) => (open ? longestIdleAgent(view, contact, view.eligibleGroups(view.contactType(contact))) : -1),
    selectContact: (agent, view) => (open ? firstContactInDefaultOrder(view, agent, view.servedQueues(view.agentGroup(agent))) : -1),
  };
});

function center(routing: ScenarioInput['routing']): ScenarioInput {
  return {
    name: 'gate',
    horizon: '1h',
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '2m' }, patience: { kind: 'exponential', mean: '5m' }, arrivals: { rate: '120/h' } }],
    agentGroups: [{ name: 'desk', skills: { s: 1 }, agents: 5 }],
    ...(routing === undefined ? {} : { routing }),
  };
}

const base: TunePolicyOptions = {
  policy: 'gate',
  space: { a: [1], b: [1] },
  objective: metricObjective('overall.answered', 'max'),
  replications: 2,
  seed: 3,
  policies: registry,
};

describe('tunePolicy() search rules', () => {
  it('walks the space one option at a time, and a second round tries the new best with the others', async () => {
    const seen: number[] = [];
    const tuned = await tunePolicy(center(undefined), { ...base, start: { a: 0, b: 0 }, validationReplications: 4, onEvaluation: (n) => seen.push(n) });
    // round 1: a = 1 (still closed), then b = 1 (open: better); round 2: a = 1 with b = 1 (no better)
    expect(tuned.candidates.map((c) => c.options)).toEqual([{ a: 0, b: 0 }, { a: 1, b: 0 }, { a: 0, b: 1 }, { a: 1, b: 1 }]);
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(tuned.best).toEqual({ a: 0, b: 1 });
    const [closed, , open, both] = tuned.candidates;
    expect(closed!.objective.mean).toBe(0);
    expect(open!.objective.mean!).toBeLessThan(-50);
    expect(both!.objective.mean).toBe(open!.objective.mean);
    expect([tuned.validation.seed, tuned.validation.replications]).toEqual(['3/validation', 4]);
    expect(tuned.validation.start.mean).toBe(0);
    expect(tuned.validation.best.mean).toBe(tuned.validation.difference.mean);
    expect(tuned.validation.improved).toBe(true);
  });

  it('stops after maxRounds rounds', async () => {
    const tuned = await tunePolicy(center(undefined), { ...base, start: { a: 0, b: 0 }, maxRounds: 1 });
    expect(tuned.candidates.map((c) => c.options)).toEqual([{ a: 0, b: 0 }, { a: 1, b: 0 }, { a: 0, b: 1 }]);
    // validation: twice the replications, on the seed's validation stream
    expect([tuned.validation.seed, tuned.validation.replications]).toEqual(['3/validation', 4]);
  });

  it('starts from the scenario options of the same policy, sets nested options, and evaluates each option set once', async () => {
    const scenario = center({ policy: 'gate', options: { b: 2, weights: { x: 1 }, flag: 7 } });
    const tuned = await tunePolicy(scenario, { ...base, space: { 'weights.y': [4], 'flag.z': [5], b: [2, 3] }, validationSeed: 'v', validationReplications: 2 });
    expect(tuned.start).toEqual({ b: 2, weights: { x: 1 }, flag: 7 });
    expect(tuned.candidates.map((c) => c.options)).toEqual([
      { b: 2, weights: { x: 1 }, flag: 7 },
      { b: 2, weights: { x: 1, y: 4 }, flag: 7 },
      // a number in the way is replaced by an object
      { b: 2, weights: { x: 1 }, flag: { z: 5 } },
      // b = 2 is the start again (not run twice); b = 3 is new
      { b: 3, weights: { x: 1 }, flag: 7 },
    ]);
    // all equal: the start stays best and the validation finds no improvement
    expect(tuned.best).toEqual(tuned.start);
    expect([tuned.validation.seed, tuned.validation.replications]).toEqual(['v', 2]);
    expect(tuned.validation.difference.mean).toBe(0);
    expect(tuned.validation.improved).toBe(false);
  });

  it('starts from no options when the scenario routes with another policy', async () => {
    const tuned = await tunePolicy(center({ policy: 'longest-idle-agent', options: {} }), { ...base, space: { b: [1] }, maxRounds: 1 });
    expect(tuned.start).toEqual({});
    expect(tuned.candidates.map((c) => c.options)).toEqual([{}, { b: 1 }]);
    expect(tuned.best).toEqual({ b: 1 });
  });

  it('refuses bad options', async () => {
    const scenario = center(undefined);
    await expect(tunePolicy(scenario, { ...base, policy: 3 as never })).rejects.toThrow(new TypeError('tunePolicy: policy must be a routing policy name'));
    await expect(tunePolicy(scenario, { ...base, objective: 'answered' as never })).rejects.toThrow(new TypeError('tunePolicy: objective must be a function'));
    for (const space of [null, {}, 'ab']) {
      await expect(tunePolicy(scenario, { ...base, space: space as never })).rejects.toThrow(new TypeError('tunePolicy: space must name at least one option'));
    }
    for (const values of [[], [1, Number.NaN], [1, '2'], 4]) {
      await expect(tunePolicy(scenario, { ...base, space: { b: values as never } }), String(values)).rejects.toThrow(
        new TypeError("tunePolicy: space['b'] must be a non-empty array of finite numbers"),
      );
    }
    for (const maxRounds of [0, 1.5]) {
      await expect(tunePolicy(scenario, { ...base, maxRounds })).rejects.toThrow(new RangeError(`tunePolicy: maxRounds must be a positive integer, got ${maxRounds}`));
    }
    await expect(tunePolicy(scenario, { ...base, objective: () => Infinity })).rejects.toThrow(
      new RangeError('tunePolicy: the objective must return a finite number, got Infinity in replication 0'),
    );
  });
});

describe('withOption()', () => {
  it('sets a dotted path, copying the objects on the way and replacing a value that is not a plain object', () => {
    const options = Object.freeze({ keep: 1, a: Object.freeze({ b: Object.freeze({ c: 1, d: 2 }) }) });
    expect(withOption(options, 'a.b.c', 5)).toEqual({ keep: 1, a: { b: { c: 5, d: 2 } } });
    expect(withOption(options, 'keep', 3)).toEqual({ keep: 3, a: { b: { c: 1, d: 2 } } });
    for (const inner of ['ab', [1, 2], 7, null]) expect(withOption({ x: inner }, 'x.y', 4), String(inner)).toStrictEqual({ x: { y: 4 } });
  });
});

describe('metricObjective() and replicationMetrics()', () => {
  const experiment = {
    metrics: ['overall.asa', 'overall.serviceLevel'],
    replications: [
      { replication: 4, values: [12, null] },
      { replication: 5, values: [30, 0.8] },
    ],
  } as unknown as ExperimentResult;

  it('gives each replication its metrics by path, null where it had none', () => {
    const [first, second] = replicationMetrics(experiment);
    expect([...first!]).toEqual([['overall.asa', 12], ['overall.serviceLevel', null]]);
    expect([...second!]).toEqual([['overall.asa', 30], ['overall.serviceLevel', 0.8]]);
  });

  it('minimizes a metric as is, maximizes it negated, and takes `missing` for a null', () => {
    const [first, second] = replicationMetrics(experiment);
    expect(metricObjective('overall.asa', 'min')(second!)).toBe(30);
    expect(metricObjective('overall.serviceLevel', 'max')(second!)).toBe(-0.8);
    expect(metricObjective('overall.serviceLevel', 'max')(first!)).toBe(-0);
    expect(metricObjective('overall.serviceLevel', 'max', 0.5)(first!)).toBe(-0.5);
    expect(metricObjective('overall.serviceLevel', 'min', 2)(first!)).toBe(2);
  });
});

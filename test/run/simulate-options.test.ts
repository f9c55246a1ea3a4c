import { describe, expect, it } from 'vitest';
import { PolicyRegistry } from '../../src/routing/registry';
import { simulate, simulateModel, type SimulateOptions } from '../../src/run/simulate';
import { ScenarioError } from '../../src/scenario/errors';
import { resolveScenario } from '../../src/scenario/resolve';
import type { ScenarioInput } from '../../src/scenario/schema';

/** A help desk over one hour (a run takes a few milliseconds). */
function helpDesk(): ScenarioInput {
  return {
    name: 'help desk',
    horizon: '1h',
    skills: ['support'],
    contactTypes: [
      {
        name: 'calls',
        skills: { support: 1 },
        arrivals: { rate: '100/h' },
        handleTime: { kind: 'exponential', mean: '3m' },
        patience: { kind: 'exponential', mean: '2m' },
      },
    ],
    agentGroups: [{ name: 'agents', skills: { support: 3 }, agents: 6 }],
  };
}

const bad = (options: unknown) => options as SimulateOptions;

/** The error `fn` throws (fails when it does not throw). */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('simulate() and simulateModel() options', () => {
  const model = resolveScenario(helpDesk());
  const entries: [string, (options: SimulateOptions) => unknown][] = [
    ['simulate', (options) => simulate(helpDesk(), options)],
    ['simulateModel', (options) => simulateModel(model, options)],
  ];

  for (const [name, run] of entries) {
    it(`${name}: options must be an object`, () => {
      for (const options of [null, 5, 'seed', []]) {
        const error = thrown(() => run(bad(options)));
        expect(error).toBeInstanceOf(TypeError);
        expect(error.message).toMatch(new RegExp(`^${name}: options must be an object, got `));
      }
      expect(thrown(() => run(bad(null))).message).toBe(`${name}: options must be an object, got null`);
    });

    it(`${name}: rejects an unknown option with a suggestion`, () => {
      const error = thrown(() => run(bad({ sed: 5 })));
      expect(error).toBeInstanceOf(RangeError);
      expect(error.message).toBe(`${name}: unknown option 'sed'; did you mean 'seed'?`);
      expect(thrown(() => run(bad({ threads: 2 }))).message).toBe(
        `${name}: unknown option 'threads'; known: checkInvariants, metrics, observers, policies, replication, seed`,
      );
    });

    it(`${name}: replication given as a string is a TypeError that quotes it`, () => {
      const error = thrown(() => run(bad({ replication: '2' })));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toBe("replication must be a non-negative integer, got '2'");
      expect(thrown(() => run({ replication: -1 }))).toBeInstanceOf(RangeError);
      expect(thrown(() => run({ replication: 1.5 })).message).toBe('replication must be a non-negative integer, got 1.5');
    });

    it(`${name}: observers must be an array of objects`, () => {
      const notArray = thrown(() => run(bad({ observers: {} })));
      expect(notArray).toBeInstanceOf(TypeError);
      expect(notArray.message).toBe('observers must be an array of observer objects, got an object');
      const notObject = thrown(() => run(bad({ observers: [{}, 42] })));
      expect(notObject).toBeInstanceOf(TypeError);
      expect(notObject.message).toMatch(/^observers\[1\] must be an observer object .*got 42$/);
    });

    it(`${name}: policies must be a PolicyRegistry`, () => {
      const error = thrown(() => run(bad({ policies: {} })));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toMatch(/^policies must be a PolicyRegistry .*got an object$/);
    });

    it(`${name}: seed, metrics and checkInvariants of the wrong type`, () => {
      expect(thrown(() => run(bad({ seed: null }))).message).toBe('seed must be a finite integer or a non-empty string, got null');
      expect(thrown(() => run(bad({ seed: 1.5 })))).toBeInstanceOf(RangeError);
      expect(thrown(() => run(bad({ metrics: 'fast' }))).message).toBe("metrics must be an object, got 'fast'");
      expect(thrown(() => run(bad({ checkInvariants: 'yes' }))).message).toBe("checkInvariants must be true or false, got 'yes'");
    });
  }

  it('accepts good options, and undefined values for any key', () => {
    const result = simulate(helpDesk(), { seed: 3, replication: 1, observers: [{}], policies: PolicyRegistry.withBuiltIns(), checkInvariants: false });
    expect(result.seed).toBe(3);
    expect(result.replication).toBe(1);
    expect(simulate(helpDesk(), bad({ seed: 3, replication: 1, unused: undefined })).overall).toEqual(result.overall);
    expect(simulate(helpDesk()).seed).toBe(1);
  });

  it('throws a ScenarioError (not a RangeError) for bad routing options', () => {
    const scenario = { ...helpDesk(), routing: { policy: 'value-based', options: { valueWeight: 'lots', agingTime: -5, foo: 1 } } };
    const error = thrown(() => simulate(scenario));
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).issues.map((i) => i.path)).toEqual([
      'routing.options.valueWeight',
      'routing.options.agingTime',
      'routing.options.foo',
    ]);
  });

  it('treats a numeric seed and its string form as different seeds (as documented)', () => {
    const byNumber = simulate(helpDesk(), { seed: 1 });
    const byString = simulate(helpDesk(), { seed: '1' });
    expect(simulate(helpDesk(), { seed: 1 }).overall).toEqual(byNumber.overall);
    expect(byString.overall).not.toEqual(byNumber.overall);
  });
});

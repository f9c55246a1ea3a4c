import { describe, expect, it } from 'vitest';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import { formatOptionIssue } from '../../src/routing/option-issues';
import { BUILT_IN_POLICIES, PolicyRegistry } from '../../src/routing/registry';
import { supportModel } from './sample-model';

const model = supportModel();
const random = new FixedUniformSource([0.5]);
const registry = PolicyRegistry.withBuiltIns();

/** What the factory of `policy` throws for `options` (undefined when it creates the policy). */
function thrown(policy: string, options: unknown): Error | undefined {
  try {
    registry.create({ policy, options: options as Record<string, unknown> }, { model, random });
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

/** A small seeded generator (no Math.random in tests either: failures must be reproducible). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const KEYS = ['agingTime', 'valueWeight', 'repeatBonus', 'waitLimit', 'balance', 'groupsByType', 'typesByGroup', 'agingtime', 'foo'];
const VALUES: unknown[] = [
  0, -1, 1, 60, 2.5, Number.NaN, Infinity, '60', 'lots', 'site', 'group', 'sites', null, [], {}, true,
  { billing: ['billing-experts', 'generalists'] }, { billing: ['tier9'] }, { sales: 'generalists' }, { 'chat-team': ['chat-support'] },
  { generalists: ['sales', 'sales'] }, { blended: ['chat-support', 'sales'] }, { 'chat-team': ['billing'] },
];

describe('built-in policy option checkers', () => {
  it('every built-in policy declares a checker', () => {
    for (const [name, entry] of Object.entries(BUILT_IN_POLICIES)) expect(typeof entry.checkOptions, name).toBe('function');
  });

  it('find exactly the problems the factory throws, over 400 random option sets per policy', () => {
    const next = lcg(20240611);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    for (const policy of registry.names()) {
      let rejected = 0;
      for (let i = 0; i < 400; i++) {
        const options: Record<string, unknown> = {};
        const count = Math.floor(next() * 3);
        for (let k = 0; k < count; k++) options[pick(KEYS)] = pick(VALUES);
        const issues = registry.checkOptions({ policy, options }, model);
        const error = thrown(policy, options);
        if (issues.length === 0) {
          expect(error, `${policy} ${JSON.stringify(options)}`).toBeUndefined();
        } else {
          rejected++;
          expect(error?.message, `${policy} ${JSON.stringify(options)}`).toBe(issues.map(formatOptionIssue).join('\n'));
        }
      }
      // the generator must exercise both outcomes for the comparison to mean something
      expect(rejected, policy).toBeGreaterThan(0);
    }
  });

  it('without a model check types and ranges but no names', () => {
    const options = { groupsByType: { billing: ['tier9', 'tier9'] }, typesByGroup: { generalists: 'sales' } };
    expect(registry.checkOptions({ policy: 'skills-priority', options }).map(formatOptionIssue)).toEqual([
      "routing.options.groupsByType.billing[1]: agent group 'tier9' is listed twice",
      "routing.options.typesByGroup.generalists: must be a non-empty array of contact type names, got 'sales'",
    ]);
    expect(registry.checkOptions({ policy: 'skills-priority', options }, model).map(formatOptionIssue)).toContain(
      "routing.options.groupsByType.billing[0]: unknown agent group 'tier9'",
    );
  });

  it('without a model accept empty options for every built-in policy (nothing read from the model)', () => {
    for (const name of Object.keys(BUILT_IN_POLICIES)) expect(registry.checkOptions({ policy: name, options: {} }), name).toEqual([]);
  });

  it('report options that are not an object', () => {
    expect(registry.checkOptions({ policy: 'value-based', options: [] as unknown as Record<string, unknown> })).toEqual([
      { path: [], message: 'must be an object, got an array', wrongType: true },
    ]);
  });

  it('leave unregistered policies alone', () => {
    expect(registry.checkOptions({ policy: 'no-such-policy', options: { x: 1 } }, model)).toEqual([]);
  });
});

describe('policy factories report every option problem at once', () => {
  it('value-based', () => {
    const error = thrown('value-based', { valueWeight: 'lots', agingTime: -5, foo: 1 });
    expect(error).toBeInstanceOf(RangeError);
    expect(error?.message.split('\n')).toEqual([
      "routing.options.foo: unknown option for policy 'value-based'; known: agingTime, valueWeight",
      'routing.options.agingTime: must be a positive finite number, got -5',
      "routing.options.valueWeight: must be a non-negative finite number, got 'lots'",
    ]);
  });

  it('skills-priority, throwing a TypeError when every problem is a wrong type', () => {
    const error = thrown('skills-priority', { groupsByType: { billing: 'generalists' }, typesByGroup: { generalists: [1] } });
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.message.split('\n')).toHaveLength(2);
  });
});

describe('PolicyRegistry.register() with checkOptions', () => {
  const idle = () => ({ selectAgent: () => -1, selectContact: () => -1 });

  it('keeps the checker and uses it', () => {
    const custom = new PolicyRegistry().register('picky', idle, 'x', { checkOptions: () => [{ path: ['a'], message: 'no' }] });
    expect(custom.checkOptions({ policy: 'picky', options: {} })).toEqual([{ path: ['a'], message: 'no' }]);
  });

  it('checks only that options are an object for a policy without a checker', () => {
    const custom = new PolicyRegistry().register('lax', idle);
    expect(custom.checkOptions({ policy: 'lax', options: { anything: 1 } })).toEqual([]);
    expect(custom.checkOptions({ policy: 'lax', options: 'x' as unknown as Record<string, unknown> })).toHaveLength(1);
  });

  it('rejects a checker that is not a function', () => {
    expect(() => new PolicyRegistry().register('bad', idle, '', { checkOptions: 3 as never })).toThrow(
      "PolicyRegistry.register: checkOptions of 'bad' must be a function, got 3",
    );
  });
});

import { describe, expect, it } from 'vitest';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import type { RoutingContext, RoutingPolicy } from '../../src/routing/policy';
import { BUILT_IN_POLICIES, PolicyRegistry } from '../../src/routing/registry';
import { supportModel } from './sample-model';

const model = supportModel();
const random = new FixedUniformSource([0.5]);
const idle: RoutingPolicy = { selectAgent: () => -1, selectContact: () => -1 };

describe('PolicyRegistry', () => {
  it('starts empty', () => {
    const registry = new PolicyRegistry();
    expect(registry.names()).toEqual([]);
    expect(() => registry.create({ policy: 'best-skill', options: {} }, { model, random })).toThrow(
      "routing.policy: unknown policy 'best-skill'. Known policies: (none registered)",
    );
  });

  it('withBuiltIns() holds the built-in policies, sorted', () => {
    const registry = PolicyRegistry.withBuiltIns();
    expect(registry.names()).toEqual([
      'agent-affinity',
      'best-skill',
      'context-aware',
      'fixed-queue-ratio',
      'fixed-queue-ratio-threshold',
      'generalized-c-mu',
      'least-occupied',
      'longest-idle-agent',
      'p-mu',
      'queue-and-idleness-ratio',
      'random-agent',
      'skills-priority',
      'value-based',
      'weight-based',
    ]);
    expect(registry.names()).toEqual(Object.keys(BUILT_IN_POLICIES).sort());
    for (const { name, description } of registry.describe()) {
      expect(description, name).toBe(BUILT_IN_POLICIES[name]?.description);
      expect(description.length, name).toBeGreaterThan(10);
    }
  });

  it('creates every built-in policy with empty options', () => {
    const registry = PolicyRegistry.withBuiltIns();
    for (const policy of registry.names()) {
      const created = registry.create({ policy, options: {} }, { model, random });
      expect(typeof created.selectAgent, policy).toBe('function');
      expect(typeof created.selectContact, policy).toBe('function');
    }
  });

  it('suggests the closest name for a typo and lists the known ones', () => {
    const registry = PolicyRegistry.withBuiltIns();
    const create = (policy: string) => () => registry.create({ policy, options: {} }, { model, random });
    expect(create('bestskill')).toThrow(
      "routing.policy: unknown policy 'bestskill'; did you mean 'best-skill'? Known policies: agent-affinity, best-skill, context-aware, fixed-queue-ratio, fixed-queue-ratio-threshold, generalized-c-mu, least-occupied, longest-idle-agent, p-mu, queue-and-idleness-ratio, random-agent, skills-priority, value-based, weight-based",
    );
    expect(create('Longest-Idle')).toThrow("did you mean 'longest-idle-agent'?");
    expect(create('fifo')).toThrow(RangeError);
    expect(create('fifo')).toThrow("routing.policy: unknown policy 'fifo'. Known policies: agent-affinity, best-skill,");
  });

  it('rejects a policy name that is not a string, and options that are not an object', () => {
    const registry = PolicyRegistry.withBuiltIns();
    expect(() => registry.create({ policy: 3 as unknown as string, options: {} }, { model, random })).toThrow(TypeError);
    expect(() =>
      registry.create({ policy: 'best-skill', options: [] as unknown as Record<string, unknown> }, { model, random }),
    ).toThrow('routing.options: must be an object, got an array');
    // Checked before the factory runs: a factory that reads no options is not given them.
    const custom = new PolicyRegistry().register('custom', () => idle);
    expect(() => custom.create({ policy: 'custom', options: 5 as unknown as Record<string, unknown> }, { model, random })).toThrow(new TypeError('routing.options: must be an object, got 5'));
  });

  it('passes the definition’s options, the model and the random stream to the factory', () => {
    let seen: RoutingContext | undefined;
    const registry = new PolicyRegistry().register('spy', (context) => {
      seen = context;
      return idle;
    });
    const options = { depth: 2 };
    expect(registry.create({ policy: 'spy', options }, { model, random })).toBe(idle);
    expect(seen?.options).toBe(options);
    expect(seen?.model).toBe(model);
    expect(seen?.random).toBe(random);
  });

  it('lets option errors of the factory through', () => {
    const registry = PolicyRegistry.withBuiltIns();
    expect(() => registry.create({ policy: 'value-based', options: { agingTime: -1 } }, { model, random })).toThrow(
      'routing.options.agingTime: must be a positive finite number, got -1',
    );
  });

  it('registers custom policies with a description', () => {
    const registry = new PolicyRegistry().register('my-policy-2', () => idle, 'does nothing');
    expect(registry.has('my-policy-2')).toBe(true);
    expect(registry.has('best-skill')).toBe(false);
    expect(registry.describe()).toEqual([{ name: 'my-policy-2', description: 'does nothing' }]);
  });

  it('gives a policy registered without a description an empty one', () => {
    expect(new PolicyRegistry().register('plain', () => idle).describe()).toEqual([{ name: 'plain', description: '' }]);
  });

  it('names the bad policy value in the error', () => {
    const registry = PolicyRegistry.withBuiltIns();
    expect(() => registry.create({ policy: 3 as unknown as string, options: {} }, { model, random })).toThrow(
      'routing.policy: must be a string naming a routing policy, got 3',
    );
  });

  it('reports an option checker that throws as one problem, naming the policy', () => {
    const registry = new PolicyRegistry().register('fragile', () => idle, '', {
      checkOptions: () => {
        throw new Error('boom');
      },
    });
    expect(registry.checkOptions({ policy: 'fragile', options: {} })).toEqual([{ path: [], message: "the option checker of policy 'fragile' failed: boom" }]);
  });

  it('checks that the options of a policy without a checker are an object, flagging a wrong type', () => {
    const registry = new PolicyRegistry().register('lax', () => idle);
    expect(registry.checkOptions({ policy: 'lax', options: 5 as unknown as Record<string, unknown> })).toEqual([
      { path: [], message: 'must be an object, got 5', wrongType: true },
    ]);
  });

  it('rejects a duplicate name', () => {
    const registry = PolicyRegistry.withBuiltIns();
    expect(() => registry.register('best-skill', () => idle)).toThrow(
      "PolicyRegistry.register: policy 'best-skill' is already registered",
    );
  });

  it('rejects names that are not kebab-case, and factories that are not functions', () => {
    const registry = new PolicyRegistry();
    for (const name of ['', 'Best-Skill', 'best skill', '-x', 'x-', 'a--b', '1st', 'snake_case']) {
      expect(() => registry.register(name, () => idle), name).toThrow(RangeError);
    }
    // A name that only reads as kebab-case once turned into a string is not one.
    expect(() => registry.register(['my-policy'] as unknown as string, () => idle)).toThrow(
      new RangeError("PolicyRegistry.register: name must be kebab-case (lower-case letters and digits, words joined by '-', starting with a letter), got an array"),
    );
    // A null registration counts as none.
    expect(registry.register('plain', () => idle, 'd', null as unknown as undefined).has('plain')).toBe(true);
    expect(() => registry.register('ok', 'nope' as unknown as () => RoutingPolicy)).toThrow(
      "PolicyRegistry.register: factory of 'ok' must be a function, got 'nope'",
    );
  });

  it('keeps registries independent (no global state)', () => {
    const a = PolicyRegistry.withBuiltIns().register('extra', () => idle);
    const b = PolicyRegistry.withBuiltIns();
    expect(a.has('extra')).toBe(true);
    expect(b.has('extra')).toBe(false);
  });

  it('freezes BUILT_IN_POLICIES', () => {
    expect(Object.isFrozen(BUILT_IN_POLICIES)).toBe(true);
    expect(Object.isFrozen(BUILT_IN_POLICIES['best-skill'])).toBe(true);
  });
});

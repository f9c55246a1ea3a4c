import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inProcessRunner } from '../../src/experiment/in-process-runner';
import { policyModuleUrl } from '../../src/experiment/policy-module';
import { TaskRunner, type ReplicationTask } from '../../src/experiment/task';
import { PolicyRegistry } from '../../src/routing/registry';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';
import { helpDesk } from './scenarios';

/** A one-type center named `name`, a quarter of an hour long (a replication takes milliseconds). */
function tiny(name: string, policy = 'longest-idle-agent'): ScenarioInput {
  return {
    name,
    horizon: '15m',
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, arrivals: { rate: '60/h' } }],
    agentGroups: [{ name: 'agents', agents: 2, skills: { s: 1 } }],
    routing: { policy },
  };
}

function task(scenario: ScenarioInput, scenarioKey: string, replication = 0, extra: Partial<ReplicationTask> = {}): ReplicationTask {
  return { scenario, scenarioKey, seed: 5, replication, ...extra };
}

const firstGroupFirst = policyModuleUrl(fileURLToPath(new URL('./fixtures/first-group-first.ts', import.meta.url)));
const checkedPolicy = policyModuleUrl(fileURLToPath(new URL('./fixtures/checked-policy.ts', import.meta.url)));

describe('TaskRunner', () => {
  it('runs a task as simulate() runs its scenario with the same seed and replication', async () => {
    const runner = new TaskRunner();
    const result = await runner.run(task(helpDesk(1), 'help', 3));
    expect(result).toEqual(simulate(helpDesk(1), { seed: 5, replication: 3 }));
  });

  it('resolves a scenario once per key: a second scenario under the same key runs the first', async () => {
    const runner = new TaskRunner();
    expect((await runner.run(task(tiny('first'), 'k'))).scenario).toBe('first');
    expect((await runner.run(task(tiny('second'), 'k'))).scenario).toBe('first');
    expect((await runner.run(task(tiny('third'), 'other'))).scenario).toBe('third');
  });

  it('keeps the models of different policy modules apart under the same scenario key', async () => {
    const runner = new TaskRunner();
    expect((await runner.run(task(tiny('plain'), 'k'))).policy).toBe('longest-idle-agent');
    const custom = await runner.run(task(tiny('custom', 'first-group-first'), 'k', 0, { policyModule: firstGroupFirst }));
    expect([custom.scenario, custom.policy]).toEqual(['custom', 'first-group-first']);
    const other = await runner.run(task(tiny('other', 'patient-longest-idle'), 'k', 0, { policyModule: checkedPolicy }));
    expect([other.scenario, other.policy]).toEqual(['other', 'patient-longest-idle']);
  });

  it('keeps at most 32 models, forgetting the oldest first', async () => {
    const runner = new TaskRunner();
    for (let i = 0; i < 32; i++) await runner.run(task(tiny(`s${i}`), `k${i}`));
    // all 32 still cached: the key's old scenario runs
    expect((await runner.run(task(tiny('new'), 'k0'))).scenario).toBe('s0');
    // a 33rd model pushes out the oldest (k0)
    await runner.run(task(tiny('s32'), 'k32'));
    expect((await runner.run(task(tiny('new'), 'k0'))).scenario).toBe('new');
    // ... which pushed out k1, while k2 is kept
    expect((await runner.run(task(tiny('new'), 'k2'))).scenario).toBe('s2');
    expect((await runner.run(task(tiny('new'), 'k1'))).scenario).toBe('new');
  });

  it('resolves the scenario with the policy module, whose option checker runs', async () => {
    const scenario: ScenarioInput = { ...tiny('checked', 'patient-longest-idle'), routing: { policy: 'patient-longest-idle', options: { depth: 3 } } };
    await expect(new TaskRunner().run(task(scenario, 'k', 0, { policyModule: checkedPolicy }))).rejects.toThrow('must be 1 or 2, got 3');
  });

  it('resolves the scenario with the registry given', async () => {
    const policies = PolicyRegistry.withBuiltIns().register('first-group-first', () => ({ selectAgent: () => -1, selectContact: () => -1 }));
    const result = await new TaskRunner(policies).run(task(tiny('given', 'first-group-first'), 'k'));
    // Nobody is ever routed: every contact offered is still waiting or abandoned at the end.
    expect([result.policy, result.overall.answered]).toEqual(['first-group-first', 0]);
    // Its option checker runs when the scenario is resolved.
    const picky = PolicyRegistry.withBuiltIns().register('picky', () => ({ selectAgent: () => -1, selectContact: () => -1 }), 'picky', {
      checkOptions: ({ options }) => (Object.keys(options as object).length === 0 ? [] : [{ path: [], message: 'takes no options' }]),
    });
    const withOptions: ScenarioInput = { ...tiny('picky', 'picky'), routing: { policy: 'picky', options: { depth: 2 } } };
    await expect(new TaskRunner(picky).run(task(withOptions, 'p'))).rejects.toThrow(/routing\.options: takes no options/);
  });

  it('passes the task metrics options on', async () => {
    await expect(new TaskRunner().run(task(tiny('x'), 'k', 0, { metrics: { percentileAccuracy: 5 } }))).rejects.toThrow(
      'QuantileSketch: relativeAccuracy must be at most 0.5, got 5',
    );
  });

  it('routes with the registry given, the built-ins, or a policy module loaded once', async () => {
    const given = PolicyRegistry.withBuiltIns();
    const withGiven = new TaskRunner(given);
    expect(await withGiven.registryFor(undefined)).toBe(given);
    const plain = new TaskRunner();
    const builtIns = await plain.registryFor(undefined);
    expect(builtIns.has('longest-idle-agent')).toBe(true);
    expect(builtIns.has('first-group-first')).toBe(false);
    expect(await plain.registryFor(undefined)).toBe(builtIns);
    const loaded = await plain.registryFor(firstGroupFirst);
    expect(loaded.has('first-group-first')).toBe(true);
    expect(await plain.registryFor(firstGroupFirst)).toBe(loaded);
    // a registry given for tasks without a module does not replace a task's module
    expect((await withGiven.registryFor(firstGroupFirst)).has('first-group-first')).toBe(true);
  });
});

describe('inProcessRunner()', () => {
  it('runs the tasks one after the other in order, reporting each finished one', async () => {
    const runner = inProcessRunner(undefined);
    expect([runner.kind, runner.threads, runner.activeThreads]).toEqual(['in-process', 1, 1]);
    const done: number[] = [];
    const results = await runner.run([task(tiny('a'), 'a', 2), task(tiny('b'), 'b', 0), task(tiny('a'), 'a', 1)], (n) => done.push(n));
    expect(results.map((r) => [r.scenario, r.replication])).toEqual([['a', 2], ['b', 0], ['a', 1]]);
    expect(done).toEqual([1, 2, 3]);
    expect(results[0]).toEqual(simulate(tiny('a'), { seed: 5, replication: 2 }));
    await expect(runner.close()).resolves.toBeUndefined();
    // without onDone
    expect(await runner.run([])).toEqual([]);
  });

  it('routes with the registry given', async () => {
    const { policies } = await import('./fixtures/first-group-first');
    const registry = PolicyRegistry.withBuiltIns().register('first-group-first', policies['first-group-first']!);
    const [result] = await inProcessRunner(registry).run([task(tiny('c', 'first-group-first'), 'c')]);
    expect(result!.policy).toBe('first-group-first');
    await expect(inProcessRunner(undefined).run([task(tiny('c', 'first-group-first'), 'c')])).rejects.toThrow("unknown policy 'first-group-first'");
  });
});

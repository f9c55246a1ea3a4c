import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OptionIssue } from '../../src/routing/option-issues';
import { PolicyRegistry } from '../../src/routing/registry';
import { ScenarioError } from '../../src/scenario/errors';
import { parseScenarioFile } from '../../src/scenario/parse-file';
import { resolveScenario } from '../../src/scenario/resolve';
import { errorsOf, lines, modelOf, validScenario } from './helpers';

const withRouting = (routing: unknown): Record<string, any> => ({ ...validScenario(), routing });

describe('scenario validation of routing.options', () => {
  const dir = mkdtempSync(join(tmpdir(), 'routelab-options-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports every problem of a built-in policy’s options, each with its path', () => {
    const s = withRouting({ policy: 'value-based', options: { valueWeight: 'lots', agingTime: -5, foo: 1 } });
    expect(lines(errorsOf(s))).toEqual([
      "routing.options.valueWeight: must be a non-negative finite number, got 'lots'",
      'routing.options.agingTime: must be a positive finite number, got -5',
      "routing.options.foo: unknown option for policy 'value-based'; known: agingTime, valueWeight",
    ]);
  });

  it('checks the options of every built-in policy that takes some, and those that take none', () => {
    expect(lines(errorsOf(withRouting({ policy: 'agent-affinity', options: { waitLimit: 'forever' } })))).toEqual([
      "routing.options.waitLimit: must be a non-negative finite number, got 'forever'",
    ]);
    expect(lines(errorsOf(withRouting({ policy: 'least-occupied', options: { balance: 'sites' } })))).toEqual([
      "routing.options.balance: must be one of 'site', 'group', got 'sites'; did you mean 'site'?",
    ]);
    expect(lines(errorsOf(withRouting({ policy: 'context-aware', options: { repeatbonus: 1 } })))).toEqual([
      "routing.options.repeatbonus: unknown option for policy 'context-aware'; did you mean 'repeatBonus'?",
    ]);
    expect(lines(errorsOf(withRouting({ policy: 'best-skill', options: { agingTime: 60 } })))).toEqual([
      "routing.options.agingTime: policy 'best-skill' takes no options",
    ]);
  });

  it('checks names in skills-priority lists against the scenario', () => {
    const s = withRouting({ policy: 'skills-priority', options: { groupsByType: { 'billing-voice': ['tier2', 'chatters'] } } });
    expect(lines(errorsOf(s))).toEqual([
      "routing.options.groupsByType.billing-voice[0]: unknown agent group 'tier2'; did you mean 'tier1'?",
      "routing.options.groupsByType.billing-voice[1]: group 'chatters' cannot serve contact type 'billing-voice': does not handle channel 'voice'",
    ]);
  });

  it('reports option problems together with the other problems of the scenario', () => {
    const s = withRouting({ policy: 'value-based', options: { agingTime: 0, foo: 1 } });
    s.contactTypes[0].handleTime.mean = '-5m';
    s.agentGroups[0].agents = -1;
    const paths = errorsOf(s).map((e) => e.path);
    expect(paths).toContain('routing.options.agingTime');
    expect(paths).toContain('routing.options.foo');
    expect(paths).toContain('contactTypes[0].handleTime.mean');
    expect(paths).toContain('agentGroups[0].agents');
  });

  it('checks the shape of skills-priority lists even when the rest of the scenario has errors', () => {
    const s = withRouting({ policy: 'skills-priority', options: { typesByGroup: { tier1: 'billing-voice' } } });
    s.horizon = '-1h';
    expect(lines(errorsOf(s))).toContain("routing.options.typesByGroup.tier1: must be a non-empty array of contact type names, got 'billing-voice'");
  });

  it('accepts good options and leaves the model as given', () => {
    const { model } = modelOf(withRouting({ policy: 'value-based', options: { agingTime: 30, valueWeight: 0 } }));
    expect(model.routing).toEqual({ policy: 'value-based', options: { agingTime: 30, valueWeight: 0 } });
  });

  it('makes resolveScenario throw a ScenarioError listing them all', () => {
    const s = withRouting({ policy: 'value-based', options: { valueWeight: 'lots', agingTime: -5 } });
    let thrown: unknown;
    try {
      resolveScenario(s);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ScenarioError);
    expect((thrown as ScenarioError).issues.map((i) => i.path)).toEqual(['routing.options.valueWeight', 'routing.options.agingTime']);
  });

  it('reports them when a scenario file is validated (the path of routelab validate)', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(withRouting({ policy: 'agent-affinity', options: { waitLimit: 'forever' } })));
    const result = parseScenarioFile(file, { knownPolicies: PolicyRegistry.withBuiltIns().names() });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : lines(result.errors)).toEqual(["routing.options.waitLimit: must be a non-negative finite number, got 'forever'"]);
  });
});

describe('scenario validation of a custom policy’s options', () => {
  const idle = () => ({ selectAgent: () => -1, selectContact: () => -1 });
  const checkDepth = ({ options }: { options: unknown }): OptionIssue[] => {
    const depth = (options as Record<string, unknown>)['depth'];
    return depth === undefined || depth === 1 || depth === 2 ? [] : [{ path: ['depth'], message: `must be 1 or 2, got ${String(depth)}` }];
  };

  it('uses the checker the policy declared when registered', () => {
    const policies = PolicyRegistry.withBuiltIns().register('two-level', idle, 'test', { checkOptions: checkDepth });
    const s = withRouting({ policy: 'two-level', options: { depth: 3 } });
    expect(lines(errorsOf(s, { policies }))).toEqual(['routing.options.depth: must be 1 or 2, got 3']);
    expect(modelOf(withRouting({ policy: 'two-level', options: { depth: 2 } }), { policies }).model.routing.policy).toBe('two-level');
  });

  it('takes the policy names from the registry', () => {
    const policies = PolicyRegistry.withBuiltIns().register('two-level', idle);
    expect(lines(errorsOf(withRouting({ policy: 'two-levels' }), { policies }))).toEqual([
      "routing.policy: unknown policy 'two-levels'; did you mean 'two-level'?",
    ]);
  });

  it('leaves the options of a policy without a checker to its factory', () => {
    const policies = PolicyRegistry.withBuiltIns().register('no-checker', idle);
    expect(modelOf(withRouting({ policy: 'no-checker', options: { anything: 'goes' } }), { policies }).model.routing.options).toEqual({ anything: 'goes' });
    expect(modelOf(withRouting({ policy: 'no-checker', options: { anything: 'goes' } }), { knownPolicies: ['no-checker'] }).model.routing.policy).toBe('no-checker');
  });

  it('reports a checker that throws as a problem instead of crashing', () => {
    const policies = new PolicyRegistry().register('fragile', idle, '', {
      checkOptions: () => {
        throw new Error('boom');
      },
    });
    expect(lines(errorsOf(withRouting({ policy: 'fragile' }), { policies }))).toEqual([
      "routing.options: the option checker of policy 'fragile' failed: boom",
    ]);
  });
});

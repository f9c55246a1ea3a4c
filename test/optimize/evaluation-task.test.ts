import { describe, expect, it } from 'vitest';
import { runEvaluationTask } from '../../src/optimize/evaluation-task';
import runEvaluationInWorker from '../../src/optimize/evaluation-worker';
import { parseTargetSpec, resolveTargets } from '../../src/optimize/targets';
import { resolveScenario } from '../../src/scenario/resolve';
import type { ScenarioInput } from '../../src/scenario/schema';

/** Three 10-minute calls at 0 s and one at 1800 s; `agents` agents. Nothing is random. */
const scenario = (agents: number): ScenarioInput =>
  ({
    name: 'exact',
    horizon: '1h',
    interval: '30m',
    skills: ['s'],
    contactTypes: [{ name: 'calls', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: 600 }, arrivals: { trace: [0, 0, 0, 1800] } }],
    agentGroups: [{ name: 'team', skills: { s: 1 }, agents }],
  }) as ScenarioInput;
const targets = resolveTargets(resolveScenario(scenario(1)), [parseTargetSpec('service-level calls 100% 0s'), parseTargetSpec('asa calls 1m day')]);
const task = (agents: number, key: string) => ({ scenario: scenario(agents), scenarioKey: key, targets, intervals: 2, seed: 1, replication: 0 });

describe('runEvaluationTask()', () => {
  it('measures every place of one replication; the worker entry gives the same', () => {
    // Two agents: two of the three first calls answered at once, the third after 600 s; the call
    // at 1800 s at once. Service level 2/3 then 1; ASA over the day 600 / 4.
    expect(runEvaluationTask(task(2, 'two'))).toEqual([2 / 3, 1, 150]);
    expect(runEvaluationInWorker(task(3, 'three'))).toEqual([1, 1, 0]);
  });

  it('resolves each scenario key once and keeps the last 64 keys', () => {
    // A key names its scenario: a task reusing a key gets the model resolved for it first.
    expect(runEvaluationTask(task(1, 'k'))).toEqual([1 / 3, 1, 1800 / 4]);
    expect(runEvaluationTask(task(3, 'k'))).toEqual([1 / 3, 1, 1800 / 4]);
    // 63 more keys fill the cache (64 with 'k' — 'two' and 'three' of the test before too, if it
    // ran: then 'k' goes sooner); one more drops 'k', the oldest.
    for (let i = 0; i < 64; i++) runEvaluationTask(task(3, `other-${i}`));
    expect(runEvaluationTask(task(3, 'k'))).toEqual([1, 1, 0]);
  });

  it('keeps a key while other keys come in below the limit', () => {
    expect(runEvaluationTask(task(1, 'kept'))).toEqual([1 / 3, 1, 1800 / 4]);
    expect(runEvaluationTask(task(2, 'next'))).toEqual([2 / 3, 1, 150]);
    // 'kept' is still cached with its one agent.
    expect(runEvaluationTask(task(3, 'kept'))).toEqual([1 / 3, 1, 1800 / 4]);
  });
});

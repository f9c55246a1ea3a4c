import { parseScenario, type ParseScenarioOptions } from '../../src/scenario/resolve';
import type { ScenarioIssue } from '../../src/scenario/errors';
import type { ModelDefinition } from '../../src/model/definition';

/** A small valid scenario (plain JSON-like object), fresh on every call so tests can mutate it. */
export function validScenario(): Record<string, any> {
  return {
    name: 'Retail bank',
    horizon: '8h',
    skills: ['billing', 'cards', 'spanish'],
    contactTypes: [
      {
        name: 'billing-voice',
        channel: 'voice',
        skills: { billing: 2 },
        handleTime: { kind: 'lognormal', mean: '5m', cv: 0.8 },
        patience: { kind: 'exponential', mean: '3m' },
        arrivals: { rate: '120/h' },
      },
      {
        name: 'cards-chat',
        channel: 'chat',
        skills: { cards: 1 },
        handleTime: { kind: 'exponential', mean: '6m' },
        arrivals: { rate: '30/h' },
      },
    ],
    agentGroups: [
      { name: 'tier1', agents: 10, skills: { billing: 3 }, channels: { voice: 1 } },
      { name: 'chatters', agents: 4, skills: { cards: 2 }, channels: { chat: 2 } },
    ],
  };
}

/** {@link validScenario} with journey settings and a resolution, repeat, retrial and transfer on billing-voice. */
export function journeyScenario(): Record<string, any> {
  const s = validScenario();
  s.journey = { context: 'omnichannel', maxContacts: 5 };
  s.contactTypes[0].resolution = { probability: 0.7, byProficiency: { 1: 0.8 } };
  s.contactTypes[0].repeat = { probability: 0.8, delay: { kind: 'exponential', mean: '1d' }, via: { 'billing-voice': 0.6, 'cards-chat': 0.4 } };
  s.contactTypes[0].retrial = { probability: 0.5, delay: { kind: 'exponential', mean: '10m' } };
  s.contactTypes[0].transfer = { to: 'cards-chat', probability: 0.5 };
  s.agentGroups[0].authority = false;
  return s;
}

/** Issues as `path: message` strings. */
export function lines(issues: readonly ScenarioIssue[]): string[] {
  return issues.map((i) => (i.path === '' ? i.message : `${i.path}: ${i.message}`));
}

/** The errors of a scenario that must fail; throws if it parses. */
export function errorsOf(input: unknown, options?: ParseScenarioOptions): ScenarioIssue[] {
  const result = parseScenario(input, options);
  if (result.ok) throw new Error('expected the scenario to be rejected, but it parsed');
  return [...result.errors];
}

/** The single error at `path` (fails when there is none or several). */
export function errorAt(input: unknown, path: string, options?: ParseScenarioOptions): string {
  const found = errorsOf(input, options).filter((e) => e.path === path);
  if (found.length !== 1) throw new Error(`expected one error at '${path}', got ${found.length}: ${JSON.stringify(errorsOf(input, options))}`);
  return (found[0] as ScenarioIssue).message;
}

/** The model of a scenario that must parse; throws with the errors otherwise. */
export function modelOf(input: unknown, options?: ParseScenarioOptions): { model: ModelDefinition; warnings: ScenarioIssue[] } {
  const result = parseScenario(input, options);
  if (!result.ok) throw new Error(`expected a valid scenario:\n${lines(result.errors).join('\n')}`);
  return { model: result.model, warnings: [...result.warnings] };
}

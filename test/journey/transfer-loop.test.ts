import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenario, readScenarioFile, simulate, type ScenarioInput } from '../../src/index';

const fixture = (file: string): string => fileURLToPath(new URL(`../fixtures/reliability/${file}`, import.meta.url));
const pingPong = (): Record<string, any> => readScenarioFile(fixture('transfer-ping-pong-hang.yaml')) as Record<string, any>;

function warningsOf(input: unknown): { path: string; message: string }[] {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(`expected a valid scenario: ${JSON.stringify(parsed.errors)}`);
  return [...parsed.warnings];
}

describe('transfers count towards journey.maxContacts', () => {
  it('ends the ping-pong reproducer: 10 contacts, 9 transfers, the issue given up', () => {
    // One issue; every contact is served at once (1 agent, 2 m each) and transferred while the
    // issue has fewer than 10 contacts; the 10th ends unresolved and the customer gives up.
    const result = simulate(pingPong() as ScenarioInput, { seed: 1 });
    expect(result.overall).toMatchObject({ offered: 10, served: 10, unfinished: 0 });
    expect(result.journey.overall).toMatchObject({ issues: 1, transfers: 9, resolved: 0, gaveUp: 1, openAtEnd: 0 });
    expect(result.journey.overall.meanCustomerTimePerIssue).toBe(10 * 120);
  });

  it('stops at a lower limit too, and under endOfDay: cut', () => {
    const s = pingPong();
    s.journey = { maxContacts: 3 };
    s.endOfDay = 'cut';
    const result = simulate(s as ScenarioInput, { seed: 1 });
    expect(result.overall).toMatchObject({ offered: 3, served: 3 });
    expect(result.journey.overall).toMatchObject({ transfers: 2, gaveUp: 1 });
  });

  it('leaves a transfer to a type served with authority alone (it resolves)', () => {
    const s = pingPong();
    s.agentGroups.push({ name: 'tier2', skills: { s: 1 }, agents: 1 });
    s.contactTypes[1].skills = { s: 1 };
    delete s.contactTypes[1].transfer;
    s.agentGroups[1].skills = { s: 2 };
    s.contactTypes[1].skills = { s: 2 };
    const result = simulate(s as ScenarioInput, { seed: 1 });
    expect(result.journey.overall).toMatchObject({ transfers: 1, resolved: 1, gaveUp: 0 });
  });
});

describe('warnings: transfer loops', () => {
  it('names the types of a loop traversed with probability 1 without authority', () => {
    expect(warningsOf(pingPong())).toContainEqual({
      path: 'contactTypes[0].transfer',
      message:
        "transfers go round in a loop: 'front' → 'back' → 'front', each with probability 1 and served only by groups without authority; every issue that enters it is passed on until journey.maxContacts (10) contacts, then ends unresolved (given up)",
    });
  });

  it('reports a longer loop once, from its first type, naming its types in order', () => {
    const s = pingPong();
    s.contactTypes[1].transfer = { to: 'third' };
    s.contactTypes.push({ name: 'third', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: '1m' }, transfer: { to: 'back' } });
    s.journey = { maxContacts: 4 };
    const loops = warningsOf(s).filter((w) => w.message.startsWith('transfers go round'));
    expect(loops.map((w) => [w.path, w.message.split(',')[0]])).toEqual([
      ['contactTypes[1].transfer', "transfers go round in a loop: 'back' → 'third' → 'back'"],
    ]);
    expect(loops[0]!.message).toContain('journey.maxContacts (4)');
  });

  it('is quiet when a transfer in the loop may not happen or a group with authority serves a type', () => {
    const partial = pingPong();
    partial.contactTypes[1].transfer = { to: 'front', probability: 0.9 };
    expect(warningsOf(partial).filter((w) => w.message.startsWith('transfers go round'))).toEqual([]);
    const resolving = pingPong();
    resolving.agentGroups.push({ name: 'seniors', skills: { s: 1 }, agents: 1 });
    expect(warningsOf(resolving).filter((w) => w.message.startsWith('transfers go round'))).toEqual([]);
  });
});

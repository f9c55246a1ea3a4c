import { describe, expect, it } from 'vitest';
import { mergeScenario } from '../../src/scenario/merge';
import { modelOf, validScenario } from './helpers';

/** The valid scenario plus 'back-office' (voice, cards ≥ 1), served by a group of its own, without arrivals. */
function backOfficeScenario(): Record<string, any> {
  const s = validScenario();
  s.contactTypes.push({ name: 'back-office', skills: { cards: 1 }, handleTime: { kind: 'exponential', mean: '15m' } });
  s.agentGroups.push({ name: 'back', agents: 2, skills: { cards: 1 } });
  return s;
}

const unreachable = (name: string): string =>
  `no contact of type '${name}' can ever arrive (it has no arrivals, and no transfer, repeat or retrial leads to it)`;

describe('optional arrivals', () => {
  it('resolves omitted arrivals to an empty trace', () => {
    const s = backOfficeScenario();
    s.contactTypes[0].transfer = { to: 'back-office' };
    s.agentGroups[0].authority = false;
    const { model, warnings } = modelOf(s);
    expect(model.contactTypes[2]!.arrivals).toEqual({ kind: 'trace', times: [] });
    expect(warnings).toEqual([]);
  });

  it('can be removed by a merge with arrivals: null', () => {
    const s = mergeScenario(validScenario(), { contactTypes: [{ name: 'cards-chat', arrivals: null }] });
    expect(modelOf(s).model.contactTypes[1]!.arrivals).toEqual({ kind: 'trace', times: [] });
  });

  it('does not trip the nobody-on-duty warning', () => {
    const s = backOfficeScenario();
    s.agentGroups[2].agents = 0;
    s.contactTypes[0].repeat = { probability: 0.2, delay: { kind: 'exponential', mean: '1h' }, via: { 'back-office': 1 } };
    const { warnings } = modelOf(s);
    expect(warnings.filter((w) => w.path === 'contactTypes[2]')).toEqual([]);
  });
});

describe('warnings: a contact type no contact can reach', () => {
  it('warns when nothing sends contacts to a type without arrivals', () => {
    expect(modelOf(backOfficeScenario()).warnings).toEqual([{ path: 'contactTypes[2]', message: unreachable('back-office') }]);
  });

  it.each([
    ['transfer.to', (s: any) => (s.contactTypes[0].transfer = { to: 'back-office', probability: 0.3 })],
    ['repeat.via', (s: any) => (s.contactTypes[0].repeat = { probability: 0.1, delay: { kind: 'exponential', mean: '1d' }, via: { 'back-office': 1 } })],
    ['retrial.via', (s: any) => (s.contactTypes[1].retrial = { probability: 0.5, delay: { kind: 'exponential', mean: '5m' }, via: { 'cards-chat': 0.5, 'back-office': 0.5 } })],
  ])('is quiet when another type names it in %s', (_, link) => {
    const s = backOfficeScenario();
    s.agentGroups[0].authority = false; // so that a transfer can happen
    s.agentGroups[1].authority = false;
    link(s);
    expect(modelOf(s).warnings.filter((w) => w.path === 'contactTypes[2]')).toEqual([]);
  });

  it('ignores links that never fire: probability 0, a via share of 0, or the type itself', () => {
    const s = backOfficeScenario();
    s.contactTypes[0].transfer = { to: 'back-office', probability: 0 };
    s.contactTypes[0].repeat = { probability: 0.5, delay: { kind: 'exponential', mean: '1d' }, via: { 'billing-voice': 1, 'back-office': 0 } };
    s.contactTypes[2].retrial = { probability: 1, delay: { kind: 'exponential', mean: '1h' } };
    expect(modelOf(s).warnings.filter((w) => w.path === 'contactTypes[2]').map((w) => w.message)).toEqual([unreachable('back-office')]);
  });

  it('follows links only from types that get contacts, so a chain of unreachable types all warn', () => {
    const s = backOfficeScenario();
    s.contactTypes.push({ name: 'escalations', skills: { cards: 1 }, handleTime: { kind: 'exponential', mean: '30m' } });
    s.contactTypes[2].transfer = { to: 'escalations' };
    s.agentGroups[2].authority = false;
    const found = modelOf(s).warnings.filter((w) => w.message.startsWith('no contact of type'));
    expect(found).toEqual([
      { path: 'contactTypes[2]', message: unreachable('back-office') },
      { path: 'contactTypes[3]', message: unreachable('escalations') },
    ]);
    s.contactTypes[0].transfer = { to: 'back-office' };
    s.agentGroups[0].authority = false;
    expect(modelOf(s).warnings.filter((w) => w.message.startsWith('no contact of type'))).toEqual([]);
  });

  it('treats a trace with no time before the horizon like no arrivals', () => {
    const s = backOfficeScenario();
    s.contactTypes[2].arrivals = { trace: [] };
    expect(modelOf(s).warnings).toEqual([{ path: 'contactTypes[2]', message: unreachable('back-office') }]);
    s.contactTypes[2].arrivals = { trace: ['9h'] };
    expect(modelOf(s).warnings.map((w) => w.path)).toEqual(['contactTypes[2]', 'contactTypes[2].arrivals.trace']);
    s.contactTypes[2].arrivals = { trace: ['7h'] };
    expect(modelOf(s).warnings).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { modelOf } from './helpers';
import { overflowScenario } from './overflow-helpers';

describe('warnings: qualified groups in no overflow step', () => {
  it('warns once per type, listing every qualified group left out', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.steps = [];
    expect(modelOf(s).warnings).toEqual([
      { path: 'contactTypes[0].overflow', message: "qualified groups in no step will never serve 'billing-voice': home-agents, outsourcer" },
    ]);
  });

  it('ignores groups that are not qualified for the type', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.steps.pop();
    const found = modelOf(s).warnings.filter((w) => w.path === 'contactTypes[0].overflow');
    expect(found.map((w) => w.message)).toEqual(["qualified groups in no step will never serve 'billing-voice': outsourcer"]);
  });

  it('is quiet for types without overflow and when every qualified group is listed', () => {
    expect(modelOf(overflowScenario()).warnings).toEqual([]);
  });
});

describe('warnings that count only the groups of the overflow steps', () => {
  it('warns that nobody is on duty when only the left-out group works then', () => {
    const s = overflowScenario();
    s.agentGroups[0].agents = { shifts: [{ start: '4h', end: '8h', agents: 5 }] };
    s.contactTypes[0].overflow.steps = [];
    s.agentGroups.splice(2, 1);
    const messages = modelOf(s).warnings.filter((w) => w.path === 'contactTypes[0]').map((w) => w.message);
    expect(messages).toEqual(["contacts of 'billing-voice' arrive during 0s–4h but no agent who can serve them is on duty (groups: tier1)"]);
  });

  it('counts only the listed groups when deciding that a transfer never happens', () => {
    const s = overflowScenario();
    s.contactTypes[0].transfer = { to: 'cards-chat' };
    s.agentGroups[3].authority = false;
    expect(modelOf(s).warnings.filter((w) => w.path === 'contactTypes[0].transfer')).toEqual([]);
    s.contactTypes[0].overflow.steps.pop();
    expect(modelOf(s).warnings.filter((w) => w.path === 'contactTypes[0].transfer').map((w) => w.message)).toEqual([
      "never happens: every group that can serve 'billing-voice' has authority (tier1, home-agents); give the groups that should escalate authority: false",
    ]);
  });
});

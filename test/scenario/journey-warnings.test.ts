import { describe, expect, it } from 'vitest';
import { modelOf, validScenario } from './helpers';

/** The valid scenario, with tier1 also serving chat so that both types share a group. */
function sharedScenario(): Record<string, any> {
  const s = validScenario();
  s.agentGroups[0].skills = { billing: 3, cards: 2 };
  s.agentGroups[0].channels = { voice: 1, chat: 2 };
  return s;
}

describe('warnings: a transfer that can never happen', () => {
  it('warns when every group that can serve the type has authority', () => {
    const s = sharedScenario();
    s.contactTypes[1].transfer = { to: 'billing-voice' };
    expect(modelOf(s).warnings).toEqual([
      {
        path: 'contactTypes[1].transfer',
        message: "never happens: every group that can serve 'cards-chat' has authority (tier1, chatters); give the groups that should escalate authority: false",
      },
    ]);
  });

  it('is quiet once one group that can serve the type lacks authority', () => {
    const s = validScenario();
    s.contactTypes[0].transfer = { to: 'cards-chat' };
    s.agentGroups[0].authority = false;
    expect(modelOf(s).warnings).toEqual([]);
  });

  it('ignores groups without authority that cannot serve the type', () => {
    const s = validScenario();
    s.contactTypes[0].transfer = { to: 'cards-chat', probability: 0.5 };
    s.agentGroups[1].authority = false;
    const paths = modelOf(s).warnings.map((w) => w.path);
    expect(paths).toContain('contactTypes[0].transfer');
  });
});

describe('warnings: authority: false that changes nothing', () => {
  it('warns once per group, listing the types it serves that have no transfer', () => {
    const s = sharedScenario();
    s.agentGroups[0].authority = false;
    s.agentGroups[1].authority = false;
    expect(modelOf(s).warnings).toEqual([
      {
        path: 'agentGroups[0].authority',
        message: "changes nothing for the contact types group 'tier1' serves that have no transfer (billing-voice, cards-chat)",
      },
      {
        path: 'agentGroups[1].authority',
        message: "changes nothing for the contact types group 'chatters' serves that have no transfer (cards-chat)",
      },
    ]);
  });

  it('leaves out the types that have a transfer', () => {
    const s = sharedScenario();
    s.contactTypes[0].transfer = { to: 'cards-chat' };
    s.agentGroups[0].authority = false;
    expect(modelOf(s).warnings).toEqual([
      {
        path: 'agentGroups[0].authority',
        message: "changes nothing for the contact types group 'tier1' serves that have no transfer (cards-chat)",
      },
    ]);
  });

  it('is quiet when every type the group serves has a transfer', () => {
    const s = sharedScenario();
    s.contactTypes[0].transfer = { to: 'cards-chat' };
    s.contactTypes[1].transfer = { to: 'billing-voice' };
    s.agentGroups[0].authority = false;
    s.agentGroups[1].authority = false;
    // The two types now pass every issue back and forth: only that loop is warned about.
    expect(modelOf(s).warnings.map((w) => w.path)).toEqual(['contactTypes[0].transfer']);
  });
});

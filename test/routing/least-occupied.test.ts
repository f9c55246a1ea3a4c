import { describe, expect, it } from 'vitest';
import { leastOccupiedPolicy } from '../../src/routing/least-occupied';
import { FakeView, fakeContext, fakeModel } from './fake-view';
import type { FakeAgent } from './fake-view';

const model = fakeModel({
  skills: ['sales', 'tech'],
  sites: ['north', 'south'],
  types: [
    { name: 'sales', requirements: [['sales', 1]] },
    { name: 'chat', channel: 'chat', requirements: [['tech', 1]] },
  ],
  groups: [
    { name: 'n1', site: 'north', proficiency: { sales: 1 } },
    { name: 'n2', site: 'north', proficiency: { sales: 1 } },
    { name: 's1', site: 'south', proficiency: { sales: 1 } },
    { name: 'n-chat', site: 'north', proficiency: { tech: 1 }, concurrency: { chat: 1 } },
  ],
});

/** `busy` agents on a call and `free` idle agents of a group; free ones named `${group}-free-${i}`. */
function staff(group: string, busy: number, free: number, idleSince = 0): FakeAgent[] {
  const out: FakeAgent[] = [];
  for (let i = 0; i < busy; i++) out.push({ group, load: group === 'n-chat' ? { chat: 1 } : { voice: 1 } });
  for (let i = 0; i < free; i++) out.push({ name: `${group}-free-${i}`, group, idleSince: idleSince + i });
  return out;
}

function agentFor(agents: FakeAgent[], options: Record<string, unknown> = {}): string {
  const policy = leastOccupiedPolicy(fakeContext(model, options));
  const view = new FakeView(model, { now: 100, agents, contacts: [{ name: 'c', type: 'sales', queuedAt: 100 }] });
  return view.agentName(policy.selectAgent(view.contact('c'), view));
}

describe('least-occupied selectAgent', () => {
  it('picks the less busy site, even if the other has an agent idle longer', () => {
    // north 3/4 busy, south 1/3 busy.
    const agents = [...staff('n1', 3, 1, 0), ...staff('s1', 1, 2, 50)];
    expect(agentFor(agents)).toBe('s1-free-0');
  });

  it('sums busy and on-duty agents over the site’s groups', () => {
    // north: n1 3/4 and n2 1/4 → 4/8 = 0.5; south: s1 2/3 ≈ 0.67.
    const agents = [...staff('n1', 3, 1), ...staff('n2', 1, 3), ...staff('s1', 2, 1)];
    expect(agentFor(agents)).toBe('n2-free-0');
  });

  it('balances groups instead with balance: group', () => {
    // north: n1 3/4, n2 1/4 → site 0.5; south s1 1/3 → site mode picks south, group mode n2 (0.25).
    const agents = [...staff('n1', 3, 1), ...staff('n2', 1, 3), ...staff('s1', 1, 2)];
    expect(agentFor(agents)).toBe('s1-free-0');
    expect(agentFor(agents, { balance: 'group' })).toBe('n2-free-0');
  });

  it('starts each decision from fresh site sums (one policy, two decisions)', () => {
    // First: north 3/4 busy, south 1/3 → south. Second: north 2/4 = 0.5, south 3/5 = 0.6 → north; with the
    // first decision's sums carried over, north would be 5/8 and south 4/8, and south would win.
    const policy = leastOccupiedPolicy(fakeContext(model));
    const decide = (agents: FakeAgent[]): string => {
      const view = new FakeView(model, { now: 100, agents, contacts: [{ name: 'c', type: 'sales', queuedAt: 100 }] });
      return view.agentName(policy.selectAgent(view.contact('c'), view));
    };
    expect(decide([...staff('n1', 3, 1), ...staff('s1', 1, 2)])).toBe('s1-free-0');
    expect(decide([...staff('n1', 2, 2), ...staff('s1', 3, 2)])).toBe('n1-free-0');
  });

  it('breaks a site tie by the group’s own busy fraction, then group id', () => {
    // north: n1 1/2, n2 0/2 → 1/4; south: s1 1/4. Tie; n2 (0) beats s1 (0.25).
    expect(agentFor([...staff('n1', 1, 1), ...staff('n2', 0, 2), ...staff('s1', 1, 3)])).toBe('n2-free-0');
    // Every fraction equal: the smaller group id (n1) wins even though s1's agent is idle longer.
    expect(agentFor([...staff('n1', 1, 1, 50), ...staff('s1', 1, 1, 0)])).toBe('n1-free-0');
  });

  it('counts only the groups eligible for the contact type', () => {
    // n-chat is busy but cannot take sales: north stays at 1/2 against south 2/3.
    const agents = [...staff('n-chat', 10, 0), ...staff('n1', 1, 1), ...staff('s1', 2, 1)];
    expect(agentFor(agents)).toBe('n1-free-0');
  });

  it('does not count agents off duty', () => {
    // north n1: 1 busy, 1 free, 4 off duty → 1/2; south 1/3.
    const off: FakeAgent[] = Array.from({ length: 4 }, () => ({ group: 'n1', onDuty: false }));
    expect(agentFor([...off, ...staff('n1', 1, 1), ...staff('s1', 1, 2)])).toBe('s1-free-0');
  });

  it('takes the longest-idle agent of the chosen group', () => {
    const agents = [
      { name: 'recent', group: 's1', idleSince: 80 },
      { name: 'long', group: 's1', idleSince: 20 },
    ];
    expect(agentFor(agents)).toBe('long');
  });

  it('skips a less busy site with nobody able to serve the contact', () => {
    // south is idle (0/2) but not eligible for this contact yet (e.g. an overflow delay).
    const policy = leastOccupiedPolicy(fakeContext(model));
    const view: FakeView = new FakeView(model, {
      now: 100,
      agents: [...staff('n1', 3, 1), ...staff('s1', 0, 2)],
      contacts: [{ name: 'c', type: 'sales', queuedAt: 100 }],
      blocked: (a) => view.agentGroup(a) === 2,
    });
    expect(view.agentName(policy.selectAgent(view.contact('c'), view))).toBe('n1-free-0');
  });

  it('returns -1 when nobody is free', () => {
    expect(agentFor([...staff('n1', 2, 0), ...staff('s1', 1, 0)])).toBe('none');
  });
});

describe('least-occupied selectContact', () => {
  it('uses the default order', () => {
    const policy = leastOccupiedPolicy(fakeContext(model));
    const view = new FakeView(model, {
      now: 100,
      agents: [{ name: 'a', group: 'n1' }],
      contacts: [
        { name: 'newer', type: 'sales', queuedAt: 50 },
        { name: 'chat', type: 'chat', queuedAt: 0 },
      ],
    });
    expect(view.contactName(policy.selectContact(view.agent('a'), view))).toBe('newer');
  });
});

describe('leastOccupiedPolicy() options', () => {
  it('rejects a bad balance with a suggestion', () => {
    expect(() => leastOccupiedPolicy(fakeContext(model, { balance: 'sites' }))).toThrow(
      "routing.options.balance: must be one of 'site', 'group', got 'sites'; did you mean 'site'?",
    );
    expect(() => leastOccupiedPolicy(fakeContext(model, { balance: 1 }))).toThrow(
      "routing.options.balance: must be one of 'site', 'group', got 1",
    );
  });
});

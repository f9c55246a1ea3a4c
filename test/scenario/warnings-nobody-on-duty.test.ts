import { describe, expect, it } from 'vitest';
import { modelOf, validScenario } from './helpers';

describe('warnings: contacts arrive while nobody who can serve them is on duty', () => {
  it('names the windows without qualified agents', () => {
    const s = validScenario();
    s.horizon = '1d';
    s.agentGroups[0].agents = { shifts: [{ start: '8h', end: '16h', agents: 10 }] };
    s.agentGroups[1].agents = 4;
    s.agentGroups[1].skills = { cards: 2, billing: 2 };
    s.agentGroups[1].channels = { chat: 2 };
    const { warnings } = modelOf(s);
    expect(warnings).toEqual([
      {
        path: 'contactTypes[0]',
        message: "contacts of 'billing-voice' arrive during 0s–8h, 16h–1d but no agent who can serve them is on duty (groups: tier1)",
      },
    ]);
  });

  it('counts the qualified agents of every group together', () => {
    const s = validScenario();
    s.horizon = '1d';
    s.agentGroups[0].agents = { shifts: [{ start: '8h', end: '16h', agents: 10 }] };
    // 8 night agents carry the 10 erlangs without an overload warning (see load-warnings)
    s.agentGroups.push({ name: 'night', agents: { shifts: [{ start: '16h', end: '32h', agents: 8 }] }, skills: { billing: 2 } });
    expect(modelOf(s).warnings).toEqual([]);
  });

  it('ignores periods without arrivals', () => {
    const s = validScenario();
    s.horizon = '1d';
    s.interval = '8h';
    s.contactTypes[0].arrivals = { perInterval: [0, 50, 0] };
    s.agentGroups[0].agents = { perInterval: [0, 10, 0] };
    expect(modelOf(s).warnings).toEqual([]);
  });

  it('finds the gap in a per-interval schedule', () => {
    const s = validScenario();
    s.horizon = '1d';
    s.interval = '6h';
    s.contactTypes[0].arrivals = { perInterval: [5, 50, 50, 5] };
    s.agentGroups[0].agents = { perInterval: [3, 10, 0, 3] };
    expect(modelOf(s).warnings).toEqual([
      {
        path: 'contactTypes[0]',
        message: "contacts of 'billing-voice' arrive during 12h–18h but no agent who can serve them is on duty (groups: tier1)",
      },
    ]);
  });

  it('counts trace arrivals that find nobody on duty', () => {
    const s = validScenario();
    s.contactTypes[0].arrivals = { trace: ['30m', '2h', '3h'] };
    s.agentGroups[0].agents = { shifts: [{ start: '1h', end: '8h', agents: 1 }] };
    expect(modelOf(s).warnings).toEqual([
      {
        path: 'contactTypes[0]',
        message: "1 contacts of 'billing-voice' arrive while no agent who can serve them is on duty (groups: tier1), the first at 30m",
      },
    ]);
  });

  it('warns about a group that can serve no contact type', () => {
    const s = validScenario();
    s.agentGroups.push({ name: 'idle', agents: 3, skills: { spanish: 5 } });
    expect(modelOf(s).warnings).toEqual([
      { path: 'agentGroups[2]', message: "group 'idle' cannot serve any contact type (check its skills and channels)" },
    ]);
  });

  it('warns about a backlog channel only for arrivals after the last agent has left', () => {
    const s = validScenario();
    s.horizon = '1d';
    s.agentGroups[0].agents = { shifts: [{ start: '8h', end: '16h', agents: 10 }] };
    s.agentGroups[0].channels = { voice: 1, email: 1 };
    s.contactTypes.push({ name: 'billing-email', channel: 'email', skills: { billing: 1 }, handleTime: { kind: 'exponential', mean: '5m' }, arrivals: { rate: '10/h' } });
    const warnings = modelOf(s).warnings.filter((w) => w.message.includes('billing-email'));
    // 0s–8h e-mails are worked from 8h on; 16h–1d e-mails are not worked before the end.
    expect(warnings).toEqual([
      {
        path: `contactTypes[${s.contactTypes.length - 1}]`,
        message: "contacts of 'billing-email' arriving during 16h–1d wait in the backlog to the end of the run: no agent who can serve them is on duty (groups: tier1) after 16h",
      },
    ]);
  });

  it('does not warn about a backlog channel staffed at the end of the run', () => {
    const s = validScenario();
    s.horizon = '1d';
    s.agentGroups[0].agents = { shifts: [{ start: '8h', end: '1d', agents: 10 }] };
    s.agentGroups[0].channels = { voice: 1, email: 1 };
    s.contactTypes.push({ name: 'billing-email', channel: 'email', skills: { billing: 1 }, handleTime: { kind: 'exponential', mean: '5m' }, arrivals: { rate: '10/h' } });
    expect(modelOf(s).warnings.filter((w) => w.message.includes('billing-email'))).toEqual([]);
  });
});

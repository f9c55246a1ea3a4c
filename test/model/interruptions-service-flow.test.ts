import { describe, expect, it } from 'vitest';
import type { ContactCenterView } from '../../src/model/view';
import { simulate } from '../../src/run/simulate';

/**
 * The service flow's side of interruptions (docs/channels.md "Interruptions"), on one blended
 * agent (voice, chat, e-mail; calls may suspend e-mail): only a call interrupts, and an agent
 * who puts a contact down and takes a waiting call at once is reported once.
 */
function run(contactTypes: unknown[]): { starts: [type: number, at: number][]; changes: [at: number, load: number][] } {
  let view: ContactCenterView | null = null;
  const log: [number, number][] = [];
  const changes: [number, number][] = [];
  simulate(
    {
      name: 'calls only',
      horizon: '1h',
      skills: ['service'],
      contactTypes,
      agentGroups: [{ name: 'blended', agents: 1, skills: { service: 1 }, channels: { voice: 1, chat: 1, email: 1 }, interruptions: { voice: ['email'] } }],
    } as never,
    {
      seed: 1,
      checkInvariants: true,
      observers: [
        {
          attach: (v: ContactCenterView) => void (view = v),
          onServiceStart: (c: number) => void log.push([view!.contactType(c), view!.now]),
          onAgentChange: (a: number) => void changes.push([view!.now, view!.agentLoad(a)]),
        },
      ],
    },
  );
  return { starts: log, changes };
}
const starts = (contactTypes: unknown[]) => run(contactTypes).starts;

const fixed = (value: number) => ({ kind: 'deterministic', value });

describe('interruptions: only calls interrupt', () => {
  it('keeps a second e-mail waiting while the agent holds one (capacity 1), although calls may suspend e-mail', () => {
    // E-mails of 100 s at 0 and 10 s: the second starts when the first ends, at 100 s.
    const emails = { name: 'emails', channel: 'email', skills: { service: 1 }, handleTime: fixed(100), arrivals: { trace: [0, 10] } };
    expect(starts([emails])).toEqual([
      [0, 0],
      [0, 100],
    ]);
  });

  it('lets a call suspend the e-mail in hand (the rule the e-mail case must not borrow)', () => {
    // The call at 10 s suspends the e-mail (90 s left) and is served at once.
    const emails = { name: 'emails', channel: 'email', skills: { service: 1 }, handleTime: fixed(100), arrivals: { trace: [0] } };
    const calls = { name: 'calls', skills: { service: 1 }, handleTime: fixed(30), arrivals: { trace: [10] } };
    expect(starts([emails, calls])).toEqual([
      [0, 0],
      [1, 10],
    ]);
  });
});

describe('interruptions: the agent change is reported once', () => {
  it('reports an agent who puts a chat down and takes a waiting call at once a single time', () => {
    // Chat (40 s) and e-mail (100 s) at 0; the call at 10 s waits (an agent holding a chat cannot
    // be interrupted). At 40 s the chat ends and the call takes the agent, suspending the e-mail:
    // one change at 40 s, with the call as the load in hand; the call ends at 100 s (the e-mail
    // resumes), the e-mail at 160 s.
    const chats = { name: 'chats', channel: 'chat', skills: { service: 1 }, handleTime: fixed(40), arrivals: { trace: [0] } };
    const emails = { name: 'emails', channel: 'email', skills: { service: 1 }, handleTime: fixed(100), arrivals: { trace: [0] } };
    const calls = { name: 'calls', skills: { service: 1 }, handleTime: fixed(60), arrivals: { trace: [10] } };
    const { starts: started, changes } = run([chats, emails, calls]);
    expect(started).toEqual([
      [0, 0],
      [1, 0],
      [2, 40],
    ]);
    expect(changes.filter(([at]) => at > 0)).toEqual([
      [40, 1],
      [100, 1],
      [160, 0],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ContactCenterView } from '../../src/model/view';
import { simulate } from '../../src/run/simulate';

/**
 * Only a call interrupts (docs/channels.md "Interruptions"): a waiting e-mail or chat never
 * suspends the work of an agent, even one holding only work that calls may suspend.
 */
function starts(contactTypes: unknown[]): [type: number, at: number][] {
  let view: ContactCenterView | null = null;
  const log: [number, number][] = [];
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
      observers: [{ attach: (v: ContactCenterView) => void (view = v), onServiceStart: (c: number) => void log.push([view!.contactType(c), view!.now]) }],
    },
  );
  return log;
}

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

import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';
import { errorAt, modelOf, validScenario } from './helpers';

/** {@link validScenario} with a billing e-mail type, and tier1 taking calls and e-mails, calls interrupting e-mails. */
function interruptionScenario(): Record<string, any> {
  const s = validScenario();
  s.contactTypes.push({ name: 'billing-email', channel: 'email', skills: { billing: 1 }, handleTime: { kind: 'exponential', mean: '8m' }, arrivals: { rate: '40/h' } });
  s.agentGroups[0].channels = { voice: 1, email: 2 };
  s.agentGroups[0].interruptions = { voice: ['email'], resumeOverhead: '30s' };
  return s;
}

describe('agent group interruptions', () => {
  it('resolves into channel ids and seconds; groups without it get no interruptions field', () => {
    const { model } = modelOf(interruptionScenario());
    expect(model.agentGroups[0]!.interruptions).toEqual({ suspends: [2], resumeOverhead: 30 });
    expect('interruptions' in model.agentGroups[1]!).toBe(false);
  });

  it('defaults the resume overhead to 0', () => {
    const s = interruptionScenario();
    delete s.agentGroups[0].interruptions.resumeOverhead;
    expect(modelOf(s).model.agentGroups[0]!.interruptions!.resumeOverhead).toBe(0);
  });

  it('rejects a channel the group does not handle', () => {
    const s = interruptionScenario();
    s.agentGroups[0].interruptions.voice = ['email', 'messaging'];
    expect(errorAt(s, 'agentGroups[0].interruptions.voice[1]')).toMatch(/^the group does not handle messaging/);
  });

  it('accepts a call suspending messaging when a messaging type has sessions, and runs it', () => {
    const s = interruptionScenario();
    s.contactTypes.push({
      name: 'chat-care', channel: 'messaging', skills: { billing: 1 }, handleTime: { kind: 'exponential', mean: '2m' }, arrivals: { rate: '10/h' },
      session: { exchanges: 2, replyGap: { kind: 'exponential', mean: '1m' }, slotDuringGap: 'held' },
    });
    s.agentGroups[0].channels = { voice: 1, email: 2, messaging: 2 };
    s.agentGroups[0].interruptions.voice = ['email', 'messaging'];
    expect(modelOf(s).model.agentGroups[0]!.interruptions!.suspends).toEqual([2, 3]);
    const result = simulate(s as never, { seed: 3, checkInvariants: true });
    expect(result.interruptions!.map((b) => b.name)).toContain('chat-care');
  });

  it('rejects a group that takes no calls', () => {
    const s = interruptionScenario();
    s.agentGroups[1].interruptions = { voice: ['chat'] };
    expect(errorAt(s, 'agentGroups[1].interruptions.voice')).toMatch(/^the group does not handle voice/);
  });

  it('rejects voice interrupting voice, and a channel listed twice', () => {
    const s = interruptionScenario();
    s.agentGroups[0].interruptions.voice = ['voice'];
    expect(errorAt(s, 'agentGroups[0].interruptions.voice[0]')).toBe("must be one of chat, email, messaging, got 'voice'");
    const twice = interruptionScenario();
    twice.agentGroups[0].interruptions.voice = ['email', 'email'];
    expect(errorAt(twice, 'agentGroups[0].interruptions.voice[1]')).toBe('lists email twice: list each channel once');
  });

  it('rejects an empty list, a negative overhead and a rule by another channel', () => {
    const s = interruptionScenario();
    s.agentGroups[0].interruptions.voice = [];
    expect(errorAt(s, 'agentGroups[0].interruptions.voice')).toMatch(/^list at least one channel/);
    const negative = interruptionScenario();
    negative.agentGroups[0].interruptions.resumeOverhead = -5;
    expect(errorAt(negative, 'agentGroups[0].interruptions.resumeOverhead')).toMatch(/-5/);
    const chat = interruptionScenario();
    chat.agentGroups[0].interruptions = { voice: ['email'], chat: ['email'] };
    expect(errorAt(chat, 'agentGroups[0].interruptions.chat')).toBe('unknown field; known: voice, resumeOverhead');
  });

  it('rejects slowdown on a channel a call suspends', () => {
    const s = interruptionScenario();
    s.agentGroups[0].slowdown = { email: [1, 1.5] };
    expect(errorAt(s, 'agentGroups[0].interruptions.voice[0]')).toMatch(/slowdown table/);
  });

  it('runs: calls wait less, e-mails take longer to finish, and the same contacts arrive', () => {
    const s = interruptionScenario();
    s.agentGroups[0].agents = 6;
    const on = simulate(s as never, { seed: 3, checkInvariants: true });
    delete s.agentGroups[0].interruptions;
    const off = simulate(s as never, { seed: 3, checkInvariants: true });
    expect(on.byContactType[0]!.offered).toBe(off.byContactType[0]!.offered);
    expect(on.byContactType[0]!.asa!).toBeLessThan(off.byContactType[0]!.asa!);
    expect(on.interruptions![0]!.interruptions).toBeGreaterThan(0);
    expect(off.interruptions).toBeUndefined();
  });
});

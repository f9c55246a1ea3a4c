import { describe, expect, it } from 'vitest';
import { errorAt, errorsOf, modelOf, validScenario } from './helpers';

const SESSION = { exchanges: 3, replyGap: { kind: 'exponential', mean: '10m' }, slotDuringGap: 'released' };

/** The valid scenario with its chat type turned into messaging with `session` (and its group handling messaging). */
function messagingScenario(session: Record<string, unknown>): Record<string, any> {
  const s = validScenario();
  s.contactTypes[1].channel = 'messaging';
  s.contactTypes[1].session = session;
  s.agentGroups[1].channels = { messaging: 3 };
  return s;
}

const sessionOf = (session: Record<string, unknown>) => modelOf(messagingScenario(session)).model.contactTypes[1]!.session!;

describe('session options: context loss, timed stickiness, reply patience, wrap-up per turn', () => {
  it('resolves each option, and leaves them all out when absent', () => {
    const none = sessionOf(SESSION);
    expect([none.stickyWait, none.contextLoss, none.replyPatience, none.wrapUpPerTurn]).toEqual([undefined, undefined, undefined, undefined]);
    const all = sessionOf({
      ...SESSION,
      sticky: { waitFor: '2m' },
      contextLoss: { extraTime: '45s' },
      replyPatience: { kind: 'exponential', mean: '5m' },
      wrapUpPerTurn: true,
    });
    expect([all.sticky, all.stickyWait, all.contextLoss!.kind, all.contextLoss!.mean, all.replyPatience!.mean, all.wrapUpPerTurn]).toEqual([
      true,
      120,
      'deterministic',
      45,
      300,
      true,
    ]);
    expect(sessionOf({ ...SESSION, contextLoss: { extraTime: { kind: 'uniform', min: '30s', max: '90s' } } }).contextLoss!.mean).toBe(60);
    expect(sessionOf({ ...SESSION, sticky: false }).sticky).toBe(false);
  });

  it('refuses negative or missing times, naming the field', () => {
    expect(errorAt(messagingScenario({ ...SESSION, sticky: { waitFor: 0 } }), 'contactTypes[1].session.sticky.waitFor')).toBe('must be greater than 0 seconds, got 0');
    expect(errorAt(messagingScenario({ ...SESSION, sticky: { waitFor: '-2m' } }), 'contactTypes[1].session.sticky.waitFor')).toMatch(/-2m/);
    expect(errorsOf(messagingScenario({ ...SESSION, sticky: {} })).map((e) => e.path)).toContain('contactTypes[1].session.sticky.waitFor');
    expect(errorAt(messagingScenario({ ...SESSION, contextLoss: { extraTime: -45 } }), 'contactTypes[1].session.contextLoss.extraTime')).toBe('duration must not be negative, got -45');
    expect(errorAt(messagingScenario({ ...SESSION, contextLoss: { extraTime: true } }), 'contactTypes[1].session.contextLoss.extraTime')).toBe(
      "must be a duration: seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m', got true",
    );
    expect(errorsOf(messagingScenario({ ...SESSION, contextLoss: {} })).map((e) => e.path)).toContain('contactTypes[1].session.contextLoss.extraTime');
    expect(errorAt(messagingScenario({ ...SESSION, replyPatience: { kind: 'deterministic', value: -5 } }), 'contactTypes[1].session.replyPatience.value')).toMatch(/-5/);
    expect(errorAt(messagingScenario({ ...SESSION, wrapUpPerTurn: 'yes' }), 'contactTypes[1].session.wrapUpPerTurn')).toBe("must be true or false, got 'yes'");
  });

  it('refuses each option with held slots, saying why', () => {
    const held = messagingScenario({
      ...SESSION,
      slotDuringGap: 'held',
      sticky: { waitFor: '2m' },
      contextLoss: { extraTime: '45s' },
      replyPatience: { kind: 'exponential', mean: '5m' },
      wrapUpPerTurn: false,
    });
    const at = (field: string) => errorAt(held, `contactTypes[1].session.${field}`);
    expect(at('sticky')).toBe('sticky applies only with slotDuringGap: released (with held the same agent always answers); remove it');
    expect(at('contextLoss')).toBe('contextLoss applies only with slotDuringGap: released (with held the same agent always answers); remove it');
    expect(at('replyPatience')).toBe('replyPatience applies only with slotDuringGap: released (with held the agent answers a reply at once); remove it');
    expect(at('wrapUpPerTurn')).toBe(
      'wrapUpPerTurn applies only with slotDuringGap: released (with held the agent keeps the slot through the gaps; the wrap-up follows the last turn); remove it',
    );
  });

  it('has no way to say sticky false with a wait, and says what sticky may be', () => {
    expect(errorAt(messagingScenario({ ...SESSION, sticky: { waitFor: '2m', sticky: false } }), 'contactTypes[1].session.sticky.sticky')).toBe('unknown field; known: waitFor');
    expect(errorAt(messagingScenario({ ...SESSION, sticky: 'yes' }), 'contactTypes[1].session.sticky')).toBe("sticky must be true, false or { waitFor: <duration> }, got 'yes'");
  });

  it('counts context loss and the wrap-up after each turn in the load warning', () => {
    // 4 agents × 3 messaging slots over 8 h: 720 slot-minutes an hour. 40/h sessions of 5 turns of
    // 1 minute take 200 slot-minutes an hour, far below. A warning needs more than 3 × 720 = 2160:
    // more than 54 slot-minutes per session, i.e. the 4 later turns adding more than 12.25 minutes
    // each, of context loss (the upper bound: every reply to another agent) or of wrap-up.
    const overloaded = (session: Record<string, unknown>, wrapUp?: string): string | undefined => {
      const s = messagingScenario({ ...SESSION, exchanges: 5, ...session });
      s.contactTypes[1].handleTime = { kind: 'deterministic', value: '1m' };
      s.contactTypes[1].arrivals = { rate: '40/h' };
      if (wrapUp !== undefined) s.agentGroups[1].wrapUp = { kind: 'deterministic', value: wrapUp };
      return modelOf(s).warnings.find((w) => w.path === 'contactTypes[1]' && w.message.startsWith('offered load far above capacity'))?.message;
    };
    expect(overloaded({})).toBeUndefined();
    expect(overloaded({ contextLoss: { extraTime: '12m' } })).toBeUndefined();
    expect(overloaded({ contextLoss: { extraTime: '12.5m' } })).toMatch(/at 55m per contact; /);
    // The same wrap-up once per session counts nothing; after each turn, 4 of them do.
    expect(overloaded({}, '12.5m')).toBeUndefined();
    expect(overloaded({ wrapUpPerTurn: true }, '12m')).toBeUndefined();
    expect(overloaded({ wrapUpPerTurn: true }, '12.5m')).toMatch(/at 5m per contact and the wrap-up after each of its turns but the last; /);
  });
});

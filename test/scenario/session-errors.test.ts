import { describe, expect, it } from 'vitest';
import { errorAt, errorsOf, modelOf, validScenario } from './helpers';

const SESSION = { exchanges: 3, replyGap: { kind: 'exponential', mean: '10m' }, slotDuringGap: 'released' };

/** The valid scenario with its chat type turned into messaging (and its group handling messaging). */
function messagingScenario(session: Record<string, unknown>): Record<string, any> {
  const s = validScenario();
  s.contactTypes[1].channel = 'messaging';
  s.contactTypes[1].session = session;
  s.agentGroups[1].channels = { messaging: 3 };
  return s;
}

describe('contact type session', () => {
  it('resolves on a messaging type: a whole number of turns becomes a constant, sticky defaults to true, no timeout', () => {
    const session = modelOf(messagingScenario(SESSION)).model.contactTypes[1]!.session!;
    expect([session.exchanges.kind, session.exchanges.mean, session.replyGap.mean, session.slotDuringGap, session.sticky, session.timeout]).toEqual([
      'deterministic',
      3,
      600,
      'released',
      true,
      Infinity,
    ]);
    const held = modelOf(messagingScenario({ ...SESSION, exchanges: { kind: 'lognormal', mean: 4, cv: 1 }, slotDuringGap: 'held', timeout: '1h' })).model;
    expect(held.contactTypes[1]!.session!.exchanges.mean).toBeCloseTo(4, 12);
    expect(held.contactTypes[1]!.session!.timeout).toBe(3600);
  });

  it('is refused on a type of another channel, naming the field', () => {
    const s = validScenario();
    s.contactTypes[1].session = SESSION;
    expect(errorAt(s, 'contactTypes[1].session')).toBe("only messaging contacts have sessions with reply gaps; remove session for channel 'chat', or make the type's channel messaging");
  });

  it('refuses fewer than one turn, as a number or as a distribution', () => {
    expect(errorAt(messagingScenario({ ...SESSION, exchanges: 0 }), 'contactTypes[1].session.exchanges')).toBe('exchanges must be a whole number ≥ 1, got 0');
    expect(errorAt(messagingScenario({ ...SESSION, exchanges: 2.5 }), 'contactTypes[1].session.exchanges')).toBe('exchanges must be a whole number ≥ 1, got 2.5');
    expect(errorAt(messagingScenario({ ...SESSION, exchanges: 'many' }), 'contactTypes[1].session.exchanges')).toBe(
      "exchanges must be a whole number of agent turns from 1 to 1000, or a distribution { kind, ... } of them, got 'many'",
    );
    expect(errorAt(messagingScenario({ ...SESSION, exchanges: { kind: 'exponential', mean: 0.5 } }), 'contactTypes[1].session.exchanges')).toBe(
      'a session has at least one agent turn: the mean of exchanges must be at least 1, got 0.5',
    );
    expect(errorAt(messagingScenario({ ...SESSION, exchanges: { kind: 'deterministic', value: 2.5 } }), 'contactTypes[1].session.exchanges')).toBe(
      'a constant number of turns must be a whole number, got 2.5',
    );
  });

  it('refuses a negative reply gap, a timeout of 0 and an unknown slot rule', () => {
    expect(errorAt(messagingScenario({ ...SESSION, replyGap: { kind: 'deterministic', value: -5 } }), 'contactTypes[1].session.replyGap.value')).toMatch(/-5/);
    expect(errorAt(messagingScenario({ ...SESSION, timeout: 0 }), 'contactTypes[1].session.timeout')).toBe('must be greater than 0 seconds, got 0');
    expect(errorAt(messagingScenario({ ...SESSION, slotDuringGap: 'kept' }), 'contactTypes[1].session.slotDuringGap')).toMatch(/released.*held|held.*released/);
  });

  it('refuses sticky with held slots, and a missing slot rule', () => {
    expect(errorAt(messagingScenario({ ...SESSION, slotDuringGap: 'held', sticky: false }), 'contactTypes[1].session.sticky')).toBe(
      'sticky applies only with slotDuringGap: released (with held the same agent always answers); remove it',
    );
    const { slotDuringGap: _omitted, ...noRule } = SESSION;
    expect(errorsOf(messagingScenario(noRule)).map((e) => e.path)).toContain('contactTypes[1].session.slotDuringGap');
  });

  it('lists every problem at once', () => {
    const s = messagingScenario({ ...SESSION, exchanges: { kind: 'exponential', mean: 0.5 }, slotDuringGap: 'held', sticky: true });
    s.contactTypes[0].session = SESSION;
    const paths = errorsOf(s).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['contactTypes[0].session', 'contactTypes[1].session.exchanges', 'contactTypes[1].session.sticky']));
  });

  it('counts every turn of a session in the load warning (and the gaps when the slot is held)', () => {
    // 4 agents × 3 messaging slots: 720 slot-minutes an hour. 40/h of 1 minute each is far below,
    // until a session makes each contact 100 turns: 4000 slot-minutes an hour, over 3 × 720.
    const warned = (session: Record<string, unknown> | undefined): boolean => {
      const s = messagingScenario(session ?? SESSION);
      if (session === undefined) delete s.contactTypes[1].session;
      s.contactTypes[1].handleTime = { kind: 'deterministic', value: '1m' };
      s.contactTypes[1].arrivals = { rate: '40/h' };
      return modelOf(s).warnings.some((w) => w.path === 'contactTypes[1]' && w.message.startsWith('offered load far above capacity'));
    };
    expect(warned(undefined)).toBe(false);
    expect(warned({ ...SESSION, exchanges: 100 })).toBe(true);
    // Held: 5 turns of 1 minute and 4 gaps of 20 minutes take a slot 85 minutes (3400 an hour); released, 5.
    const gaps = { ...SESSION, exchanges: 5, replyGap: { kind: 'deterministic', value: '20m' } };
    expect(warned({ ...gaps, slotDuringGap: 'held' })).toBe(true);
    expect(warned({ ...gaps, slotDuringGap: 'released' })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { errorAt, errorsOf, modelOf, validScenario } from './helpers';

/** {@link validScenario} with every queue-exit field on billing-voice (8 h horizon, 30 min intervals: 16 entries). */
function exitScenario(): Record<string, any> {
  const s = validScenario();
  const perInterval = Array.from({ length: 16 }, () => ({ kind: 'exponential', mean: '5m' }));
  Object.assign(s.contactTypes[0], {
    maxWait: { after: '4m', then: { rerouteTo: 'cards-chat' } },
    closing: 'clear-queue',
    announcement: { predictor: 'moving-average', patienceFactor: { perMinute: 0.1 } },
    balking: { byAnnouncedWait: [{ above: '1m', probability: 0.2 }, { above: '5m', probability: 0.5 }] },
    handleTimeByInterval: perInterval,
    patienceByInterval: perInterval,
  });
  return s;
}

const AT = 'contactTypes[0]';

describe('queue exits: a valid scenario', () => {
  it('resolves every field', () => {
    const { model } = modelOf(exitScenario());
    const exits = model.contactTypes[0]!.queueExits!;
    expect(exits.maxWait).toEqual({ after: 240, then: { kind: 'reroute', to: 1 } });
    expect(exits.clearAtClosing).toBe(true);
    expect(exits.announcement).toEqual({ predictor: 'moving-average', patienceFactor: { base: 1, perMinute: 0.1 } });
    expect(exits.balking).toEqual({ kind: 'announced-wait', steps: [{ above: 60, probability: 0.2 }, { above: 300, probability: 0.5 }] });
    expect(exits.byInterval?.handleTime).toHaveLength(16);
    expect(exits.byInterval?.intervalLength).toBe(1800);
    expect(model.contactTypes[1]!.queueExits).toBeUndefined();
  });

  it('applies the scenario-wide closing to every type', () => {
    const s = validScenario();
    s.closing = 'clear-queue';
    const { model } = modelOf(s);
    expect(model.contactTypes.map((t) => t.queueExits?.clearAtClosing)).toEqual([true, true]);
  });

  it('leaves a scenario without queue-exit fields untouched', () => {
    const { model } = modelOf(validScenario());
    expect(model.contactTypes.some((t) => 'queueExits' in t)).toBe(false);
  });
});

describe('queue exits: located errors', () => {
  it('rejects a re-route to an unknown type, with a suggestion', () => {
    const s = exitScenario();
    s.contactTypes[0].maxWait.then.rerouteTo = 'card-chat';
    expect(errorAt(s, `${AT}.maxWait.then.rerouteTo`)).toBe("unknown contact type 'card-chat'; did you mean 'cards-chat'?");
  });

  it('rejects a re-route to the type itself', () => {
    const s = exitScenario();
    s.contactTypes[0].maxWait.then.rerouteTo = 'billing-voice';
    expect(errorAt(s, `${AT}.maxWait.then.rerouteTo`)).toBe("cannot re-route a contact type to itself ('billing-voice'); name another contact type");
  });

  it('rejects an unknown action and a maximum wait of 0', () => {
    const s = exitScenario();
    s.contactTypes[0].maxWait = { after: 0, then: 'hangup' };
    expect(errorAt(s, `${AT}.maxWait.then`)).toBe("must be 'voicemail', 'callback' or { rerouteTo: <contact type> }, got 'hangup'");
    expect(errorAt(s, `${AT}.maxWait.after`)).toMatch(/0/);
  });

  it('rejects a per-interval list of the wrong length', () => {
    const s = exitScenario();
    s.contactTypes[0].handleTimeByInterval.pop();
    expect(errorAt(s, `${AT}.handleTimeByInterval`)).toBe(
      'lists 15 intervals, expected 16: one per interval of 30m over 8h (the horizon, at most a day; the list repeats daily)',
    );
  });

  it('reports a wrong list length together with the type’s other problems', () => {
    const s = exitScenario();
    s.contactTypes[0].patienceByInterval.push({ kind: 'exponential', mean: '5m' });
    s.contactTypes[0].balking = { probability: 2 };
    expect(errorsOf(s).map((e) => e.path)).toEqual(expect.arrayContaining([`${AT}.patienceByInterval`, `${AT}.balking.probability`]));
  });

  it.each([
    ['probability', { probability: 1.5 }, 'balking.probability'],
    ['byQueueLength', { byQueueLength: [0.1, -0.2] }, 'balking.byQueueLength[1]'],
  ])('rejects a %s outside [0, 1]', (_, balking, path) => {
    const s = exitScenario();
    s.contactTypes[0].balking = balking;
    expect(errorAt(s, `${AT}.${path}`)).toMatch(/1\.5|-0\.2/);
  });

  it('rejects an announced-wait step probability outside [0, 1] and steps out of order', () => {
    const s = exitScenario();
    s.contactTypes[0].balking.byAnnouncedWait[0].probability = 2;
    expect(errorAt(s, `${AT}.balking.byAnnouncedWait[0].probability`)).toMatch(/2/);
    const t = exitScenario();
    t.contactTypes[0].balking.byAnnouncedWait[1].above = '30s';
    expect(errorAt(t, `${AT}.balking.byAnnouncedWait[1].above`)).toBe("must be above the previous step's 1m, got 30s");
  });

  it('needs exactly one balking form', () => {
    const s = exitScenario();
    s.contactTypes[0].balking = { probability: 0.1, byQueueLength: [0.2] };
    expect(errorAt(s, `${AT}.balking`)).toBe('give only one of probability, byQueueLength');
    s.contactTypes[0].balking = {};
    expect(errorAt(s, `${AT}.balking`)).toBe('give one of probability, byQueueLength, byAnnouncedWait');
  });

  it('rejects a negative patience factor base', () => {
    const s = exitScenario();
    s.contactTypes[0].announcement.patienceFactor.base = -1;
    expect(errorAt(s, `${AT}.announcement.patienceFactor.base`)).toMatch(/^base must be between 0 and/);
  });

  it('needs an announcement to balk by announced wait', () => {
    const s = exitScenario();
    delete s.contactTypes[0].announcement;
    expect(errorAt(s, `${AT}.balking.byAnnouncedWait`)).toMatch(/^needs an announcement/);
  });

  it('rejects an unknown predictor and closing, with suggestions', () => {
    const s = exitScenario();
    s.contactTypes[0].announcement.predictor = 'last';
    s.closing = 'clear';
    const paths = errorsOf(s).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining([`${AT}.announcement.predictor`, 'closing']));
  });

  it('keeps callbacks after the maximum wait and patience per interval to voice and chat', () => {
    const s = exitScenario();
    s.contactTypes[0].channel = 'email';
    delete s.contactTypes[0].patience;
    s.contactTypes[0].maxWait.then = 'callback';
    s.agentGroups[0].channels = { email: 1 };
    expect(errorAt(s, `${AT}.maxWait.then`)).toBe("only voice and chat contacts can be turned into a callback; not channel 'email'");
    expect(errorAt(s, `${AT}.patienceByInterval`)).toMatch(/^only voice and chat customers abandon/);
  });
});

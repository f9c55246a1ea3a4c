import { describe, expect, it } from 'vitest';
import { errorAt, modelOf, validScenario } from './helpers';

describe('contact types no group can serve', () => {
  it('names the type, what it needs and why each group falls short', () => {
    const s = validScenario();
    s.contactTypes[1].skills = { cards: 3, spanish: 1 };
    expect(errorAt(s, 'contactTypes[1]')).toBe(
      "no agent group can serve contact type 'cards-chat' (needs channel chat and skills cards ≥ 3, spanish ≥ 1): " +
        'tier1 does not handle chat; chatters has cards 2 (needs ≥ 3)',
    );
  });

  it('reports a missing skill and a missing channel', () => {
    const s = validScenario();
    s.contactTypes.push({
      name: 'spanish-email',
      channel: 'email',
      skills: { spanish: 1 },
      handleTime: { kind: 'exponential', mean: '10m' },
      arrivals: { rate: '5/h' },
    });
    s.agentGroups[0].channels = { voice: 1, email: 1 };
    expect(errorAt(s, 'contactTypes[2]')).toBe(
      "no agent group can serve contact type 'spanish-email' (needs channel email and skills spanish ≥ 1): " +
        'tier1 lacks skill spanish; chatters does not handle email',
    );
  });

  it('accepts the type once one group qualifies', () => {
    const s = validScenario();
    s.contactTypes[1].skills = { cards: 3 };
    s.agentGroups[1].skills.cards = 3;
    expect(() => errorAt(s, 'contactTypes[1]')).toThrow(/expected the scenario to be rejected/);
  });
});

describe('patience', () => {
  it.each(['email', 'messaging'])('is an error on %s', (channel) => {
    const s = validScenario();
    s.contactTypes[1].channel = channel;
    s.contactTypes[1].patience = { kind: 'exponential', mean: '1h' };
    s.agentGroups[1].channels = { [channel]: 2 };
    expect(errorAt(s, 'contactTypes[1].patience')).toBe(`only voice and chat customers abandon; remove patience for channel '${channel}'`);
  });

  it('is allowed on chat', () => {
    const s = validScenario();
    s.contactTypes[1].patience = { kind: 'exponential', mean: '1m' };
    expect(modelOf(s).model.contactTypes[1]!.patience?.mean).toBeCloseTo(60, 12);
  });
});

describe('segment shares', () => {
  it('must sum to 1', () => {
    const s = validScenario();
    s.segments = [
      { name: 'gold', share: 0.2 },
      { name: 'standard', share: 0.7 },
    ];
    expect(errorAt(s, 'segments')).toBe('shares must sum to 1, got 0.9');
  });

  it('accept rounding error within 1e-9 per segment', () => {
    const s = validScenario();
    s.segments = [0.1, 0.2, 0.3, 0.4].map((share, i) => ({ name: `s${i}`, share: share + 1e-10 }));
    expect(modelOf(s).model.segments.map((x) => x.share)).toEqual([0.1 + 1e-10, 0.2 + 1e-10, 0.3 + 1e-10, 0.4 + 1e-10]);
  });

  it('must sum to 1 in a contact type override, whose names must exist', () => {
    const s = validScenario();
    s.segments = [
      { name: 'gold', share: 0.2 },
      { name: 'standard', share: 0.8 },
    ];
    s.contactTypes[0].segments = { gold: 0.5, standard: 0.6 };
    s.contactTypes[1].segments = { gold: 0.5, standrd: 0.5 };
    expect(errorAt(s, 'contactTypes[0].segments')).toBe('shares must sum to 1, got 1.1');
    expect(errorAt(s, 'contactTypes[1].segments.standrd')).toBe("unknown segment 'standrd'; did you mean 'standard'?");
  });

  it('gives segments missing from an override a share of 0', () => {
    const s = validScenario();
    s.segments = [
      { name: 'gold', share: 0.2 },
      { name: 'silver', share: 0.3 },
      { name: 'standard', share: 0.5 },
    ];
    s.contactTypes[0].segments = { standard: 0.25, gold: 0.75 };
    const { model } = modelOf(s);
    expect(model.contactTypes[0]!.segmentMix).toEqual([0.75, 0, 0.25]);
    expect(model.contactTypes[1]!.segmentMix).toEqual([0.2, 0.3, 0.5]);
  });

  it('rejects a share outside [0, 1]', () => {
    const s = validScenario();
    s.segments = [
      { name: 'gold', share: 1.5 },
      { name: 'standard', share: -0.5 },
    ];
    expect(errorAt(s, 'segments[0].share')).toBe('share must be a number between 0 and 1, got 1.5');
    expect(errorAt(s, 'segments[1].share')).toBe('share must be a number between 0 and 1, got -0.5');
  });
});

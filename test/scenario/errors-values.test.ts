import { describe, expect, it } from 'vitest';
import { errorAt, validScenario } from './helpers';

describe('proficiency', () => {
  it.each([
    [7, 'proficiency must be an integer between 1 and 5, got 7'],
    [0, 'proficiency must be an integer between 1 and 5, got 0'],
    [2.5, 'proficiency must be an integer between 1 and 5, got 2.5'],
    ['high', "proficiency must be an integer between 1 and 5, got 'high'"],
  ])('rejects %j in an agent group', (level, message) => {
    const s = validScenario();
    s.agentGroups[0].skills.billing = level;
    expect(errorAt(s, 'agentGroups[0].skills.billing')).toBe(message);
  });

  it('rejects an out-of-range minimum in a contact type', () => {
    const s = validScenario();
    s.contactTypes[1].skills.cards = 6;
    expect(errorAt(s, 'contactTypes[1].skills.cards')).toBe('proficiency must be an integer between 1 and 5, got 6');
  });
});

describe('concurrency and counts', () => {
  it.each([
    [0, 'concurrency must be a whole number ≥ 1, got 0'],
    [1.5, 'concurrency must be a whole number ≥ 1, got 1.5'],
    [-2, 'concurrency must be a whole number ≥ 1, got -2'],
    ['two', "concurrency must be a whole number ≥ 1, got 'two'"],
  ])('rejects concurrency %j', (value, message) => {
    const s = validScenario();
    s.agentGroups[1].channels.chat = value;
    expect(errorAt(s, 'agentGroups[1].channels.chat')).toBe(message);
  });

  it('rejects fractional or negative agent counts and waiting-room capacities', () => {
    const s = validScenario();
    s.agentGroups[0].agents = 2.5;
    s.agentGroups[1].agents = { perInterval: [1, -1] };
    s.waitingRoom = { voice: -1 };
    expect(errorAt(s, 'agentGroups[0].agents')).toBe('agents must be a whole number ≥ 0, got 2.5');
    expect(errorAt(s, 'agentGroups[1].agents.perInterval[1]')).toBe('agents must be a whole number ≥ 0, got -1');
    expect(errorAt(s, 'waitingRoom.voice')).toBe('capacity must be a whole number ≥ 0, got -1');
  });
});

describe('arrival rates', () => {
  it('rejects a plain number as ambiguous', () => {
    const s = validScenario();
    s.contactTypes[0].arrivals.rate = 120;
    expect(errorAt(s, 'contactTypes[0].arrivals.rate')).toMatch(/^give the rate with a unit, e\.g\. '120\/h'/);
  });

  it.each(['0/h', '-5/h', '0/s'])('rejects the non-positive rate %s', (rate) => {
    const s = validScenario();
    s.contactTypes[0].arrivals.rate = rate;
    expect(errorAt(s, 'contactTypes[0].arrivals.rate')).toBe(`rate must be positive, got '${rate}'`);
  });

  it('rejects an unknown rate unit', () => {
    const s = validScenario();
    s.contactTypes[0].arrivals.rate = '120/week';
    expect(errorAt(s, 'contactTypes[0].arrivals.rate')).toMatch(/^unknown unit 'week' in rate '120\/week'/);
  });

  it('needs exactly one way of arriving', () => {
    const s = validScenario();
    s.contactTypes[0].arrivals = { rate: '3/h', trace: [1, 2] };
    expect(errorAt(s, 'contactTypes[0].arrivals')).toBe('give exactly one of rate, perInterval or trace, got rate and trace');
  });

  it('rejects per-interval counts that are all zero or negative', () => {
    const s = validScenario();
    s.contactTypes[0].arrivals = { perInterval: [0, 0] };
    s.contactTypes[1].arrivals = { perInterval: [3, -1] };
    expect(errorAt(s, 'contactTypes[0].arrivals.perInterval')).toBe('all counts are 0: no contact would ever arrive');
    expect(errorAt(s, 'contactTypes[1].arrivals.perInterval[1]')).toBe('count must be a non-negative number, got -1');
  });
});

describe('durations in scenarios', () => {
  it('names the field and the accepted units for an unknown unit', () => {
    const s = validScenario();
    s.horizon = '2w';
    s.contactTypes[0].patience.mean = '3mn';
    expect(errorAt(s, 'horizon')).toBe("unknown unit 'w' in duration '2w'; use s, m (or min), h, d, e.g. '30s', '5m', '1h30m'");
    expect(errorAt(s, 'contactTypes[0].patience.mean')).toMatch(/^unknown unit 'mn' in duration '3mn'; use s, m \(or min\), h, d/);
  });

  it('rejects negative and zero durations where they make no sense', () => {
    const s = validScenario();
    s.horizon = 0;
    s.interval = -5;
    s.warmup = -1;
    expect(errorAt(s, 'horizon')).toBe('must be greater than 0 seconds, got 0');
    expect(errorAt(s, 'interval')).toBe('duration must not be negative, got -5');
    expect(errorAt(s, 'warmup')).toBe('duration must not be negative, got -1');
  });

  it('rejects a value that is neither a number nor a string', () => {
    const s = validScenario();
    s.horizon = true;
    expect(errorAt(s, 'horizon')).toMatch(/^must be a duration: seconds, or a string with a unit .* got true$/);
  });

  it('needs the warm-up to end before the horizon', () => {
    const s = validScenario();
    s.warmup = '8h';
    expect(errorAt(s, 'warmup')).toBe('must be shorter than the horizon (8h), got 8h');
  });

  it('accepts numbers as seconds and compound strings', () => {
    const s = validScenario();
    s.horizon = '7h30m';
    s.warmup = 900;
    expect(() => errorAt(s, 'horizon')).toThrow(/expected the scenario to be rejected/);
  });
});

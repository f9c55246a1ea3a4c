import { describe, expect, it } from 'vitest';
import { errorAt, modelOf, validScenario } from './helpers';

describe('per-interval lists and shifts', () => {
  it('rejects an arrivals list longer than its period', () => {
    const s = validScenario();
    s.contactTypes[0].arrivals = { perInterval: new Array(49).fill(10) };
    expect(errorAt(s, 'contactTypes[0].arrivals.perInterval')).toBe(
      'lists 49 intervals of 30m (1d30m), more than the period of 1d (at most 48)',
    );
  });

  it('rejects a staffing list longer than its period', () => {
    const s = validScenario();
    s.agentGroups[0].agents = { perInterval: [1, 2, 3], interval: '1h', period: '2h' };
    expect(errorAt(s, 'agentGroups[0].agents.perInterval')).toBe('lists 3 intervals of 1h (3h), more than the period of 2h (at most 2)');
  });

  it('warns that a short arrivals list means no arrivals for the rest of the period', () => {
    const s = validScenario();
    s.horizon = '1d';
    s.agentGroups[0].agents = 10;
    s.contactTypes[0].arrivals = { perInterval: [10, 20], interval: '4h' };
    const { model, warnings } = modelOf(s);
    expect(model.contactTypes[0]!.arrivals).toEqual({ kind: 'piecewise', intervalLength: 14_400, rates: [10 / 14_400, 20 / 14_400], period: 86_400 });
    expect(warnings).toContainEqual({
      path: 'contactTypes[0].arrivals.perInterval',
      message: 'lists 2 intervals of 4h, covering 8h of each 1d period; no contacts arrive for the rest of the period',
    });
  });

  it('does not warn when the list covers the horizon', () => {
    const s = validScenario();
    s.contactTypes[0].arrivals = { perInterval: [10, 20], interval: '4h' };
    expect(modelOf(s).warnings).toEqual([]);
  });

  it('rejects shifts that end before they start, start outside the period or outlast it', () => {
    const s = validScenario();
    s.agentGroups[0].agents = {
      shifts: [
        { start: '8h', end: '4h', agents: 1 },
        { start: '25h', end: '26h', agents: 1 },
        { start: '1h', end: '27h', agents: 1 },
      ],
    };
    expect(errorAt(s, 'agentGroups[0].agents.shifts[0].end')).toBe('a shift must end after it starts');
    expect(errorAt(s, 'agentGroups[0].agents.shifts[1].start')).toBe('must be within the period (1d), got 1d1h; a shift repeats every period');
    expect(errorAt(s, 'agentGroups[0].agents.shifts[2].end')).toBe('a shift cannot last longer than the period (1d), got 1d2h');
  });

  it('needs exactly one of perInterval or shifts', () => {
    const s = validScenario();
    s.agentGroups[0].agents = { period: '1d' };
    expect(errorAt(s, 'agentGroups[0].agents')).toBe('give exactly one of perInterval or shifts');
  });

  it('warns about trace times after the horizon', () => {
    const s = validScenario();
    s.contactTypes[0].arrivals = { trace: ['1h', '7h', '9h', '10h'] };
    expect(modelOf(s).warnings).toContainEqual({
      path: 'contactTypes[0].arrivals.trace',
      message: '2 of 4 arrival times are at or after the horizon (8h) and are ignored',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { errorsOf, lines, validScenario } from './helpers';

describe('cross-field checks still run on the readable parts of an element with a field-level error', () => {
  it('reports every shift problem of a group, whatever kind each is', () => {
    const s = validScenario();
    s.horizon = '1d';
    s.agentGroups[0].agents = {
      shifts: [
        { start: '16h', end: '8h', agents: 5 },
        { start: '30h', end: '40h', agents: -2 },
      ],
    };
    expect(lines(errorsOf(s))).toEqual([
      'agentGroups[0].agents.shifts[0].end: a shift must end after it starts',
      'agentGroups[0].agents.shifts[1].start: must be within the period (1d), got 1d6h; a shift repeats every period',
      'agentGroups[0].agents.shifts[1].agents: agents must be a whole number ≥ 0, got -2',
    ]);
  });

  it('checks shifts against a period given next to them, and skips shifts whose times cannot be read', () => {
    const s = validScenario();
    s.agentGroups[0].agents = {
      period: '12h',
      shifts: [
        { start: '13h', end: '14h', agents: 1 },
        { start: 'noon', end: '14h', agents: 1 },
      ],
    };
    s.agentGroups[0].skills = { billing: 7 };
    const found = lines(errorsOf(s));
    expect(found).toContain('agentGroups[0].agents.shifts[0].start: must be within the period (12h), got 13h; a shift repeats every period');
    expect(found.filter((line) => line.startsWith('agentGroups[0].agents.shifts[1]'))).toHaveLength(1); // only its unreadable start
    expect(found.some((line) => line.startsWith('agentGroups[0].skills.billing'))).toBe(true);
  });

  it('checks a per-interval schedule that is too long even when a count is bad', () => {
    const s = validScenario();
    s.agentGroups[1].agents = { perInterval: [-1, ...Array(48).fill(2)], interval: '30m' };
    const found = lines(errorsOf(s));
    expect(found).toContain('agentGroups[1].agents.perInterval[0]: agents must be a whole number ≥ 0, got -1');
    expect(found).toContain('agentGroups[1].agents.perInterval: lists 49 intervals of 30m (1d30m), more than the period of 1d (at most 48)');
  });

  it('checks the shares of a contact type whose handle time is wrong', () => {
    const s = validScenario();
    s.segments = [
      { name: 'gold', share: 0.5 },
      { name: 'silver', share: 0.5 },
    ];
    s.contactTypes[0].segments = { gold: 0.6, silver: 0.5 };
    s.contactTypes[0].handleTime = { kind: 'exponential', mean: '-3m' };
    const paths = errorsOf(s).map((e) => e.path);
    expect(paths).toContain('contactTypes[0].segments');
    expect(paths).toContain('contactTypes[0].handleTime.mean');
  });
});

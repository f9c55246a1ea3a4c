import { describe, expect, it } from 'vitest';
import { errorAt, errorsOf, lines, modelOf, validScenario } from './helpers';

/** {@link validScenario} with tier1 on an 8-hour shift with a lunch break, shrinkage and absenteeism. */
function workforceScenario(): Record<string, any> {
  const s = validScenario();
  s.agentGroups[0].agents = { shifts: [{ start: '8h', end: '16h', agents: 10, breaks: [{ length: '30m', within: ['3h', '5h'] }] }] };
  s.agentGroups[0].shrinkage = 0.3;
  s.agentGroups[0].absenteeism = 0.05;
  return s;
}

const BREAK = 'agentGroups[0].agents.shifts[0].breaks[0]';

describe('workforce scenario fields', () => {
  it('resolve into the model: breaks on the shift, shrinkage and absenteeism on the group', () => {
    const { model } = modelOf(workforceScenario());
    const g = model.agentGroups[0]!;
    expect(g.workforce).toEqual({ shrinkage: [0.3], shrinkageInterval: 1800, absenteeism: 0.05 });
    expect(g.staffing).toEqual({
      kind: 'shifts',
      period: 86_400,
      shifts: [{ start: 28_800, end: 57_600, agents: 10, breaks: [{ length: 1800, from: 10_800, to: 18_000 }] }],
    });
    // A group without them gets no workforce field at all.
    expect('workforce' in model.agentGroups[1]!).toBe(false);
  });

  it.each([1, -0.1, 1.5])('rejects shrinkage %s outside [0, 1)', (value) => {
    const s = workforceScenario();
    s.agentGroups[0].shrinkage = value;
    expect(errorAt(s, 'agentGroups[0].shrinkage')).toBe(`shrinkage must be a number in [0, 1), got ${value}`);
  });

  it('rejects a shrinkage share in a list, naming its index', () => {
    const s = workforceScenario();
    s.agentGroups[0].shrinkage = [...Array.from({ length: 47 }, () => 0.3), 1];
    expect(errorAt(s, 'agentGroups[0].shrinkage[47]')).toBe('shrinkage must be a number in [0, 1), got 1');
  });

  it('asks for one shrinkage share per interval of the day', () => {
    const s = workforceScenario();
    s.agentGroups[0].shrinkage = [0.3, 0.2, 0.1];
    expect(errorAt(s, 'agentGroups[0].shrinkage')).toBe('lists 3 shares; give one share, or one per interval of the day: 48 intervals of 30m');
  });

  it.each([1.01, -0.5])('rejects absenteeism %s outside [0, 1]', (value) => {
    const s = workforceScenario();
    s.agentGroups[0].absenteeism = value;
    expect(errorAt(s, 'agentGroups[0].absenteeism')).toBe(`absenteeism must be a number between 0 and 1, got ${value}`);
  });

  it('rejects a break longer than its shift', () => {
    const s = workforceScenario();
    s.agentGroups[0].agents.shifts[0].breaks[0].length = '9h';
    expect(errorAt(s, `${BREAK}.length`)).toBe('a break of 9h is longer than its shift (8h)');
  });

  it('rejects a window that ends after the shift', () => {
    const s = workforceScenario();
    s.agentGroups[0].agents.shifts[0].breaks[0].within = ['7h', '9h'];
    expect(errorAt(s, `${BREAK}.within`)).toBe("the window ends 9h after the shift start, past the shift's end (8h after its start)");
  });

  it('rejects a window shorter than the break, or reversed', () => {
    const s = workforceScenario();
    s.agentGroups[0].agents.shifts[0].breaks[0].within = ['3h', '3h15m'];
    expect(errorAt(s, `${BREAK}.within`)).toBe('the window [3h, 3h15m] is shorter than the break (30m)');
    s.agentGroups[0].agents.shifts[0].breaks[0].within = ['5h', '3h'];
    expect(errorAt(s, `${BREAK}.within`)).toBe('the window [5h, 3h] must end after it starts');
  });

  it('rejects breaks that add up to more than the shift', () => {
    const s = workforceScenario();
    s.agentGroups[0].agents.shifts[0] = {
      start: 0,
      end: '1h',
      agents: 2,
      breaks: [
        { length: '40m', within: [0, '1h'] },
        { length: '40m', within: [0, '1h'] },
      ],
    };
    expect(errorAt(s, 'agentGroups[0].agents.shifts[0].breaks')).toBe('the breaks add up to 1h20m, longer than the shift (1h)');
  });

  it('rejects a malformed break with located field errors', () => {
    const s = workforceScenario();
    s.agentGroups[0].agents.shifts[0].breaks[0] = { length: 0, within: '3h', lenght: '5m' };
    expect(lines(errorsOf(s))).toEqual([
      `${BREAK}.length: must be greater than 0 seconds, got 0`,
      `${BREAK}.within: within must be [from, to], two durations from the shift start, got '3h'`,
      `${BREAK}.lenght: unknown field; did you mean 'length'?`,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseScenarioText } from 'routelab';
import { problemsOf } from '../../playground/problems';

const VALID = [
  'name: tiny', //                       1
  'skills: [calls]', //                  2
  'contactTypes:', //                    3
  '  - name: calls', //                  4
  '    skills: { calls: 1 }', //         5
  '    handleTime: { kind: exponential, mean: 4m }', // 6
  '    arrivals: { rate: 60/h }', //     7
  'agentGroups:', //                     8
  '  - name: front', //                  9
  '    skills: { calls: 1 }', //         10
  '    agents: 3', //                    11
  '',
].join('\n');

/** The problems the playground lists for a text. */
function problemsFor(text: string) {
  try {
    parseScenarioText(text);
  } catch (error) {
    return problemsOf(error, text);
  }
  return [];
}

describe('problemsOf', () => {
  it('lists nothing for a valid text', () => {
    expect(problemsFor(VALID)).toEqual([]);
  });

  it('places each scenario problem at the line of its field', () => {
    const text = VALID.replace('agents: 3', 'agents: -2').replace('mean: 4m', 'mean: -4m');
    const problems = problemsFor(text);
    expect(problems.map((p) => [p.path, p.line])).toEqual(
      expect.arrayContaining([
        ['agentGroups[0].agents', 11],
        ['contactTypes[0].handleTime.mean', 6],
      ]),
    );
    expect(problems.find((p) => p.path === 'agentGroups[0].agents')?.message).toMatch(/-2/);
  });

  it('places a YAML syntax error at the line the parser names', () => {
    // `a: b: c` on one line: the yaml parser stops at that line.
    const problems = problemsFor(VALID.replace('name: front', 'name: front: desk'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('');
    expect(problems[0]?.message).toMatch(/not valid YAML/);
    expect(problems[0]?.line).toBe(9);
  });

  it('gives an error that is not about the text as one message without a line', () => {
    expect(problemsOf(new RangeError('replications must be a whole number from 1 to 1000, got 0'), undefined)).toEqual([
      { path: '', message: 'replications must be a whole number from 1 to 1000, got 0' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { JourneyIssues, IssueMarkInt, IssueMarkReal, IssueState } from '../../src/metrics/journey-issues';

describe('JourneyIssues', () => {
  it('opens records counted or not, growing to the slot, and keeps the rest', () => {
    const issues = new JourneyIssues(2);
    issues.open(1, true, Infinity);
    issues.ints[1 * IssueMarkInt.stride + IssueMarkInt.set] = 9;
    issues.open(300, false, 42);
    const state = (i: number) => issues.ints[i * IssueMarkInt.stride + IssueMarkInt.state];
    expect([state(0), state(1), state(300)]).toEqual([IssueState.notCounted, IssueState.counted, IssueState.notCounted]);
    expect(issues.ints[1 * IssueMarkInt.stride + IssueMarkInt.set]).toBe(9);
    expect(issues.reals[1 * IssueMarkReal.stride + IssueMarkReal.firstEnd]).toBe(Infinity);
    expect(issues.reals[300 * IssueMarkReal.stride + IssueMarkReal.firstEnd]).toBe(42);
    expect(issues.reals.length).toBeGreaterThanOrEqual(301 * IssueMarkReal.stride);
  });

  it('holds a record for each of its slots before growing', () => {
    const issues = new JourneyIssues(3);
    for (const i of [0, 1, 2]) issues.open(i, i !== 1, 10 + i);
    expect([0, 1, 2].map((i) => issues.ints[i * IssueMarkInt.stride + IssueMarkInt.state])).toEqual([IssueState.counted, IssueState.notCounted, IssueState.counted]);
    expect([0, 1, 2].map((i) => issues.reals[i * IssueMarkReal.stride + IssueMarkReal.firstEnd])).toEqual([10, 11, 12]);
  });

  it('grows to hold the slot just past its records, and one at twice their number', () => {
    for (const issue of [2, 4]) {
      const issues = new JourneyIssues(2);
      issues.open(issue, true, 7);
      expect(issues.ints[issue * IssueMarkInt.stride + IssueMarkInt.state]).toBe(IssueState.counted);
      expect(issues.reals[issue * IssueMarkReal.stride + IssueMarkReal.firstEnd]).toBe(7);
    }
  });
});

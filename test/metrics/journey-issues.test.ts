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
});

import { describe, expect, it } from 'vitest';
import type { CandidateEvaluation } from '../../src/optimize/evaluation';
import { targetReports } from '../../src/optimize/result';
import type { ResolvedTarget } from '../../src/optimize/targets';

describe('targetReports()', () => {
  const names = { types: ['calls', 'chats'], groups: ['front', 'back'] };
  const target = (metric: string, type: number, group: number, scope: 'interval' | 'day', value: number, sense: 1 | -1, within = 0) => ({ metric, type, group, value, within, scope, sense, label: metric, index: 0 }) as ResolvedTarget;
  const targets = [target('service-level', 1, -1, 'interval', 0.8, 1, 20), target('occupancy', -1, 1, 'day', 0.85, -1), target('asa', -1, -1, 'day', 30, -1), target('occupancy', -1, -1, 'day', 0.9, -1), target('occupancy', -1, 0, 'interval', 0.7, -1)];
  const places = [{ target: 0, interval: 0 }, { target: 0, interval: 3 }, { target: 1, interval: -1 }, { target: 2, interval: -1 }, { target: 3, interval: -1 }, { target: 4, interval: 1 }];
  const evaluation = {
    staffing: [],
    rows: [],
    estimates: [
      { mean: 0.82, halfWidth: 0.04, bound: 0.787, n: 10 }, // met by the mean, not with confidence
      { mean: 0.7, halfWidth: 0.05, bound: 0.66, n: 10 }, // missed
      { mean: 0.8, halfWidth: 0.02, bound: 0.816, n: 10 }, // at most 0.85: met both ways
      { mean: null, halfWidth: null, bound: null, n: 0 }, // no value: met
      { mean: 0.9, halfWidth: null, bound: null, n: 1 }, // exactly on the target
      { mean: 0.75, halfWidth: 0.1, bound: 0.8, n: 5 }, // above "at most 0.7"
    ],
  } as CandidateEvaluation;

  it('names the type or group, the interval and its start, the threshold; met under the criterion and with confidence', () => {
    // Strict: a report has no contactType, agentGroup, interval or within key where none applies.
    expect(targetReports(targets, places, evaluation, names, 1800, 'mean')).toStrictEqual([
      { metric: 'service-level', contactType: 'chats', scope: 'interval', interval: 0, start: 0, target: 0.8, within: 20, estimate: 0.82, halfWidth: 0.04, bound: 0.787, met: true, confident: false },
      { metric: 'service-level', contactType: 'chats', scope: 'interval', interval: 3, start: 5400, target: 0.8, within: 20, estimate: 0.7, halfWidth: 0.05, bound: 0.66, met: false, confident: false },
      { metric: 'occupancy', agentGroup: 'back', scope: 'day', target: 0.85, estimate: 0.8, halfWidth: 0.02, bound: 0.816, met: true, confident: true },
      { metric: 'asa', scope: 'day', target: 30, estimate: null, halfWidth: null, bound: null, met: true, confident: true },
      { metric: 'occupancy', scope: 'day', target: 0.9, estimate: 0.9, halfWidth: null, bound: null, met: true, confident: true },
      { metric: 'occupancy', agentGroup: 'front', scope: 'interval', interval: 1, start: 1800, target: 0.7, estimate: 0.75, halfWidth: 0.1, bound: 0.8, met: false, confident: false },
    ]);
    expect(targetReports(targets, places, evaluation, names, 1800, 'confidence')[0]!.met).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { intervalSummaries } from '../../src/experiment/intervals';
import { runExperiment } from '../../src/experiment/replications';
import { summarizeValues } from '../../src/experiment/summary';
import { helpDesk } from './scenarios';

describe('intervalSummaries()', () => {
  it('gives the intraday picture: each interval metric with its CI across replications', async () => {
    const e = await runExperiment(helpDesk(2), { replications: 4, seed: 8, threads: 1 });
    const intervals = intervalSummaries(e);
    expect(intervals.map((i) => [i.index, i.start])).toEqual([[0, 0], [1, 1800], [2, 3600], [3, 5400]]);
    const sl = e.metrics.indexOf('intervals.2.serviceLevel');
    expect(intervals[2]!.metrics['serviceLevel']).toEqual(summarizeValues(e.replications.map((r) => r.values[sl]!)));
    expect(Object.keys(intervals[0]!.metrics).sort()).toEqual(
      ['abandonmentRate', 'abandoned', 'agentsOnDuty', 'answered', 'asa', 'occupancy', 'offered', 'serviceLevel'].sort(),
    );
    expect(intervals[0]!.metrics['agentsOnDuty']).toMatchObject({ mean: 11, sd: 0 });
  });
});

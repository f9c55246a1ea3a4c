import { beforeAll, describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/experiment/replications';
import { runSequential, type PrecisionTarget, type SequentialResult } from '../../src/experiment/sequential';
import { summarizeValues } from '../../src/experiment/summary';
import { helpDesk } from './scenarios';

const column = (e: SequentialResult, path: string) => {
  const j = e.metrics.indexOf(path);
  return e.replications.map((r) => r.values[j]!);
};

describe('runSequential()', () => {
  const options = {
    seed: 17,
    threads: 1,
    initialReplications: 4,
    batchSize: 3,
    targets: [{ metric: 'overall.serviceLevel', halfWidth: 0.04 }, { metric: 'byContactType.billing.asa', relativeHalfWidth: 0.25 }] satisfies PrecisionTarget[],
  };
  let result: SequentialResult;
  beforeAll(async () => {
    result = await runSequential(helpDesk(1), options);
  });

  it('stops at the first round where every target is met', () => {
    const { sequential, to } = result;
    expect(sequential.stoppedBy).toBe('targets');
    expect(sequential.rounds).toBeGreaterThan(1);
    expect(to).toBe(4 + 3 * (sequential.rounds - 1));
    for (const t of sequential.targets) expect(t.met, t.metric).toBe(true);
    const sl = result.summary['overall.serviceLevel']!;
    expect(sl.halfWidth!).toBeLessThanOrEqual(0.04);
    const asa = result.summary['byContactType.billing.asa']!;
    expect(asa.halfWidth!).toBeLessThanOrEqual(0.25 * Math.abs(asa.mean!));
    expect(sequential.targets[0]).toMatchObject({ metric: 'overall.serviceLevel', achievedHalfWidth: sl.halfWidth, mean: sl.mean });
    // One round earlier, some target was not met yet.
    const before = to - 3;
    const slBefore = summarizeValues(column(result, 'overall.serviceLevel').slice(0, before));
    const asaBefore = summarizeValues(column(result, 'byContactType.billing.asa').slice(0, before));
    expect(slBefore.halfWidth! > 0.04 || asaBefore.halfWidth! > 0.25 * Math.abs(asaBefore.mean!)).toBe(true);
  });

  it('is deterministic and equals a plain experiment of as many replications', async () => {
    const again = await runSequential(helpDesk(1), options);
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
    const { sequential: _s, ...plain } = result;
    expect(plain).toEqual(await runExperiment(helpDesk(1), { seed: 17, threads: 1, replications: result.to }));
  });

  it('stops at the cap when a target cannot be reached', async () => {
    const capped = await runSequential(helpDesk(1), {
      ...options,
      targets: [{ metric: 'overall.asa', halfWidth: 1e-9 }],
      maxReplications: 9,
    });
    expect(capped.to).toBe(9); // 4, 7, then 9: the last round is cut to the cap
    expect(capped.sequential).toMatchObject({ stoppedBy: 'cap', rounds: 3 });
    expect(capped.sequential.targets[0]!.met).toBe(false);
  });

  it('names an unknown metric and suggests the right one', async () => {
    // A typo does not compile (MetricKey); from JavaScript or JSON it is caught at run time.
    // @ts-expect-error a misspelt metric key
    await expect(runSequential(helpDesk(1), { ...options, targets: [{ metric: 'overall.servicelevel', halfWidth: 0.1 }] })).rejects.toThrow(
      "targets: unknown metric 'overall.servicelevel'; did you mean 'overall.serviceLevel'?",
    );
  });

  it('checks its options', async () => {
    await expect(runSequential(helpDesk(1), { targets: [] })).rejects.toThrow(/at least one precision target/);
    await expect(runSequential(helpDesk(1), { targets: [{ metric: 'overall.asa' }] })).rejects.toThrow(/give halfWidth, relativeHalfWidth or both/);
    await expect(runSequential(helpDesk(1), { targets: [{ metric: 'overall.asa', halfWidth: -1 }] })).rejects.toThrow(/halfWidth \(overall.asa\): must be a positive finite number, got -1/);
    await expect(runSequential(helpDesk(1), { ...options, initialReplications: 1 })).rejects.toThrow(/initialReplications must be an integer >= 2, got 1/);
    await expect(runSequential(helpDesk(1), { ...options, maxReplications: 3 })).rejects.toThrow(/maxReplications must be an integer >= 4, got 3/);
  });
});

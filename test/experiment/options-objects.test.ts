import { describe, expect, it } from 'vitest';
import { runBatchMeans } from '../../src/experiment/batch-means';
import { compareVariants, policyVariants, type CompareOptions } from '../../src/experiment/compare';
import { runExperiment, type ExperimentOptions } from '../../src/experiment/replications';
import { runSequential } from '../../src/experiment/sequential';
import { runShard } from '../../src/experiment/shards';
import { helpDesk } from './scenarios';

const bad = <T>(options: unknown) => options as T;
const variants = () => policyVariants(helpDesk(1), ['longest-idle-agent', 'best-skill']);

describe('experiment options objects', () => {
  it('runExperiment: options must be an object', async () => {
    await expect(runExperiment(helpDesk(1), bad<ExperimentOptions>(null))).rejects.toThrow(
      new TypeError('runExperiment: options must be an object, got null'),
    );
    await expect(runExperiment(helpDesk(1), bad<ExperimentOptions>('fast'))).rejects.toThrow(TypeError);
  });

  it('runExperiment: rejects options it does not take, with a suggestion', async () => {
    await expect(runExperiment(helpDesk(1), bad<ExperimentOptions>({ replicatons: 3 }))).rejects.toThrow(
      new RangeError("runExperiment: unknown option 'replicatons'; did you mean 'replications'?"),
    );
    await expect(runExperiment(helpDesk(1), bad<ExperimentOptions>({ observers: [] }))).rejects.toThrow(
      "runExperiment: unknown option 'observers'; known: level, metrics, onProgress, policies, policyModule, replications, runner, seed, threads, workerFile",
    );
  });

  it('runExperiment: values of the wrong type are TypeErrors that quote strings', async () => {
    await expect(runExperiment(helpDesk(1), bad<ExperimentOptions>({ replications: '2' }))).rejects.toThrow(
      new TypeError("replications must be an integer >= 1, got '2'"),
    );
    await expect(runExperiment(helpDesk(1), bad<ExperimentOptions>({ level: '0.9' }))).rejects.toThrow(
      new TypeError("level must be a number in (0, 1), got '0.9'"),
    );
    await expect(runExperiment(helpDesk(1), bad<ExperimentOptions>({ policies: {}, threads: 1 }))).rejects.toThrow(
      /^policies must be a PolicyRegistry .*got an object$/,
    );
    await expect(runExperiment(helpDesk(1), bad<ExperimentOptions>({ onProgress: 'bar' }))).rejects.toThrow(
      "onProgress must be a function (finished, total) => void, got 'bar'",
    );
    await expect(runExperiment(helpDesk(1), bad<ExperimentOptions>({ metrics: 7 }))).rejects.toThrow('metrics must be an object, got 7');
  });

  it('compareVariants: options must be an object with known keys', async () => {
    await expect(compareVariants(variants(), bad<CompareOptions>(null))).rejects.toThrow(
      new TypeError('compareVariants: options must be an object, got null'),
    );
    await expect(compareVariants(variants(), bad<CompareOptions>({ modes: 'independent' }))).rejects.toThrow(
      new RangeError("compareVariants: unknown option 'modes'; did you mean 'mode'?"),
    );
    await expect(compareVariants(variants(), bad<CompareOptions>({ mode: 'paired' }))).rejects.toThrow(
      "mode must be 'common' or 'independent', got 'paired'",
    );
    await expect(compareVariants(variants(), bad<CompareOptions>({ replications: '3' }))).rejects.toThrow(TypeError);
  });

  it('runShard, runSequential and runBatchMeans check their options the same way', async () => {
    await expect(runShard(helpDesk(1), bad({ from: 0, to: 2, replications: 2 }))).rejects.toThrow(
      "runShard: unknown option 'replications'",
    );
    await expect(runShard(helpDesk(1), bad(undefined))).rejects.toThrow(TypeError);
    await expect(runSequential(helpDesk(1), bad({ targets: [{ metric: 'overall.asa', halfWidth: 1 }], batchsize: 5 }))).rejects.toThrow(
      "runSequential: unknown option 'batchsize'; did you mean 'batchSize'?",
    );
    await expect(runBatchMeans(helpDesk(1), bad({ replications: 2 }))).rejects.toThrow("runBatchMeans: unknown option 'replications'; did you mean 'replication'?");
    await expect(runBatchMeans(helpDesk(1), bad({ replication: '0' }))).rejects.toThrow(new TypeError("replication must be an integer >= 0, got '0'"));
  });

  it('still runs with good options', async () => {
    const experiment = await runExperiment(helpDesk(1), { replications: 2, seed: 5, threads: 1 });
    expect(experiment.replications).toHaveLength(2);
  });
});

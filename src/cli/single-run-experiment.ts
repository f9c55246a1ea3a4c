import { MetricTable } from '../experiment/metric-table';
import type { ExperimentResult } from '../experiment/result-format';
import { mergeShards } from '../experiment/shards';
import { addResults, prepareStudy, shardOf } from '../experiment/study';
import type { SimulationResult } from '../run/simulate';
import type { ScenarioInput } from '../scenario/schema';

/**
 * The experiment of one replication made of a run that has already been done (replication 0 of
 * `seed`): exactly what `runExperiment(scenario, { seed, replications: 1 })` returns, without
 * simulating the day again. `run --report` with one replication prints the run's own tables and
 * builds the HTML report from this.
 */
export async function experimentOfRun(scenario: ScenarioInput, seed: number, result: SimulationResult): Promise<ExperimentResult> {
  if (result.replication !== 0) throw new RangeError(`experimentOfRun: expected replication 0, got ${result.replication}`);
  const study = await prepareStudy(scenario, {});
  const table = new MetricTable();
  addResults(table, 0, [result]);
  return mergeShards([shardOf(study, seed, 0, table)]);
}

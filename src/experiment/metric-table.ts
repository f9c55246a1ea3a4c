import type { ReplicationRecord } from './result-format';

/**
 * Builds the replication table of a shard or experiment: rows of metric values, one per
 * replication, aligned on the union of the metric paths in order of first appearance. A metric a
 * replication lacks (e.g. a channel nobody used that day) is `null` in that row.
 *
 * Adding the same rows in the same order always gives the same table, whether they come from
 * runs or from shards, which is what makes merged shards equal to one big run.
 */
export class MetricTable {
  private readonly columns = new Map<string, number>();
  private readonly paths: string[] = [];
  private readonly rows: { replication: number; values: (number | null)[] }[] = [];

  /** Adds one replication's values, `values[i]` being the metric `paths[i]`. */
  add(replication: number, paths: readonly string[], values: readonly (number | null)[]): this {
    const row: (number | null)[] = new Array<number | null>(this.paths.length).fill(null);
    for (let i = 0; i < paths.length; i++) {
      const path = paths[i]!;
      let column = this.columns.get(path);
      if (column === undefined) {
        column = this.paths.length;
        this.columns.set(path, column);
        this.paths.push(path);
      }
      row[column] = values[i] ?? null;
    }
    this.rows.push({ replication, values: row });
    return this;
  }

  /** Column of one metric: its value in each row so far (`undefined` if no row has it yet). */
  column(path: string): (number | null)[] | undefined {
    const j = this.columns.get(path);
    return j === undefined ? undefined : this.rows.map((row) => row.values[j] ?? null);
  }

  /** The metric paths seen so far. */
  get metrics(): readonly string[] {
    return this.paths;
  }

  /** Number of rows added so far. */
  get size(): number {
    return this.rows.length;
  }

  /** The metric paths and the rows, each padded to the final number of columns. */
  build(): { metrics: string[]; replications: ReplicationRecord[] } {
    const width = this.paths.length;
    const replications = this.rows.map(({ replication, values }) => {
      const padded = values.slice();
      while (padded.length < width) padded.push(null);
      return { replication, values: padded };
    });
    return { metrics: this.paths.slice(), replications };
  }
}

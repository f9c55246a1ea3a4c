import type { SimulationResult } from '../run/simulate';

/**
 * Metric keys as a type: every path `flattenMetrics` can produce for a run's result (see
 * `metric-paths.ts`), derived from the result types themselves, so that a new metric gets its key
 * without anyone listing it, and a typo (`'overall.servicelevel'`) is a compile error rather than
 * an `undefined` at run time. Names of contact types, groups, sites, ... are `string`s and
 * interval numbers `number`s inside the key: `` `byContactType.${string}.asa` ``,
 * `` `intervals.${number}.serviceLevel` ``.
 *
 * @module
 */

/** Fields of a result that identify the run rather than measure it (not metrics). */
type IdentityField = 'scenario' | 'policy' | 'seed' | 'replication';

/** A named list element's segment: `.name`, or `["a.name"]` for a name with a dot or bracket. */
type NameSegment = `.${string}` | `[${string}]`;

/**
 * The metric paths under a value of type `T`, each starting with `.` or `[` (`''` for a numeric
 * leaf), at most `D` levels deep.
 */
type PathsOf<T, D extends readonly unknown[] = []> = D['length'] extends 7
  ? never
  : [T] extends [number | null | undefined]
    ? ''
    : T extends readonly (infer E)[]
      ? E extends { readonly name: string; readonly value: number }
        ? NameSegment
        : E extends { readonly name: string }
          ? `${NameSegment}${PathsOf<Omit<E, 'name'>, [...D, 0]>}`
          : `.${number}${PathsOf<E, [...D, 0]>}`
      : T extends object
        ? { [K in keyof T & string]-?: K extends IdentityField ? never : `.${K}${PathsOf<NonNullable<T[K]>, [...D, 0]>}` }[keyof T & string]
        : never;

/** Drops the leading dot of a path built by `PathsOf`. */
type Unrooted<P> = P extends `.${infer Q}` ? Q : never;

/**
 * A metric key: the dotted path of one number of a run's result, as used in
 * `ExperimentResult.summary`, paired differences, precision targets and tuning objectives
 * (`'overall.serviceLevel'`, `'byContactType.calls.asa'`, `'intervals.3.occupancy'`).
 */
export type MetricKey = Unrooted<PathsOf<SimulationResult>>;

/** The name of a per-interval metric (`'asa'`, `'serviceLevel'`, `'occupancy'`, ...), as in `intervals.3.asa`. */
export type IntervalMetricKey = Unrooted<PathsOf<SimulationResult['intervals'][number]>>;

/**
 * Values keyed by metric key: the type of `ExperimentResult.summary`, of the paired differences'
 * `summary` and of `ratioOfMeans`. Indexing it with a literal key is checked
 * (`summary['overall.serviceLevel']` compiles, `summary['overall.servicelevel']` does not) and gives
 * `V | undefined`, since a metric a scenario does not produce (a group it does not have, costs it
 * does not give) is absent. For a key computed at run time use {@link metricAt}.
 */
export type MetricRecord<V> = { readonly [K in MetricKey]?: V };

/**
 * The value of `record` at a metric path known only at run time (a `string`, e.g. one of
 * `ExperimentResult.metrics`), or `undefined` when the metric (or the record itself) is missing. Never reads an
 * inherited property (`metricAt(summary, 'constructor')` is `undefined`).
 *
 * @example
 * ```ts fragment
 * for (const path of experiment.metrics) console.log(path, metricAt(experiment.summary, path)?.mean);
 * ```
 */
export function metricAt<V>(record: MetricRecord<V> | undefined, path: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, path) ? (record as Readonly<Record<string, V>>)[path] : undefined;
}

import { EXPERIMENT_FORMAT, FORMAT_VERSION, SHARD_FORMAT, type ExperimentResult, type ShardResult } from './result-format';

/**
 * Checks that a value read from a shard file (or an experiment file) is well formed, with
 * messages that name the shard and the field.
 *
 * @module
 */

/** A shard or an experiment: both carry replications that can be merged. */
export type Mergeable = ShardResult | ExperimentResult;

/** `shard 2 [5, 8)`: how messages name a shard. */
export function shardLabel(index: number, shard: { from: unknown; to: unknown }): string {
  return `shard ${index} [${String(shard.from)}, ${String(shard.to)})`;
}

/**
 * Validates one shard's structure.
 *
 * @param index - position in the list given to `mergeShards`, for messages
 * @throws TypeError / RangeError naming the shard and what is wrong
 */
export function checkShard(value: unknown, index: number): asserts value is Mergeable {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`shard ${index}: expected a shard object, got ${Array.isArray(value) ? 'an array' : String(value)}`);
  }
  const s = value as Record<string, unknown>;
  const where = `shard ${index}`;
  if (s['format'] !== SHARD_FORMAT && s['format'] !== EXPERIMENT_FORMAT) {
    throw new TypeError(`${where}: format must be '${SHARD_FORMAT}' or '${EXPERIMENT_FORMAT}', got ${JSON.stringify(s['format'])}`);
  }
  if (s['version'] !== FORMAT_VERSION) {
    throw new RangeError(`${where}: unsupported ${String(s['format'])} version ${JSON.stringify(s['version'])} (this routelab reads version ${FORMAT_VERSION})`);
  }
  const from = s['from'];
  const to = s['to'];
  if (!isInteger(from) || from < 0) throw new RangeError(`${where}: from must be a non-negative integer, got ${String(from)}`);
  if (!isInteger(to) || to < from) throw new RangeError(`${where}: to must be an integer >= from (${from}), got ${String(to)}`);
  const label = shardLabel(index, s as { from: number; to: number });
  const seed = s['seed'];
  if (!(typeof seed === 'number' ? Number.isInteger(seed) : typeof seed === 'string' && seed.length > 0)) {
    throw new TypeError(`${label}: seed must be an integer or a non-empty string, got ${JSON.stringify(seed)}`);
  }
  for (const field of ['scenario', 'policy'] as const) {
    if (typeof s[field] !== 'string') throw new TypeError(`${label}: ${field} must be a string, got ${JSON.stringify(s[field])}`);
  }
  if (s['scenarioHash'] !== undefined && typeof s['scenarioHash'] !== 'string') {
    throw new TypeError(`${label}: scenarioHash must be a string when present, got ${JSON.stringify(s['scenarioHash'])}`);
  }
  const metrics = s['metrics'];
  if (!Array.isArray(metrics) || metrics.some((m) => typeof m !== 'string')) throw new TypeError(`${label}: metrics must be an array of metric paths`);
  if (new Set(metrics).size !== metrics.length) throw new RangeError(`${label}: metrics lists a path twice`);
  const records = s['replications'];
  if (!Array.isArray(records)) throw new TypeError(`${label}: replications must be an array`);
  if (records.length !== to - from) {
    throw new RangeError(`${label}: holds ${records.length} replications, expected to - from = ${to - from}`);
  }
  records.forEach((record: unknown, i) => checkRecord(record, from + i, metrics.length, label));
}

function checkRecord(record: unknown, expected: number, width: number, label: string): void {
  const r = record as { replication?: unknown; values?: unknown } | null;
  if (typeof r !== 'object' || r === null) throw new TypeError(`${label}: the record of replication ${expected} must be an object`);
  if (r.replication !== expected) {
    throw new RangeError(`${label}: replication records must run from 'from' to 'to' - 1 in order; expected ${expected}, got ${String(r.replication)}`);
  }
  const values = r.values;
  if (!Array.isArray(values) || values.length !== width) {
    throw new RangeError(`${label}: replication ${expected} must have ${width} values (one per metric), got ${Array.isArray(values) ? values.length : typeof values}`);
  }
  for (let j = 0; j < width; j++) {
    const v: unknown = values[j];
    if (v !== null && !isFiniteNumber(v)) {
      throw new TypeError(`${label}: replication ${expected} value ${j} must be a finite number or null, got ${JSON.stringify(v)}`);
    }
  }
}

/** `Number.isInteger` as a type guard: false for anything that is not a number, so no `typeof` check is needed. */
function isInteger(x: unknown): x is number {
  return Number.isInteger(x);
}

/** `Number.isFinite` as a type guard: false for anything that is not a number. */
function isFiniteNumber(x: unknown): x is number {
  return Number.isFinite(x);
}

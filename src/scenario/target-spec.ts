import { parseDuration } from './units';

/**
 * Staffing targets as written (`'service-level calls 80% 20s'` or an object): the metrics, the
 * text form and its reader. Used by the scenario's `optimize` block and by the optimizer, which
 * checks them against a resolved model (`src/optimize/targets.ts`).
 *
 * @module
 */

/** The metrics a staffing target can bound. */
export const TARGET_METRICS = ['service-level', 'abandonment', 'asa', 'fcr', 'occupancy'] as const;

/** A metric a staffing target bounds (see {@link TARGET_METRICS}). */
export type TargetMetric = (typeof TARGET_METRICS)[number];

/** Where a target must hold: in every interval (with contacts), or over the whole day. */
export type TargetScope = 'interval' | 'day';

/**
 * One target of {@link optimizeStaffing}. Service level and FCR are lower bounds (at least),
 * abandonment, ASA and occupancy upper bounds (at most).
 */
export interface StaffingTarget {
  /** The metric. */
  readonly metric: TargetMetric;
  /** `service-level`, `abandonment`, `asa`, `fcr`: the contact type; all contacts together when left out. */
  readonly contactType?: string;
  /** `occupancy`: the agent group; all agents together when left out. */
  readonly agentGroup?: string;
  /** The bound: a fraction in (0, 1] for service level, abandonment, FCR and occupancy; seconds for ASA. */
  readonly value: number;
  /** `service-level`: the answer-time threshold in seconds. @default the contact type's `serviceLevel.within` */
  readonly within?: number;
  /**
   * @default 'interval' (`'day'` for `fcr`; an `fcr` target with scope `'interval'` holds for the
   * issues whose first contact arrived in each interval)
   */
  readonly scope?: TargetScope;
}

/**
 * Reads a target written as text, as the CLI's `--target` takes it:
 * `service-level calls 80% 20s`, `service-level calls 80% 20s day`, `abandonment calls 5%`,
 * `asa calls 30s`, `fcr calls 70%`, `occupancy agents 85%`. The name may be `*` for all contacts
 * (or all agents); a trailing `interval` or `day` sets the scope.
 *
 * @throws RangeError naming the part that cannot be read
 */
export function parseTargetSpec(text: string): StaffingTarget {
  const words = text.trim().split(/\s+/);
  const [metric, name, amount, ...rest] = words;
  const where = `target '${text}'`;
  if (metric === undefined || !(TARGET_METRICS as readonly string[]).includes(metric)) {
    throw new RangeError(`${where}: the metric must be one of ${TARGET_METRICS.join(', ')}, got '${metric ?? ''}'`);
  }
  const m = metric as TargetMetric;
  if (name === undefined || amount === undefined) throw new RangeError(`${where}: write '<metric> <name or *> <value> [within] [interval|day]'`);
  let scope: TargetScope | undefined;
  const last = rest[rest.length - 1];
  if (last === 'day' || last === 'interval') {
    scope = last;
    rest.pop();
  }
  const value = m === 'asa' ? readSeconds(where, amount) : readFraction(where, amount);
  let within: number | undefined;
  if (rest.length > 0) {
    if (m !== 'service-level' || rest.length > 1) throw new RangeError(`${where}: unexpected '${rest.join(' ')}'`);
    within = readSeconds(where, rest[0]!);
  }
  const named = name === '*' ? {} : m === 'occupancy' ? { agentGroup: name } : { contactType: name };
  return { metric: m, ...named, value, ...(within === undefined ? {} : { within }), ...(scope === undefined ? {} : { scope }) };
}

function readFraction(where: string, text: string): number {
  const percent = text.endsWith('%');
  const value = Number(percent ? text.slice(0, -1) : text);
  if (!Number.isFinite(value)) throw new RangeError(`${where}: '${text}' is not a number or a percentage`);
  return percent ? value / 100 : value;
}

function readSeconds(where: string, text: string): number {
  try {
    return /^\d+(\.\d+)?$/.test(text) ? Number(text) : parseDuration(text);
  } catch (error) {
    throw new RangeError(`${where}: ${(error as Error).message}`);
  }
}


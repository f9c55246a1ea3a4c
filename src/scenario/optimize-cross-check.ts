import type { IssueList, PathElement } from './errors';
import { list, record, unknownName, type Raw } from './raw-input';
import { parseTargetSpec, type StaffingTarget } from './target-spec';
import { toSeconds } from './units';

/**
 * Checks of the scenario's `optimize` block against the rest of the scenario: targets name
 * existing contact types and agent groups (and the right kind for their metric), values are in
 * range, bounds name existing groups, give one number per planning interval and do not contradict
 * each other (min above max, `fixed` with min or max), costs name existing groups, and shift
 * templates fall on the interval grid within the planning day. Reads the raw input leniently:
 * anything malformed was reported by the schema pass and is skipped here.
 *
 * @module
 */

/** Names and grid the block is checked against. */
export interface OptimizeCheckContext {
  /** Contact type names. */
  readonly types: readonly string[];
  /** Agent group names. */
  readonly groups: readonly string[];
  /** Whether the scenario has a `journey` block (FCR is measured only then). */
  readonly journey: boolean;
}

/** Seconds of a raw duration, or undefined when it is not one (the schema pass reported it). */
function seconds(value: unknown): number | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  try {
    return toSeconds(value);
  } catch {
    return undefined;
  }
}

/** The planning grid of the raw scenario: interval length and number of intervals up to the horizon. */
function planningGrid(raw: Raw): { length: number; intervals: number } | undefined {
  const horizon = seconds(raw['horizon'] ?? '1d');
  const length = seconds(raw['interval'] ?? '30m');
  if (horizon === undefined || length === undefined || !(horizon > 0) || !(length > 0)) return undefined;
  return { length, intervals: Math.max(1, Math.ceil(horizon / length - 1e-9)) };
}

/** Checks the `optimize` block, if any. */
export function checkOptimizeBlock(raw: Raw, names: OptimizeCheckContext, out: IssueList): void {
  const block = record(raw['optimize']);
  if (block === undefined) return;
  const grid = planningGrid(raw);
  list(block['targets']).forEach((item, i) => checkTarget(item, ['optimize', 'targets', i], names, out));
  for (const [group, bounds] of Object.entries(record(block['bounds']) ?? {})) {
    const path: PathElement[] = ['optimize', 'bounds', group];
    if (!names.groups.includes(group)) out.add(path, unknownName('agent group', group, names.groups));
    else checkBounds(record(bounds), path, grid?.intervals, out);
  }
  for (const group of Object.keys(record(block['costPerAgentHour']) ?? {})) {
    if (!names.groups.includes(group)) out.add(['optimize', 'costPerAgentHour', group], unknownName('agent group', group, names.groups));
  }
  if (grid !== undefined) list(block['shiftTemplates']).forEach((item, i) => checkTemplate(record(item), ['optimize', 'shiftTemplates', i], grid, out));
}

function checkTarget(item: unknown, path: PathElement[], names: OptimizeCheckContext, out: IssueList): void {
  let target: StaffingTarget;
  let fromText = false;
  if (typeof item === 'string') {
    try {
      target = parseTargetSpec(item);
      fromText = true;
    } catch {
      return;
    }
  } else {
    const o = record(item);
    if (o === undefined || typeof o['metric'] !== 'string') return;
    target = o as unknown as StaffingTarget;
  }
  const at = (field: string): PathElement[] => (fromText ? path : [...path, field]);
  const metric = target.metric;
  if (typeof target.contactType === 'string') {
    if (metric === 'occupancy') out.add(at('contactType'), `an occupancy target names an agent group, not the contact type '${target.contactType}'`);
    else if (!names.types.includes(target.contactType)) out.add(at('contactType'), unknownName('contact type', target.contactType, names.types));
  }
  if (typeof target.agentGroup === 'string') {
    if (metric !== 'occupancy') out.add(at('agentGroup'), `a ${metric} target names a contact type, not the agent group '${target.agentGroup}'`);
    else if (!names.groups.includes(target.agentGroup)) out.add(at('agentGroup'), unknownName('agent group', target.agentGroup, names.groups));
  }
  const value: unknown = target.value;
  if (metric === 'asa') {
    const s = seconds(value);
    if (s === undefined) out.add(at('value'), `an asa target is a number of seconds ≥ 0 or a duration such as '30s', got ${JSON.stringify(value)}`);
  } else if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
    out.add(at('value'), `must be a fraction in (0, 1] (80% is 0.8), got ${JSON.stringify(value)}`);
  }
  if (target.within !== undefined && metric !== 'service-level') out.add(at('within'), 'only a service-level target has a threshold');
  if (metric === 'fcr' && !names.journey) out.add(at('metric'), 'the scenario has no journey (resolution), so every first contact resolves: an FCR target is met trivially');
}

function checkBounds(bounds: Raw | undefined, path: PathElement[], intervals: number | undefined, out: IssueList): void {
  if (bounds === undefined) return;
  const min = bounds['min'];
  const max = bounds['max'];
  if (bounds['fixed'] === true && (min !== undefined || max !== undefined)) {
    out.add([...path, 'fixed'], 'a fixed group keeps the staffing the scenario gives it: give no min or max with it');
    return;
  }
  const expand = (value: unknown, key: string): number[] | undefined => {
    if (typeof value === 'number') return intervals === undefined ? undefined : new Array<number>(intervals).fill(value);
    if (!Array.isArray(value) || !value.every((n) => typeof n === 'number')) return undefined;
    if (intervals !== undefined && value.length !== intervals) {
      out.add([...path, key], `must give one number per planning interval: the horizon has ${intervals} intervals, the list has ${value.length}`);
      return undefined;
    }
    return value as number[];
  };
  const lower = expand(min, 'min');
  const upper = expand(max, 'max');
  if (lower === undefined || upper === undefined) return;
  const k = lower.findIndex((n, j) => n > upper[j]!);
  if (k >= 0) out.add(Array.isArray(min) ? [...path, 'min', k] : [...path, 'min'], `${lower[k]} agents is above max ${upper[k]} (interval ${k}): the bounds contradict each other`);
}

function checkTemplate(template: Raw | undefined, path: PathElement[], grid: { length: number; intervals: number }, out: IssueList): void {
  if (template === undefined) return;
  const L = grid.length;
  const day = grid.intervals * L;
  const onGrid = (x: number) => Math.abs(x / L - Math.round(x / L)) < 1e-9;
  const length = seconds(template['length']);
  if (length !== undefined && !onGrid(length)) out.add([...path, 'length'], `must be a multiple of the interval (${L} s), got ${length} s`);
  list(template['starts']).forEach((start, j) => {
    const s = seconds(start);
    if (s === undefined) return;
    if (!onGrid(s)) out.add([...path, 'starts', j], `must fall on an interval boundary (a multiple of ${L} s), got ${s} s`);
    else if (length !== undefined && s + length > day + 1e-9) out.add([...path, 'starts', j], `a shift starting at ${s} s ends after the planning day (${day} s)`);
  });
  const b = record(template['break']);
  if (b === undefined || length === undefined) return;
  const [bl, earliest, latest] = [seconds(b['length']), seconds(b['earliest']), seconds(b['latest'])];
  if (bl === undefined || earliest === undefined || latest === undefined) return;
  for (const [key, x] of [['length', bl], ['earliest', earliest], ['latest', latest]] as const) {
    if (!onGrid(x)) out.add([...path, 'break', key], `must be a multiple of the interval (${L} s), got ${x} s`);
  }
  if (latest < earliest) out.add([...path, 'break', 'latest'], `${latest} s is before earliest ${earliest} s`);
  else if (latest + bl > length) out.add([...path, 'break', 'latest'], `a break starting ${latest} s in ends after the shift (${length} s)`);
}

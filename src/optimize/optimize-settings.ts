import { IssueList, ScenarioError, type PathElement } from '../scenario/errors';
import { toSeconds } from '../scenario/units';
import type { GroupBounds } from './bounds';
import type { ShiftTemplate } from './shifts';
import { parseTargetSpec, type StaffingTarget } from './targets';

/**
 * The optimizer's settings file (YAML or JSON, `routelab optimize --settings FILE`): targets (text
 * or objects), bounds per group, costs per agent-hour and shift templates, durations with units.
 * Every problem is reported at once with its path.
 *
 * @module
 */

/** The settings read from a file. */
export interface OptimizeSettings {
  /** Targets (empty when the file gives none: the scenario's `optimize` block or `--target` flags then do). */
  readonly targets: StaffingTarget[];
  /** Bounds per group. */
  readonly bounds?: Record<string, GroupBounds>;
  /** Cost per agent-hour per group. */
  readonly costPerAgentHour?: Record<string, number>;
  /** Shift templates (times in seconds). */
  readonly shiftTemplates?: ShiftTemplate[];
}

const KEYS = ['targets', 'bounds', 'costPerAgentHour', 'shiftTemplates'] as const;

function seconds(issues: IssueList, path: PathElement[], value: unknown): number {
  if (typeof value === 'number' || typeof value === 'string') {
    try {
      return toSeconds(value);
    } catch (error) {
      issues.add(path, (error as Error).message);
      return 0;
    }
  }
  issues.add(path, `must be a duration such as '8h' or '30m', got ${JSON.stringify(value)}`);
  return 0;
}

/**
 * Reads the settings document (already parsed from YAML or JSON).
 *
 * @throws ScenarioError listing every problem with its path
 */
export function readOptimizeSettings(document: unknown): OptimizeSettings {
  const issues = new IssueList();
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    issues.add('', 'the settings must be a mapping with targets (and optionally bounds, costPerAgentHour, shiftTemplates)');
    throw new ScenarioError(issues.items);
  }
  const doc = document as Record<string, unknown>;
  for (const key of Object.keys(doc)) if (!(KEYS as readonly string[]).includes(key)) issues.add([key], `unknown field; the settings take ${KEYS.join(', ')}`);
  const targets: StaffingTarget[] = [];
  if (doc.targets !== undefined && !Array.isArray(doc.targets)) issues.add(['targets'], 'must list the targets, e.g. - service-level calls 80% 20s');
  else if (Array.isArray(doc.targets)) {
    doc.targets.forEach((t: unknown, i: number) => {
      if (typeof t === 'string') {
        try {
          targets.push(parseTargetSpec(t));
        } catch (error) {
          issues.add(['targets', i], (error as Error).message);
        }
      } else if (typeof t === 'object' && t !== null) {
        const o = t as Record<string, unknown>;
        const within = o.within === undefined ? {} : { within: seconds(issues, ['targets', i, 'within'], o.within) };
        const value = o.metric === 'asa' && typeof o.value === 'string' ? seconds(issues, ['targets', i, 'value'], o.value) : o.value;
        targets.push({ ...(o as unknown as StaffingTarget), ...within, value: value as number });
      } else issues.add(['targets', i], 'must be a target as text or an object { metric, contactType, value, ... }');
    });
  }
  const shiftTemplates = doc.shiftTemplates === undefined ? undefined : readTemplates(issues, doc.shiftTemplates);
  if (issues.length > 0) throw new ScenarioError(issues.items);
  return {
    targets,
    ...(doc.bounds === undefined ? {} : { bounds: doc.bounds as Record<string, GroupBounds> }),
    ...(doc.costPerAgentHour === undefined ? {} : { costPerAgentHour: doc.costPerAgentHour as Record<string, number> }),
    ...(shiftTemplates === undefined ? {} : { shiftTemplates }),
  };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readTemplates(issues: IssueList, value: unknown): ShiftTemplate[] {
  if (!Array.isArray(value)) {
    issues.add(['shiftTemplates'], 'must list shift templates { name, starts, length, break }');
    // Stryker disable next-line ArrayDeclaration: an issue was just added, so the settings are thrown away
    return [];
  }
  return value.map((t: unknown, i: number) => {
    const o = (typeof t === 'object' && t !== null ? t : {}) as Record<string, unknown>;
    const at = (...p: PathElement[]): PathElement[] => ['shiftTemplates', i, ...p];
    // Stryker disable next-line ArrayDeclaration: starts that are not a list add an issue (next line), so the settings are thrown away
    const starts = Array.isArray(o.starts) ? o.starts.map((s: unknown, j: number) => seconds(issues, at('starts', j), s)) : [];
    if (!Array.isArray(o.starts)) issues.add(at('starts'), "must list start times, e.g. [8h, 8h30m, 9h]");
    const length = seconds(issues, at('length'), o.length);
    const b = isMapping(o.break) ? o.break : undefined;
    if (o.break !== undefined && b === undefined) issues.add(at('break'), `must be a break { length, earliest, latest }, got ${JSON.stringify(o.break)}`);
    return {
      name: typeof o.name === 'string' ? o.name : '',
      starts,
      length,
      ...(b === undefined
        ? {}
        : { break: { length: seconds(issues, at('break', 'length'), b.length), earliest: seconds(issues, at('break', 'earliest'), b.earliest), latest: seconds(issues, at('break', 'latest'), b.latest) } }),
    };
  });
}

/** Where each part of the merged settings came from. */
export type SettingsSource = 'scenario' | 'settings' | 'flags';

/** Settings merged from the scenario's `optimize` block, a settings file and `--target` flags. */
export interface MergedOptimizeSettings extends OptimizeSettings {
  /** The source of each key given (`targets`, `bounds`, `costPerAgentHour`, `shiftTemplates`). */
  readonly sources: Readonly<Partial<Record<(typeof KEYS)[number], SettingsSource>>>;
  /** How many of `targets` came before the `--target` flags (the flags' targets come last). */
  readonly targetsBeforeFlags: number;
}

/**
 * The settings of the scenario's `optimize` block (durations with units, targets as text or
 * objects), or undefined when the scenario has none. The block was checked with the scenario; its
 * targets may be missing (then the command line must give them).
 *
 * @throws ScenarioError listing every problem with its path (under `optimize`)
 */
export function scenarioOptimizeSettings(scenario: { readonly optimize?: unknown }): OptimizeSettings | undefined {
  const block = scenario.optimize;
  if (block === undefined) return undefined;
  try {
    return readOptimizeSettings(block);
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: readOptimizeSettings catches every parse error into its issue list, so it throws ScenarioErrors only
    if (error instanceof ScenarioError) throw new ScenarioError(error.issues.map((i) => ({ ...i, path: i.path === '' ? 'optimize' : `optimize.${i.path}` })));
    throw error;
  }
}

/**
 * Merges the three places settings come from, later ones taking precedence key by key: the
 * scenario's `optimize` block, then the `--settings` file (each key it gives replaces the block's),
 * then the `--target` flags. Targets given on the command line (in the settings file or as flags)
 * replace the block's targets; the flags' targets are added to the settings file's.
 */
export function mergeOptimizeSettings(
  block: OptimizeSettings | undefined,
  file: OptimizeSettings | undefined,
  flagTargets: readonly StaffingTarget[],
): MergedOptimizeSettings {
  const sources: Partial<Record<(typeof KEYS)[number], SettingsSource>> = {};
  const pick = <K extends 'bounds' | 'costPerAgentHour' | 'shiftTemplates'>(key: K): OptimizeSettings[K] | undefined => {
    if (file?.[key] !== undefined) {
      sources[key] = 'settings';
      return file[key];
    }
    if (block?.[key] !== undefined) sources[key] = 'scenario';
    return block?.[key];
  };
  const commandLine = (file?.targets.length ?? 0) > 0 || flagTargets.length > 0;
  const before = commandLine ? (file?.targets ?? []) : (block?.targets ?? []);
  if (before.length > 0) sources.targets = commandLine ? 'settings' : 'scenario';
  else if (flagTargets.length > 0) sources.targets = 'flags';
  const bounds = pick('bounds');
  const costPerAgentHour = pick('costPerAgentHour');
  const shiftTemplates = pick('shiftTemplates');
  return {
    targets: [...before, ...flagTargets],
    ...(bounds === undefined ? {} : { bounds }),
    ...(costPerAgentHour === undefined ? {} : { costPerAgentHour }),
    ...(shiftTemplates === undefined ? {} : { shiftTemplates }),
    sources,
    targetsBeforeFlags: before.length,
  };
}

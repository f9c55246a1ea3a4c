import type { ModelDefinition } from '../model/definition';
import { staffingSteps } from '../model/staffing-plan';
import { formatNumber } from '../random/distributions/validate';
import type { IssueList, PathElement } from './errors';
import { list, record } from './raw-input';

/**
 * Checks of individual agents (`agentGroups[].individuals`, see docs/agents.md) beyond the schema:
 * on the raw input, an agent's `skills` name skills of its group at no lower level than the
 * group's, agent names are unique, and a `learning` block gives some curve, the handle-time
 * curve's three fields together; on the resolved model, the list is no longer than the
 * group's peak staffing and a drawn factor is never 0.
 *
 * @module
 */

/** The message of an agent list longer than its group. */
function tooLong(listed: number, group: string, peak: number): string {
  return `lists ${listed} agents but group '${group}' has at most ${peak} on duty at once: agent k of the list is the group's agent k, so the list can be no longer`;
}

/** Checks the agents' skills and names against their groups (raw input, read leniently). */
export function checkIndividualNames(input: unknown, out: IssueList): void {
  const groups = list(record(input)?.['agentGroups']);
  const seen = new Map<string, string>();
  groups.forEach((item, gi) => {
    const group = record(item);
    const agents = list(record(group?.['individuals'])?.['agents']);
    if (group === undefined) return;
    const levels = record(group['skills']) ?? {};
    checkDrawnLevels(group, levels, ['agentGroups', gi, 'individuals', 'draw', 'skills'], out);
    checkLearningCurves(record(record(group['individuals'])?.['learning']), ['agentGroups', gi, 'individuals', 'learning'], out);
    // A constant head count is known before anything else parses, so this error comes with the
    // others; a schedule's peak is checked on the model (checkIndividualCounts).
    const staff = group['agents'];
    if (typeof staff === 'number' && Number.isInteger(staff) && staff >= 0 && agents.length > staff && typeof group['name'] === 'string') {
      out.add(['agentGroups', gi, 'individuals', 'agents'], tooLong(agents.length, group['name'], staff));
    }
    agents.forEach((agentItem, k) => {
      const agent = record(agentItem);
      if (agent === undefined) return;
      const path: PathElement[] = ['agentGroups', gi, 'individuals', 'agents', k];
      for (const [skill, level] of Object.entries(record(agent['skills']) ?? {})) {
        const groupLevel = levels[skill];
        if (typeof groupLevel !== 'number') {
          const known = Object.keys(levels);
          out.add([...path, 'skills', skill], `'${skill}' is not a skill of group '${String(group['name'])}' (its skills: ${known.length === 0 ? 'none' : known.join(', ')}); an agent refines the group's levels, it adds no skill`);
        } else if (typeof level === 'number' && level < groupLevel) {
          out.add([...path, 'skills', skill], `proficiency ${level} is below the group's ${groupLevel}: the group's level is what qualifies its agents for contact types, so an agent's is at least that`);
        }
      }
      const name = agent['name'];
      if (typeof name !== 'string') return;
      if (name.includes('#')) {
        out.add([...path, 'name'], `agent name '${name}' must not contain '#' (kept for the default names <group>#<k>)`);
        return;
      }
      const earlier = seen.get(name);
      if (earlier !== undefined) out.add([...path, 'name'], `duplicate agent name '${name}' (first used at ${earlier})`);
      else seen.set(name, `agentGroups[${gi}].individuals.agents[${k}]`);
    });
  });
}

/** The fields of the handle-time learning curve, which come together. */
const HANDLE_TIME_CURVE = ['initial', 'final', 'halfLife'] as const;

/**
 * `individuals.learning`: the handle-time curve is `initial`, `final` and `halfLife` together (or
 * none of them, when the group learns only resolution or proficiency), and some curve is given.
 */
function checkLearningCurves(learning: Record<string, unknown> | undefined, path: PathElement[], out: IssueList): void {
  if (learning === undefined) return;
  const given = HANDLE_TIME_CURVE.filter((key) => learning[key] !== undefined);
  if (given.length > 0) {
    for (const key of HANDLE_TIME_CURVE) {
      if (learning[key] !== undefined) continue;
      out.add([...path, key], `required with ${given.join(' and ')}: the handle-time learning curve needs initial, final and halfLife together (drop all three for a group that learns only resolution or proficiency)`);
    }
    return;
  }
  if (learning['resolution'] === undefined && learning['proficiency'] === undefined) {
    out.add(path, 'gives no learning curve: give the handle-time curve (initial, final, halfLife), resolution, proficiency, or some of them');
  }
}

/** `draw.skills`: skills of the group, levels 1–5 at least the group's, shares summing to 1. */
function checkDrawnLevels(group: Record<string, unknown>, levels: Record<string, unknown>, path: PathElement[], out: IssueList): void {
  const drawn = record(record(record(group['individuals'])?.['draw'])?.['skills']);
  for (const [skill, sharesValue] of Object.entries(drawn ?? {})) {
    const groupLevel = levels[skill];
    if (typeof groupLevel !== 'number') {
      out.add([...path, skill], `'${skill}' is not a skill of group '${String(group['name'])}': agents draw levels only in the group's skills`);
      continue;
    }
    const shares = record(sharesValue);
    if (shares === undefined) continue;
    let sum = 0;
    for (const [level, share] of Object.entries(shares)) {
      const n = Number(level);
      if (!Number.isInteger(n) || n < groupLevel || n > 5) {
        out.add([...path, skill, level], `level must be an integer from the group's ${groupLevel} to 5, got '${level}'`);
      }
      if (typeof share === 'number') sum += share;
    }
    if (Math.abs(sum - 1) > 1e-9) out.add([...path, skill], `shares must sum to 1, got ${formatNumber(sum)}`);
  }
}

/** Checks the agent lists against the groups' peak staffing and the drawn factors (resolved model). */
export function checkIndividualCounts(model: ModelDefinition, out: IssueList): void {
  model.agentGroups.forEach((g, gi) => {
    const ind = g.individuals;
    if (ind === undefined) return;
    const path: PathElement[] = ['agentGroups', gi, 'individuals'];
    const peak = staffingSteps(g.staffing, model.horizon).peak;
    if (ind.agents.length > peak) out.add([...path, 'agents'], tooLong(ind.agents.length, g.name, peak));
    for (const key of ['handleTimeFactor', 'resolutionFactor'] as const) {
      const d = ind.draw?.[key];
      if (d === undefined || d === null) continue;
      const atZero = d.cdf(0);
      if (atZero > 0) out.add([...path, 'draw', key], `draws a factor of 0 with probability ${formatNumber(atZero)}: a factor must be positive`);
    }
  });
}

/**
 * The multi-site network of issue 19, on a ladder of sizes: 150 contact types and 200 skills at
 * every size, 50 agents per group and about 500 agents per site, so a bigger network has more
 * groups and sites, not bigger ones (`scale-scenario.ts` generates it; each type's load follows
 * its groups' staffing, so every rung is offered the same load per agent).
 *
 * @module
 */
import type { ScaleSize } from './scale-scenario';

/** Contact types of the network, at every size. */
export const NETWORK_CONTACT_TYPES = 150;
/** Skills of the network (150 topics and 50 languages), at every size. */
export const NETWORK_SKILLS = 200;
/** Agents (on duty at the peak) per group. */
export const AGENTS_PER_GROUP = 50;
/** Agents (on duty at the peak) per site, about. */
export const AGENTS_PER_SITE = 500;
/** The rungs of the ladder, in agents: one simulated week each. */
export const NETWORK_LADDER = [500, 2_000, 5_000, 20_000, 50_000] as const;

/**
 * The counts of the network with `agents` agents on duty at the peak over `days` days.
 *
 * @throws RangeError on fewer than 500 agents or a non-positive whole number of days
 */
export function networkSize(agents: number, days: number): ScaleSize {
  if (!(Number.isInteger(agents) && agents >= 500)) throw new RangeError(`networkSize: agents must be an integer ≥ 500, got ${agents}`);
  if (!(Number.isInteger(days) && days >= 1)) throw new RangeError(`networkSize: days must be a positive integer, got ${days}`);
  return {
    agents,
    groups: Math.round(agents / AGENTS_PER_GROUP),
    contactTypes: NETWORK_CONTACT_TYPES,
    skills: NETWORK_SKILLS,
    days,
    sites: Math.max(1, Math.round(agents / AGENTS_PER_SITE)),
  };
}

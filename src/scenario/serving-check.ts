import { CHANNELS } from '../model/channel';
import type { IssueList } from './errors';
import { record, stringOr, type Raw } from './raw-input';

/**
 * Which agent groups can serve a contact type, read from the raw input (leniently, like the
 * rest of the cross-reference pass): the "no agent group can serve" error, and the reason texts
 * reused by the overflow checks (`overflow-cross-check.ts`).
 *
 * @module
 */

/** A skill a contact type requires, as written. */
export interface Requirement {
  readonly skill: string;
  readonly min: number;
}

/** What a contact type needs from a group: its channel and required skills. */
export interface TypeNeeds {
  readonly channel: string;
  readonly requirements: readonly Requirement[];
}

/**
 * The channel and skill requirements of a raw contact type, or undefined when they cannot be
 * read (unknown channel or skill, invalid proficiency: reported elsewhere).
 *
 * @param type - a raw contact type
 * @param skills - the skill names defined
 */
export function typeNeeds(type: Raw, skills: readonly string[]): TypeNeeds | undefined {
  const channel = stringOr(type['channel'], 'voice');
  const needs = record(type['skills']);
  if (channel === undefined || !(CHANNELS as readonly string[]).includes(channel) || needs === undefined) return undefined;
  const requirements: Requirement[] = [];
  for (const [skill, min] of Object.entries(needs)) {
    const valid = typeof min === 'number' && Number.isInteger(min) && min >= 1 && min <= 5;
    if (!skills.includes(skill) || !valid) return undefined;
    requirements.push({ skill, min });
  }
  return { channel, requirements };
}

/**
 * Why a raw agent group cannot serve a type with these needs, or null when it can:
 * `does not handle chat`, `lacks skill billing`, `has billing 1 (needs ≥ 2)`.
 */
export function whyNot(group: Raw, needs: TypeNeeds): string | null {
  const { channel, requirements } = needs;
  const channels = group['channels'] === undefined ? { voice: 1 } : (record(group['channels']) ?? {});
  const concurrency = channels[channel];
  if (!(typeof concurrency === 'number' && concurrency >= 1)) return `does not handle ${channel}`;
  const proficiency = record(group['skills']) ?? {};
  for (const { skill, min } of requirements) {
    const level = proficiency[skill];
    if (typeof level !== 'number') return `lacks skill ${skill}`;
    if (level < min) return `has ${skill} ${level} (needs ≥ ${min})`;
  }
  return null;
}

/**
 * Reports each contact type no agent group can serve, with every group's reason.
 *
 * @param types - the raw `contactTypes` list
 * @param groups - the raw `agentGroups` list
 * @param skills - the skill names defined
 * @param out - where errors go
 */
export function checkServable(types: readonly unknown[], groups: readonly unknown[], skills: readonly string[], out: IssueList): void {
  const groupRecords = groups.map(record);
  types.forEach((item, i) => {
    const type = record(item);
    if (type === undefined || typeof type['name'] !== 'string') return;
    const needs = typeNeeds(type, skills);
    if (needs === undefined) return;
    const reasons: string[] = [];
    for (const group of groupRecords) {
      if (group === undefined) return; // a malformed group might have served it; reported elsewhere
      const reason = whyNot(group, needs);
      if (reason === null) return;
      reasons.push(`${typeof group['name'] === 'string' ? group['name'] : '(unnamed group)'} ${reason}`);
    }
    const { channel, requirements } = needs;
    const needed = requirements.length === 0 ? '' : ` and skills ${requirements.map((r) => `${r.skill} ≥ ${r.min}`).join(', ')}`;
    const shown = reasons.length > 5 ? [...reasons.slice(0, 5), `and ${reasons.length - 5} more`] : reasons;
    const detail = shown.length === 0 ? 'there are no agent groups' : shown.join('; ');
    out.add(['contactTypes', i], `no agent group can serve contact type '${type['name']}' (needs channel ${channel}${needed}): ${detail}`);
  });
}

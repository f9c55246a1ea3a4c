import { channelIndex, isOnlineChannel } from '../model/channel';
import { checkCallbacks } from './callback-cross-check';
import { checkEconomicsNames } from './economics-cross-check';
import type { IssueList, PathElement } from './errors';
import { checkJourneyNames } from './journey-cross-check';
import { checkOptimizeBlock } from './optimize-cross-check';
import { checkOverflowNames } from './overflow-cross-check';
import { checkQueueExitNames } from './queue-exit-checks';
import { list, record, stringOr, unknownName, type Raw } from './raw-input';
import { checkServable } from './serving-check';

/**
 * The cross-reference pass: names used in one place must be defined in another. It reads the
 * raw input leniently (anything malformed was already reported by the schema pass and is
 * skipped here), so it runs even when the schema pass failed and every problem is reported at
 * once.
 *
 * @module
 */

/** Reports repeated names; returns the names (first occurrence wins), including the invalid ones' positions as gaps. */
function uniqueNames(items: readonly unknown[], key: string, label: (i: number) => PathElement[], out: IssueList): string[] {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const name = key === '' ? item : record(item)?.[key];
    if (typeof name !== 'string') return;
    const earlier = first.get(name);
    if (earlier === undefined) first.set(name, i);
    else out.add(label(i), `duplicate name '${name}' (first used at ${formatLabel(label(earlier))})`);
  });
  return [...first.keys()];
}

function formatLabel(path: PathElement[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Options of {@link crossCheck}. */
export interface CrossCheckOptions {
  /** Registered routing policy names; when given, `routing.policy` must be one of them. */
  readonly knownPolicies?: readonly string[] | undefined;
}

/**
 * Checks names across the scenario: duplicates, unknown skills, sites and segments, patience on
 * deferred channels, contact types named by repeats, retrials and transfers, contact types no
 * agent group can serve, the agent groups of overflow steps, callback offers (channel, and
 * `promise` against the mode), and unknown routing policies.
 */
export function crossCheck(input: unknown, options: CrossCheckOptions, out: IssueList): void {
  const raw = record(input);
  if (raw === undefined) return;
  const skills = uniqueNames(list(raw['skills']), '', (i) => ['skills', i], out);
  const skillsKnown = Array.isArray(raw['skills']);
  // a list that is not a list was reported by the schema pass; names then cannot be checked against it
  const segmentsKnown = raw['segments'] === undefined || Array.isArray(raw['segments']);
  const sitesKnown = raw['sites'] === undefined || Array.isArray(raw['sites']);
  const segments = raw['segments'] === undefined ? ['all'] : uniqueNames(list(raw['segments']), 'name', (i) => ['segments', i, 'name'], out);
  const sites = raw['sites'] === undefined ? ['main'] : uniqueNames(list(raw['sites']), 'name', (i) => ['sites', i, 'name'], out);
  const types = list(raw['contactTypes']);
  const groups = list(raw['agentGroups']);
  const typeNames = uniqueNames(types, 'name', (i) => ['contactTypes', i, 'name'], out);
  const groupNames = uniqueNames(groups, 'name', (i) => ['agentGroups', i, 'name'], out);

  const checkSkills = (owner: Raw, path: PathElement[]): void => {
    if (!skillsKnown) return;
    for (const skill of Object.keys(record(owner['skills']) ?? {})) {
      if (!skills.includes(skill)) out.add([...path, 'skills', skill], unknownName('skill', skill, skills));
    }
  };

  types.forEach((item, i) => {
    const type = record(item);
    if (type === undefined) return;
    const path: PathElement[] = ['contactTypes', i];
    checkSkills(type, path);
    for (const segment of Object.keys(record(type['segments']) ?? {})) {
      if (segmentsKnown && !segments.includes(segment)) out.add([...path, 'segments', segment], unknownName('segment', segment, segments));
    }
    const channel = stringOr(type['channel'], 'voice');
    if (channel !== undefined && channelIndex(channel) >= 0 && !isOnlineChannel(channelIndex(channel)) && type['patience'] !== undefined) {
      out.add([...path, 'patience'], `only voice and chat customers abandon; remove patience for channel '${channel}'`);
    }
  });

  groups.forEach((item, i) => {
    const group = record(item);
    if (group === undefined) return;
    const path: PathElement[] = ['agentGroups', i];
    checkSkills(group, path);
    const site = group['site'];
    if (!sitesKnown) return;
    if (typeof site === 'string') {
      if (!sites.includes(site)) out.add([...path, 'site'], unknownName('site', site, sites));
    } else if (site === undefined && sites.length > 1) {
      out.add([...path, 'site'], `required when there are several sites (${sites.join(', ')})`);
    }
  });

  if (Array.isArray(raw['contactTypes'])) checkJourneyNames(types, typeNames, out);
  if (groups.length > 0) checkServable(types, groups, skills, out);
  if (Array.isArray(raw['agentGroups'])) checkOverflowNames(types, groups, skills, out);
  checkCallbacks(types, out);
  checkQueueExitNames(types, typeNames, out);
  checkEconomicsNames(raw, { groups: groupNames, sites: sitesKnown ? sites : undefined, segments: segmentsKnown ? segments : undefined }, out);
  checkOptimizeBlock(raw, { types: typeNames, groups: groupNames, journey: raw['journey'] !== undefined }, out);

  const policy = record(raw['routing'])?.['policy'];
  const known = options.knownPolicies;
  if (known !== undefined && typeof policy === 'string' && policy !== '' && !known.includes(policy)) {
    out.add(['routing', 'policy'], unknownName('policy', policy, known, 'known policies'));
  }
}

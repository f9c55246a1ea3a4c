import { CHANNELS } from '../../src/model/channel';
import { SITE_KINDS } from '../../src/model/definition';
import { Draw } from './draw';
import { distributionInput } from './distribution-input';
import {
  callbackInput,
  followUpInput,
  journeyInput,
  overflowInput,
  resolutionInput,
  routingInput,
  transferInput,
  type TypeFacts,
} from './feature-input';
import { addRealism } from './realism-input';
import { arrivalsInput, staffingInput, type Times } from './timing-input';

/**
 * The scenario fuzzer's generator: from a seed, a scenario *input* (the object a YAML or JSON
 * scenario file holds: durations in units, rates with a unit, names that refer to each other),
 * so that it goes through parsing, validation and resolution as a user's file does. It covers
 * every field of the scenario format (channels with concurrency, segments, sites, skills and
 * proficiencies, every arrival, staffing and distribution form, wrap-up, patience, waiting rooms,
 * busyness, warm-up, drain and cut, every routing policy with options, overflow with protection,
 * callbacks, the customer journey), with edge values: zero durations, ties, empty intervals,
 * nobody on duty, extreme but valid numbers. Cases are small (a few hundred contacts at most).
 * Every generated scenario is meant to be valid: a rejection is a finding.
 *
 * @module
 */

/** A generated scenario input (what a scenario file holds). */
export type ScenarioInputObject = Record<string, unknown>;

const HORIZONS = [600, 1800, 3600, 2 * 3600, 4 * 3600, 8 * 3600] as const;
const ODD_NAMES = ['a b', 'é', 'x,y', '"q"', 'main', 'all', '0'] as const;

interface GroupDraft {
  name: string;
  site?: string;
  skills: Record<string, number>;
  channels: Record<string, number>;
  rest: Record<string, unknown>;
}

function names(draw: Draw, prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => (draw.chance(0.05) ? `${draw.pick(ODD_NAMES)}${i}` : `${prefix}${i}`));
}

function times(draw: Draw): Times & { warmup: number } {
  const extreme = draw.chance(0.05);
  const horizon = extreme ? draw.pick([1, 5, 60]) : draw.pick(HORIZONS);
  const interval = extreme ? draw.pick([0.5, 1, 60]) : draw.pick([60, 300, 900, 1800, 3600].filter((i) => horizon / i <= 500));
  const warmup = draw.chance(0.6) ? 0 : Math.floor(horizon * draw.real(0, 0.5));
  return { horizon, interval: interval ?? 1800, warmup };
}

function groupDraft(draw: Draw, name: string, skills: readonly string[], sites: readonly string[] | undefined, t: Times): GroupDraft {
  const channels: Record<string, number> = {};
  for (const channel of CHANNELS) if (draw.chance(0.45)) channels[channel] = channel === 'voice' ? 1 : draw.int(1, 3);
  const proficiency: Record<string, number> = {};
  for (const skill of draw.some(skills, draw.int(0, skills.length))) proficiency[skill] = draw.int(1, 5);
  const rest: Record<string, unknown> = { agents: staffingInput(draw, t) };
  if (draw.chance(0.3)) rest['wrapUp'] = distributionInput(draw, { mean: 20, allowZero: true });
  if (draw.chance(0.2)) {
    const factor: Record<string, number> = {};
    for (const level of ['1', '2', '3', '4', '5']) if (draw.chance(0.6)) factor[level] = draw.pick([0.01, 0.8, 1, 1.3, 10]);
    rest['handleTimeFactor'] = factor;
  }
  if (draw.chance(0.25)) rest['authority'] = draw.chance(0.2);
  const site = sites === undefined ? undefined : sites.length > 1 || draw.chance(0.5) ? draw.pick(sites) : undefined;
  return { name, ...(site === undefined ? {} : { site }), skills: proficiency, channels, rest };
}

function canServe(group: GroupDraft, channel: string, needs: Record<string, number>): boolean {
  return (group.channels[channel] ?? 0) >= 1 && Object.entries(needs).every(([skill, min]) => (group.skills[skill] ?? 0) >= min);
}

/** Makes `group` able to serve a type of `channel` with these `needs`. */
function qualify(group: GroupDraft, channel: string, needs: Record<string, number>): void {
  group.channels[channel] = Math.max(1, group.channels[channel] ?? 0);
  for (const [skill, min] of Object.entries(needs)) group.skills[skill] = Math.max(min, group.skills[skill] ?? 0);
}

/** Options of {@link scenarioInput}. */
export interface ScenarioInputOptions {
  /** Largest expected number of contacts from outside over the horizon (repeats, retrials and transfers come on top). @default 300 */
  readonly maxArrivals?: number;
}

/**
 * The scenario input of case `seed`.
 *
 * @param seed - the case's seed: the same seed gives the same scenario
 */
export function scenarioInput(seed: number | string, options: ScenarioInputOptions = {}): ScenarioInputObject {
  const draw = new Draw(seed);
  const t = times(draw);
  const skills = names(draw, 'skill', draw.int(1, 4));
  const segmentNames = draw.chance(0.5) ? names(draw, 'segment', draw.int(1, 3)) : undefined;
  const siteNames = draw.chance(0.4) ? names(draw, 'site', draw.int(1, 3)) : undefined;
  const groups = names(draw, 'group', draw.int(1, 4)).map((n) => groupDraft(draw, n, skills, siteNames, t));
  const typeNames = names(draw, 'type', draw.int(1, 4));
  const budget = draw.chance(0.1) ? 0 : draw.int(1, 300) * ((options.maxArrivals ?? 300) / 300);

  const drafts = typeNames.map((name, i) => {
    const channel = draw.chance(0.5) ? 'voice' : draw.pick(CHANNELS);
    const needs: Record<string, number> = {};
    for (const skill of draw.some(skills, draw.int(0, Math.min(2, skills.length)))) needs[skill] = draw.int(1, 3);
    if (!groups.some((g) => canServe(g, channel, needs))) qualify(groups[i % groups.length]!, channel, needs);
    return { name, channel, needs };
  });
  const facts: TypeFacts[] = drafts.map((d) => ({ ...d, qualified: groups.filter((g) => canServe(g, d.channel, d.needs)).map((g) => g.name) }));

  const contactTypes = drafts.map((d, i) => {
    const self = facts[i]!;
    const online = d.channel === 'voice' || d.channel === 'chat';
    const type: Record<string, unknown> = { name: d.name };
    if (d.channel !== 'voice' || draw.chance(0.3)) type['channel'] = d.channel;
    type['skills'] = d.needs;
    type['handleTime'] = distributionInput(draw, { mean: draw.pick([5, 60, 180, 600]), allowZero: true });
    if (online && draw.chance(0.6)) type['patience'] = distributionInput(draw, { mean: draw.pick([1, 30, 120, 600]), allowZero: true });
    if (draw.chance(0.3)) type['priority'] = draw.pick([-1, 0, 1, 2, 1e9]);
    if (draw.chance(0.3)) type['serviceLevel'] = { ...(draw.chance(0.7) ? { target: draw.pick([0.01, 0.8, 1]) } : {}), ...(draw.chance(0.7) ? { within: draw.duration(draw.pick([0, 20, 3600])) } : {}) };
    if (i === 0 || draw.chance(0.85)) type['arrivals'] = arrivalsInput(draw, t, budget / typeNames.length);
    if (segmentNames !== undefined && draw.chance(0.4)) {
      const picked = draw.some(segmentNames, draw.int(1, segmentNames.length));
      const shares = draw.shares(picked.length);
      type['segments'] = Object.fromEntries(picked.map((s, k) => [s, shares[k]]));
    }
    if (draw.chance(0.3)) type['resolution'] = resolutionInput(draw);
    if (draw.chance(0.25)) type['repeat'] = followUpInput(draw, facts);
    if (online && draw.chance(0.25)) {
      const retrial = followUpInput(draw, facts);
      // The same call again (kept draws, target on the total wait); only without `via`.
      if (retrial['via'] === undefined && draw.chance(0.5)) retrial['sameContact'] = true;
      type['retrial'] = retrial;
    }
    if (draw.chance(0.2)) {
      const transfer = transferInput(draw, self, facts);
      if (transfer !== undefined) type['transfer'] = transfer;
    }
    if (draw.chance(0.25)) type['overflow'] = overflowInput(draw, self);
    if (online && draw.chance(0.25)) type['callback'] = callbackInput(draw);
    return type;
  });

  const scenario: ScenarioInputObject = { name: `fuzz ${String(seed)}` };
  if (t.horizon !== 86_400 || draw.chance(0.2)) scenario['horizon'] = draw.duration(t.horizon);
  if (t.warmup > 0 || draw.chance(0.2)) scenario['warmup'] = draw.duration(t.warmup);
  if (t.interval !== 1800 || draw.chance(0.2)) scenario['interval'] = draw.duration(t.interval);
  if (draw.chance(0.6)) scenario['endOfDay'] = draw.pick(['drain', 'cut']);
  scenario['skills'] = skills;
  if (segmentNames !== undefined) {
    const shares = draw.shares(segmentNames.length);
    scenario['segments'] = segmentNames.map((name, i) => ({
      name,
      share: shares[i],
      ...(draw.chance(0.6) ? { value: draw.pick([0, 1, 10, 100, -5, 1e9]) } : {}),
      ...(draw.chance(0.5) ? { priority: draw.pick([0, 1, 2, -1]) } : {}),
    }));
  }
  if (siteNames !== undefined) scenario['sites'] = siteNames.map((name) => (draw.chance(0.5) ? { name, kind: draw.pick(SITE_KINDS) } : { name }));
  scenario['contactTypes'] = contactTypes;
  scenario['agentGroups'] = groups.map((g) => ({
    name: g.name,
    ...(g.site === undefined ? {} : { site: g.site }),
    ...g.rest,
    skills: g.skills,
    ...(Object.keys(g.channels).length === 1 && g.channels['voice'] === 1 && draw.chance(0.5) ? {} : { channels: g.channels }),
  }));
  if (draw.chance(0.3)) {
    const room: Record<string, number> = {};
    for (const channel of CHANNELS) if (draw.chance(0.5)) room[channel] = draw.pick([0, 1, 3, 1000]);
    scenario['waitingRoom'] = room;
  }
  if (draw.chance(0.2)) scenario['busyness'] = { cv: draw.pick([0.01, 0.1, 0.5, 2]) };
  if (draw.chance(0.3)) scenario['journey'] = journeyInput(draw);
  if (draw.chance(0.8)) scenario['routing'] = routingInput(draw, facts);
  addRealism(seed, scenario, t.interval, t.horizon);
  return scenario;
}

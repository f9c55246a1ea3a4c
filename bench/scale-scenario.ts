/**
 * A deterministic generator of large multi-skill contact centers for the scale benchmark
 * (`bench/scale.ts`): agent groups, contact types and skills in four channels, per-interval
 * staffing (voice) and shifts (chat, messaging, email), chat and messaging concurrency,
 * overflow with protection, callbacks (virtual hold and scheduled), retrials, resolution and
 * repeat contacts, segments and sites.
 *
 * The full size is 2,000 agents on duty at the peak in 40 groups, 30 contact types and 50 skills;
 * {@link scaleSize} shrinks every count by a factor. The load is derived from the staffing so
 * that every group is offered about {@link TARGET_LOAD} of its capacity in every half hour,
 * whatever the size: groups keep about the same number of agents on every rung, so the service
 * level and occupancy stay in the same realistic range and only the amount of work grows.
 *
 * Structure (per channel, types and groups sit on a ring):
 * - type i needs its topic skill `topic-i` and a language `lang-(i mod L)`;
 * - the primary groups of type i are the groups j of its channel with j ≡ i (mod types of the
 *   channel), or group i mod (groups of the channel) when there are fewer groups than types;
 * - after {@link OVERFLOW_AFTER} seconds a waiting contact of type i overflows to the primary
 *   groups of type i + 1 on its ring (which know topic i at proficiency 2), while their own queue
 *   is short (`targetQueueBelow`);
 * - voice groups follow the day's arrival curve interval by interval; chat, messaging and email
 *   groups work shifts, and the arrivals of chat and messaging follow the shifts' coverage; e-mails
 *   arrive day and night at a constant rate and wait in the backlog overnight.
 *
 * @module
 */
import type { ScenarioInput } from '../src/scenario/schema';

/** The counts of a generated center. */
export interface ScaleSize {
  /** Agents on duty at the daily peak, over all groups. */
  readonly agents: number;
  readonly groups: number;
  readonly contactTypes: number;
  /** Topic skills (one per type) plus language skills; at least contact types + 1. */
  readonly skills: number;
  /** Simulated days (the horizon). */
  readonly days: number;
  /**
   * Sites `site-0`, `site-1`, ... (kinds in-house, remote, outsourcer in turn), groups spread over
   * them in turn; when not given, the three sites `in-house`, `home` and `partner`.
   */
  readonly sites?: number;
}

/** The full-size center of the issue: 2,000 agents, 40 groups, 30 types, 50 skills, a week. */
export const FULL_SIZE: ScaleSize = { agents: 2000, groups: 40, contactTypes: 30, skills: 50, days: 7 };

/** Share of each group's capacity offered as work (including repeats and wrap-up). */
export const TARGET_LOAD = { voice: 0.9, chat: 0.85, messaging: 0.85, email: 0.85 } as const;

/** Seconds a contact waits before it may overflow to the next groups on its ring. */
export const OVERFLOW_AFTER = 45;

const CHANNEL_ORDER = ['voice', 'chat', 'messaging', 'email'] as const;
type ChannelName = (typeof CHANNEL_ORDER)[number];

/** Share of types and of groups in each channel. */
const CHANNEL_SHARE: Record<ChannelName, number> = { voice: 0.6, chat: 0.2, messaging: 0.1, email: 0.1 };
/** Share of the peak agents working in each channel. */
const AGENT_SHARE: Record<ChannelName, number> = { voice: 0.65, chat: 0.2, messaging: 0.075, email: 0.075 };
const CONCURRENCY: Record<ChannelName, number> = { voice: 1, chat: 3, messaging: 2, email: 1 };

const INTERVAL = 1800;
const INTERVALS_PER_DAY = 48;
const OPEN = 7 * 2; // 07:00
const CLOSE = 21 * 2; // 21:00
const VOICE_WRAP_UP = 30;

/** Issues resolved per service, and the share of unresolved customers who come back. */
const RESOLUTION = 0.85;
const REPEAT = 0.6;
/** Expected contacts per fresh contact, counting repeats (a geometric series). */
const REPEAT_FACTOR = 1 / (1 - (1 - RESOLUTION) * REPEAT);

/**
 * The counts of a center `factor` times the full size (agents, groups, types and skills scaled
 * alike, with at least one type and group per channel) over `days` days.
 *
 * @throws RangeError on a factor outside (0, 1] or a non-positive whole number of days
 */
export function scaleSize(factor: number, days: number): ScaleSize {
  if (!(factor > 0 && factor <= 1)) throw new RangeError(`scaleSize: factor must be in (0, 1], got ${factor}`);
  if (!(Number.isInteger(days) && days >= 1)) throw new RangeError(`scaleSize: days must be a positive integer, got ${days}`);
  const contactTypes = Math.max(8, Math.round(FULL_SIZE.contactTypes * factor));
  const languages = Math.max(2, Math.round((FULL_SIZE.skills - FULL_SIZE.contactTypes) * factor));
  return {
    agents: Math.max(40, Math.round(FULL_SIZE.agents * factor)),
    groups: Math.max(6, Math.round(FULL_SIZE.groups * factor)),
    contactTypes,
    skills: contactTypes + languages,
    days,
  };
}

/** Splits `total` over the channels by `share`, at least one each, summing to `total`. */
function splitByChannel(total: number, share: Record<ChannelName, number>): Record<ChannelName, number> {
  const out = { voice: 0, chat: 0, messaging: 0, email: 0 };
  for (const ch of CHANNEL_ORDER.slice(1)) out[ch] = Math.max(1, Math.round(total * share[ch]));
  out.voice = total - out.chat - out.messaging - out.email;
  if (out.voice < 1) throw new RangeError(`scale scenario: ${total} is too few to have one of each channel`);
  return out;
}

/** The day's arrival curve for voice (relative, peak 1): a morning and an afternoon peak. */
function voiceCurve(slot: number): number {
  const hour = (slot + 0.5) / 2;
  return 0.4 + 0.6 * Math.exp(-(((hour - 10.5) / 1.8) ** 2)) + 0.45 * Math.exp(-(((hour - 14.5) / 2.2) ** 2));
}

const VOICE_PEAK = Math.max(...Array.from({ length: CLOSE - OPEN }, (_, k) => voiceCurve(OPEN + k)));

/** Agents on duty per half hour of a day for a voice group of `peak` agents at the peak. */
function voiceStaffing(peak: number): number[] {
  return Array.from({ length: INTERVALS_PER_DAY }, (_, slot) =>
    slot >= OPEN && slot < CLOSE ? Math.max(2, Math.round((peak * voiceCurve(slot)) / VOICE_PEAK)) : 0,
  );
}

/** Three overlapping shifts (07–15, 10–18, 13–21) with `peak` agents on duty at 13:00–15:00. */
function shifts(peak: number): { start: number; end: number; agents: number }[] {
  const early = Math.max(1, Math.round(peak * 0.4));
  const middle = Math.max(1, Math.round(peak * 0.35));
  const late = Math.max(1, peak - early - middle);
  return [
    { start: 7 * 3600, end: 15 * 3600, agents: early },
    { start: 10 * 3600, end: 18 * 3600, agents: middle },
    { start: 13 * 3600, end: 21 * 3600, agents: late },
  ];
}

/** Agents on duty per half hour under `shifts`. */
function coverage(list: readonly { start: number; end: number; agents: number }[]): number[] {
  return Array.from({ length: INTERVALS_PER_DAY }, (_, slot) =>
    list.reduce((n, s) => n + (slot * INTERVAL >= s.start && slot * INTERVAL < s.end ? s.agents : 0), 0),
  );
}

/** Mean handle time (seconds) of type `i` of a channel: varied by type, deterministic. */
function meanHandle(channel: ChannelName, i: number): number {
  const base = { voice: 300, chat: 600, messaging: 420, email: 480 }[channel];
  return base * (0.8 + 0.4 * (((i * 7) % 11) / 10));
}

/** The sites of a center: the three named ones, or `count` numbered ones. */
function siteDefinitions(count: number | undefined): { name: string; kind: 'in-house' | 'remote' | 'outsourcer' }[] {
  if (count === undefined) {
    return [
      { name: 'in-house', kind: 'in-house' },
      { name: 'home', kind: 'remote' },
      { name: 'partner', kind: 'outsourcer' },
    ];
  }
  if (!(Number.isInteger(count) && count >= 1)) throw new RangeError(`scaleScenario: sites must be a positive integer, got ${count}`);
  const kinds = ['in-house', 'remote', 'outsourcer'] as const;
  return Array.from({ length: count }, (_, k) => ({ name: `site-${k}`, kind: kinds[k % kinds.length]! }));
}

interface Ring {
  readonly channel: ChannelName;
  /** Global type ids of the channel, in ring order. */
  readonly types: number[];
  /** Global group ids of the channel, in ring order. */
  readonly groups: number[];
}

/** Primary ring positions of groups for ring type `i`. */
function primaryOf(i: number, typeCount: number, groupCount: number): number[] {
  const out: number[] = [];
  for (let j = 0; j < groupCount; j++) if (j % typeCount === i || j === i % groupCount) out.push(j);
  return out;
}

/**
 * The generated center as a scenario (plain JSON, deterministic in `size`).
 *
 * @throws RangeError on counts too small for one type and group per channel
 */
export function scaleScenario(size: ScaleSize): ScenarioInput {
  const typeCount = splitByChannel(size.contactTypes, CHANNEL_SHARE);
  const groupCount = splitByChannel(size.groups, CHANNEL_SHARE);
  const languages = size.skills - size.contactTypes;
  if (languages < 1) throw new RangeError(`scaleScenario: skills must exceed contactTypes, got ${size.skills} ≤ ${size.contactTypes}`);
  const rings: Ring[] = [];
  let t0 = 0;
  let g0 = 0;
  for (const channel of CHANNEL_ORDER) {
    rings.push({
      channel,
      types: Array.from({ length: typeCount[channel] }, (_, k) => t0 + k),
      groups: Array.from({ length: groupCount[channel] }, (_, k) => g0 + k),
    });
    t0 += typeCount[channel];
    g0 += groupCount[channel];
  }
  const typeName = (t: number): string => `type-${String(t).padStart(2, '0')}`;
  const groupName = (g: number): string => `group-${String(g).padStart(2, '0')}`;
  const lang = (t: number): string => `lang-${t % languages}`;
  const siteList = siteDefinitions(size.sites);
  const sites = siteList.map((s) => s.name);

  const contactTypes: NonNullable<ScenarioInput['contactTypes']>[number][] = [];
  const agentGroups: NonNullable<ScenarioInput['agentGroups']>[number][] = [];
  for (const ring of rings) {
    const { channel } = ring;
    const nT = ring.types.length;
    const nG = ring.groups.length;
    const agents = Math.round(size.agents * AGENT_SHARE[channel]);
    const primaryTypes: number[][] = ring.groups.map(() => []);
    ring.types.forEach((_, i) => primaryOf(i, nT, nG).forEach((j) => primaryTypes[j]!.push(i)));
    // Staffing per group and per half hour, then the capacity each group gives each primary type.
    const staffing: number[][] = [];
    const budget: number[][] = ring.types.map(() => new Array<number>(INTERVALS_PER_DAY).fill(0));
    ring.groups.forEach((g, j) => {
      const peak = Math.max(2, Math.floor(agents / nG) + (j < agents % nG ? 1 : 0));
      const own = primaryTypes[j]!;
      const skills: Record<string, number> = {};
      for (const i of own) {
        const prev = (i - 1 + nT) % nT; // this group is the overflow of the type before
        skills[`topic-${ring.types[prev]!}`] ??= 2;
        skills[lang(ring.types[prev]!)] ??= 3;
      }
      for (const i of own) {
        skills[`topic-${ring.types[i]!}`] = 3 + ((g + i) % 3);
        skills[lang(ring.types[i]!)] = 5;
      }
      const plan = channel === 'voice' ? { perInterval: voiceStaffing(peak), interval: INTERVAL } : { shifts: shifts(peak) };
      const onDuty = 'perInterval' in plan ? plan.perInterval : coverage(plan.shifts);
      staffing.push(onDuty);
      const perType = (TARGET_LOAD[channel] * CONCURRENCY[channel]) / own.length;
      for (const i of own) for (let s = 0; s < INTERVALS_PER_DAY; s++) budget[i]![s]! += onDuty[s]! * perType;
      agentGroups.push({
        name: groupName(g),
        site: sites[g % sites.length]!,
        skills,
        channels: { [channel]: CONCURRENCY[channel] },
        ...(channel === 'voice' ? { wrapUp: { kind: 'exponential', mean: VOICE_WRAP_UP } } : {}),
        agents: plan,
      });
    });
    ring.types.forEach((t, i) => {
      const handle = meanHandle(channel, t);
      const busy = handle + (channel === 'voice' ? VOICE_WRAP_UP : 0);
      // Fresh contacts per half hour: capacity × load / (busy time per contact × repeats per fresh contact).
      const perInterval = budget[i]!.map((erlangs) => (erlangs * INTERVAL) / busy / REPEAT_FACTOR);
      const daily = perInterval.reduce((a, b) => a + b, 0);
      const arrivals =
        channel === 'email'
          ? { rate: `${(daily / 24).toFixed(3)}/h` }
          : { perInterval: perInterval.map((x) => Number(x.toFixed(3))), interval: INTERVAL };
      const primary = primaryOf(i, nT, nG).map((j) => groupName(ring.groups[j]!));
      const next = primaryOf((i + 1) % nT, nT, nG)
        .map((j) => groupName(ring.groups[j]!))
        .filter((name) => !primary.includes(name));
      const online = channel === 'voice' || channel === 'chat';
      contactTypes.push({
        name: typeName(t),
        channel,
        skills: { [`topic-${t}`]: 1, [lang(t)]: 1 },
        handleTime: channel === 'chat' ? { kind: 'gamma', mean: handle, cv: 0.7 } : { kind: 'lognormal', mean: handle, cv: 0.9 },
        ...(online ? { patience: { kind: 'exponential', mean: channel === 'voice' ? 240 : 480 } } : {}),
        priority: t % 5 === 0 ? 1 : 0,
        serviceLevel:
          channel === 'voice'
            ? { target: 0.8, within: 20 }
            : channel === 'chat'
              ? { target: 0.8, within: 60 }
              : { target: 0.9, within: channel === 'messaging' ? 3600 : 4 * 3600 },
        arrivals,
        resolution: { probability: RESOLUTION },
        repeat: { probability: REPEAT, delay: { kind: 'exponential', mean: 2 * 3600 } },
        ...(channel === 'voice' ? { retrial: { probability: 0.3, delay: { kind: 'exponential', mean: 900 } } } : {}),
        overflow: {
          primary,
          ...(next.length > 0 ? { steps: [{ after: OVERFLOW_AFTER, groups: next, protect: { targetQueueBelow: 3 } }] } : {}),
        },
        ...(online && t % 3 === 0
          ? {
              callback:
                t % 2 === 0
                  ? { mode: 'virtual-hold' as const, offerWhenWaitAbove: 60, acceptance: { base: 0.3, perMinute: 0.05 } }
                  : { mode: 'scheduled' as const, offerWhenWaitAbove: 60, acceptance: 0.4, promise: 1800, window: 600, noAnswer: 0.1 },
            }
          : {}),
      });
    });
  }
  return {
    name: `scale: ${size.agents} agents, ${size.groups} groups, ${size.contactTypes} types, ${size.skills} skills, ${size.days} d`,
    horizon: size.days * 86_400,
    interval: INTERVAL,
    endOfDay: 'cut',
    skills: [
      ...Array.from({ length: size.contactTypes }, (_, t) => `topic-${t}`),
      ...Array.from({ length: languages }, (_, k) => `lang-${k}`),
    ],
    segments: [
      { name: 'premier', share: 0.15, value: 40, priority: 1 },
      { name: 'everyday', share: 0.85, value: 5 },
    ],
    sites: siteList,
    journey: { context: 'omnichannel', contextHandleFactor: 0.9, repeatHandleFactor: 1.1, maxContacts: 5 },
    contactTypes,
    agentGroups,
  };
}

import { CHANNEL_COUNT, CHANNELS, channelIndex, isOnlineChannel } from '../model/channel';
import type {
  AgentGroupDefinition,
  ArrivalDefinition,
  ContactTypeDefinition,
  MessagingSessionDefinition,
  InterruptionDefinition,
  ModelDefinition,
  SegmentDefinition,
  SelfServiceDefinition,
  ServiceLevelTarget,
  SiteDefinition,
  StaffingDefinition,
  WorkforceDefinition,
} from '../model/definition';
import { deterministic } from '../random/distributions/deterministic';
import { buildIndividuals } from './agents-build';
import { buildCallback } from './callback-build';
import { buildEconomics } from './economics-build';
import { buildFollowUp, buildJourney, buildResolution, buildRetrial, buildTransfer } from './journey-build';
import { buildOverflow } from './overflow-build';
import { buildQueueExits } from './queue-exit-build';
import type { ParsedParts } from './parse-parts';
import type { ParsedAgentGroup, ParsedArrivals, ParsedContactType, ParsedScenario, ParsedStaffing } from './schema';
import { DEFAULT_POLICY } from './schema';

/**
 * Turns a scenario that passed every check into the resolved {@link ModelDefinition}: names
 * become dense ids (list order), defaults are filled in, counts per interval become rates, and
 * the journey fields (`journey-build.ts`), overflow steps (`overflow-build.ts`) and callback
 * offers (`callback-build.ts`) are resolved.
 * A type without `arrivals` gets an empty trace: no external arrivals.
 *
 * @module
 */

/** The segment used when a scenario lists none. */
export const DEFAULT_SEGMENT = { name: 'all', share: 1, value: 1, priority: 0 } as const;
/** The site used when a scenario lists none. */
export const DEFAULT_SITE = { name: 'main', kind: 'in-house' } as const;
/** Default horizon, warm-up and reporting interval (seconds). */
export const DEFAULT_TIMES = { horizon: 86_400, warmup: 0, interval: 1_800, period: 86_400 } as const;

/** Default service-level target of a channel: 80% within 20 s online, 90% within 4 h deferred. */
export function defaultServiceLevel(channel: number): ServiceLevelTarget {
  return isOnlineChannel(channel) ? { target: 0.8, threshold: 20 } : { target: 0.9, threshold: 4 * 3_600 };
}

function indexOf(names: readonly string[]): Map<string, number> {
  return new Map(names.map((name, i) => [name, i]));
}

/** Arrivals of a type; omitted: none from outside (an empty trace). */
function arrivals(a: ParsedArrivals | undefined, interval: number): ArrivalDefinition {
  if (a === undefined) return { kind: 'trace', times: [] };
  if (a.rate !== undefined) return { kind: 'poisson', rate: a.rate };
  if (a.perInterval !== undefined) {
    const intervalLength = a.interval ?? interval;
    return { kind: 'piecewise', intervalLength, rates: a.perInterval.map((count) => count / intervalLength), period: a.period };
  }
  return { kind: 'trace', times: [...(a.trace ?? [])].sort((x, y) => x - y) };
}

function staffing(s: ParsedStaffing, interval: number): StaffingDefinition {
  if (typeof s === 'number') return { kind: 'constant', agents: s };
  if (s.perInterval !== undefined) {
    return { kind: 'intervals', intervalLength: s.interval ?? interval, agents: [...s.perInterval], period: s.period };
  }
  const shifts = (s.shifts ?? []).map(({ start, end, agents, breaks }) => ({
    start,
    end,
    agents,
    ...(breaks === undefined ? {} : { breaks: breaks.map((b) => ({ length: b.length, from: b.within[0], to: b.within[1] })) }),
  }));
  return { kind: 'shifts', shifts, period: s.period };
}

/** Shrinkage and absenteeism of a group, when it gives either (see docs/workforce.md). */
function workforce(g: ParsedAgentGroup, interval: number): { workforce?: WorkforceDefinition } {
  if (g.shrinkage === undefined && g.absenteeism === undefined) return {};
  const shrinkage = g.shrinkage === undefined ? [0] : typeof g.shrinkage === 'number' ? [g.shrinkage] : [...g.shrinkage];
  return { workforce: { shrinkage, shrinkageInterval: interval, absenteeism: g.absenteeism ?? 0 } };
}

function contactType(
  t: ParsedContactType,
  id: number,
  skillId: Map<string, number>,
  typeId: Map<string, number>,
  groupId: Map<string, number>,
  segments: readonly SegmentDefinition[],
  interval: number,
  closing: ParsedScenario['closing'],
): ContactTypeDefinition {
  const channel = channelIndex(t.channel);
  const fallback = defaultServiceLevel(channel);
  const override = t.segments;
  return {
    id,
    name: t.name,
    channel,
    requirements: Object.entries(t.skills).map(([skill, minProficiency]) => ({ skill: skillId.get(skill) as number, minProficiency })),
    handleTime: t.handleTime,
    patience: t.patience ?? null,
    priority: t.priority,
    serviceLevel: {
      threshold: t.serviceLevel?.within ?? fallback.threshold,
      target: t.serviceLevel?.target ?? fallback.target,
    },
    arrivals: arrivals(t.arrivals, interval),
    segmentMix: segments.map((s) => (override === undefined ? s.share : (override[s.name] ?? 0))),
    resolution: buildResolution(t.resolution),
    repeat: buildFollowUp(t.repeat, id, typeId),
    retrial: buildRetrial(t.retrial, id, typeId),
    transfer: buildTransfer(t.transfer, typeId),
    overflow: buildOverflow(t.overflow, groupId),
    callback: buildCallback(t.callback),
    ...buildQueueExits(t, typeId, closing, interval),
    ...(t.selfService === undefined ? {} : { selfService: selfService(t.selfService) }),
    ...(t.silentAbandonment === undefined ? {} : { silentAbandonment: { ...t.silentAbandonment } }),
    ...(t.session === undefined ? {} : { session: session(t.session) }),
  };
}

/** A messaging type's sessions (see docs/channels.md): a whole number of turns becomes a constant distribution. */
function session(s: NonNullable<ParsedContactType['session']>): MessagingSessionDefinition {
  return {
    exchanges: typeof s.exchanges === 'number' ? deterministic({ value: s.exchanges }) : s.exchanges,
    replyGap: s.replyGap,
    slotDuringGap: s.slotDuringGap,
    sticky: s.sticky !== false,
    timeout: s.timeout ?? Infinity,
    ...(typeof s.sticky === 'object' ? { stickyWait: s.sticky.waitFor } : {}),
    ...(s.contextLoss === undefined ? {} : { contextLoss: typeof s.contextLoss.extraTime === 'number' ? deterministic({ value: s.contextLoss.extraTime }) : s.contextLoss.extraTime }),
    ...(s.replyPatience === undefined ? {} : { replyPatience: s.replyPatience }),
    ...(s.wrapUpPerTurn === true ? { wrapUpPerTurn: true } : {}),
  };
}

/** A contact type's self-service stage (see docs/channels.md). */
function selfService(s: NonNullable<ParsedContactType['selfService']>): SelfServiceDefinition {
  return { time: s.time, containment: s.containment, optOut: s.optOut, optOutTime: s.optOutTime ?? null, context: s.context };
}

function agentGroup(
  g: ParsedAgentGroup,
  id: number,
  skillId: Map<string, number>,
  siteId: Map<string, number>,
  interval: number,
): AgentGroupDefinition {
  const proficiency = new Array<number>(skillId.size).fill(0);
  for (const [skill, level] of Object.entries(g.skills)) proficiency[skillId.get(skill) as number] = level;
  const channels = g.channels as Partial<Record<string, number>>;
  const factors = (g.handleTimeFactor ?? {}) as Partial<Record<string, number>>;
  return {
    id,
    name: g.name,
    site: g.site === undefined ? 0 : (siteId.get(g.site) as number),
    proficiency,
    concurrency: CHANNELS.map((channel) => channels[channel] ?? 0),
    handleTimeFactor: [0, 1, 2, 3, 4, 5].map((level) => (level === 0 ? 1 : (factors[String(level)] ?? 1))),
    authority: g.authority,
    wrapUp: g.wrapUp ?? null,
    staffing: staffing(g.agents, interval),
    ...workforce(g, interval),
    ...buildIndividuals(g.individuals, skillId),
    ...slowdown(g),
    ...interruptions(g),
  };
}

/** The group's interruption rule, when it gives one (see docs/channels.md "Interruptions"). */
function interruptions(g: ParsedAgentGroup): { interruptions?: InterruptionDefinition } {
  if (g.interruptions === undefined) return {};
  return { interruptions: { suspends: g.interruptions.voice.map((channel) => channelIndex(channel)), resumeOverhead: g.interruptions.resumeOverhead } };
}

/** Slowdown tables per channel id (empty: none), when the group gives any (see docs/channels.md). */
function slowdown(g: ParsedAgentGroup): { slowdown?: readonly (readonly number[])[] } {
  if (g.slowdown === undefined) return {};
  const tables = g.slowdown as Partial<Record<string, readonly number[]>>;
  return { slowdown: CHANNELS.map((channel) => [...(tables[channel] ?? [])]) };
}

/**
 * Builds the model. Call only when the schema, cross-reference and value checks found no error
 * (every part parsed and every name resolves).
 */
export function buildModel(parts: ParsedParts): ModelDefinition {
  const f = parts.fields as ParsedScenario;
  const interval = f.interval;
  const skillId = indexOf(f.skills);
  const segments: SegmentDefinition[] = (parts.segments ?? [DEFAULT_SEGMENT]).map((s, id) => {
    const { name, share, value, priority } = s as NonNullable<typeof s>;
    return { id, name, share, value, priority };
  });
  const sites: SiteDefinition[] = (parts.sites ?? [DEFAULT_SITE]).map((s, id) => {
    const { name, kind } = s as NonNullable<typeof s>;
    return { id, name, kind };
  });
  const siteId = indexOf(sites.map((s) => s.name));
  const types = (parts.contactTypes ?? []) as readonly ParsedContactType[];
  const typeId = indexOf(types.map((t) => t.name));
  const groups = (parts.agentGroups ?? []) as readonly ParsedAgentGroup[];
  const groupId = indexOf(groups.map((g) => g.name));
  const waitingRoom = new Array<number>(CHANNEL_COUNT).fill(Infinity);
  const room = (f.waitingRoom ?? {}) as Partial<Record<string, number>>;
  CHANNELS.forEach((channel, i) => {
    const capacity = room[channel];
    if (capacity !== undefined) waitingRoom[i] = capacity;
  });
  const agentGroups = groups.map((g, id) => agentGroup(g, id, skillId, siteId, interval));
  const economics = buildEconomics(f.costs, f.customerImpact, agentGroups, sites, segments);
  return {
    name: f.name,
    horizon: f.horizon,
    warmup: f.warmup,
    intervalLength: interval,
    endOfDay: f.endOfDay,
    skills: [...f.skills],
    segments,
    sites,
    contactTypes: types.map((t, id) => contactType(t, id, skillId, typeId, groupId, segments, interval, f.closing)),
    agentGroups,
    waitingRoom,
    journey: buildJourney(f.journey),
    busyness: f.busyness === undefined ? null : { cv: f.busyness.cv },
    routing: { policy: f.routing?.policy ?? DEFAULT_POLICY, options: { ...(f.routing?.options ?? {}) } },
    ...(economics === undefined ? {} : { economics }),
  };
}

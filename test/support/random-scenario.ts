import fc from 'fast-check';
import { CHANNEL_COUNT } from '../../src/model/channel';
import type {
  AgentGroupDefinition,
  ArrivalDefinition,
  ContactTypeDefinition,
  ModelDefinition,
  StaffingDefinition,
} from '../../src/model/definition';
import type { Distribution } from '../../src/random/distributions/distribution';
import { deterministic } from '../../src/random/distributions/deterministic';
import { exponential } from '../../src/random/distributions/exponential';
import { gamma } from '../../src/random/distributions/gamma';
import { hyperexponentialFromMeanCv } from '../../src/random/distributions/hyperexponential';
import { lognormal } from '../../src/random/distributions/lognormal';
import { uniform } from '../../src/random/distributions/uniform';
import { PolicyRegistry } from '../../src/routing/registry';

/**
 * fast-check arbitraries for small random contact centers: 1–4 contact types on random channels,
 * 1–3 skills with random minimum proficiencies, 1–4 agent groups with random proficiencies,
 * concurrency (chat up to 3), wrap-up and staffing (constant, intervals with zeros, shifts),
 * random patience, waiting rooms, warm-up, `drain` or `cut`, 1–3 segments, 1–2 sites, optional
 * day-to-day busyness, and every built-in routing policy. Every contact type has at least one
 * group qualified for it (staffed or not).
 */

const HOUR = 3600;

/** The built-in policy names, with the option sets the scenarios try for each. */
const POLICY_OPTIONS: Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>> = {
  'least-occupied': [{}, { balance: 'group' }],
  'value-based': [{}, { agingTime: 20, valueWeight: 0.5 }],
};

/** A duration distribution with a mean between `min` and `max` seconds. */
export function durationArb(min: number, max: number): fc.Arbitrary<Distribution> {
  const mean = fc.integer({ min, max });
  return fc.oneof(
    mean.map((m) => exponential({ mean: m })),
    fc.tuple(mean, fc.integer({ min: 2, max: 20 })).map(([m, cv]) => lognormal({ mean: m, cv: cv / 10 })),
    mean.map((m) => deterministic({ value: m })),
    fc.tuple(mean, fc.integer({ min: 3, max: 10 })).map(([m, cv]) => gamma({ mean: m, cv: cv / 10 })),
    fc.tuple(mean, fc.integer({ min: 10, max: 30 })).map(([m, cv]) => hyperexponentialFromMeanCv({ mean: m, cv: cv / 10 })),
    mean.map((m) => uniform({ min: m / 2, max: (3 * m) / 2 })),
  );
}

const arrivalsArb: fc.Arbitrary<ArrivalDefinition> = fc.oneof(
  // 5 to 120 contacts per hour
  fc.integer({ min: 5, max: 120 }).map((perHour) => ({ kind: 'poisson' as const, rate: perHour / HOUR })),
  fc
    .array(fc.oneof(fc.constant(0), fc.integer({ min: 5, max: 200 })), { minLength: 1, maxLength: 8 })
    .map((perHour) => ({
      kind: 'piecewise' as const,
      intervalLength: 1800,
      rates: perHour.map((r) => r / HOUR),
      period: 86_400,
    })),
);

const staffingArb: fc.Arbitrary<StaffingDefinition> = fc.oneof(
  fc.integer({ min: 0, max: 6 }).map((agents) => ({ kind: 'constant' as const, agents })),
  fc
    .tuple(fc.constantFrom(900, 1800, 3600), fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 8 }))
    .map(([intervalLength, agents]) => ({
      kind: 'intervals' as const,
      intervalLength,
      agents,
      period: intervalLength * agents.length * 2,
    })),
  fc
    .array(
      fc.record({ start: fc.integer({ min: 0, max: 12 }), length: fc.integer({ min: 1, max: 8 }), agents: fc.integer({ min: 1, max: 4 }) }),
      { minLength: 1, maxLength: 3 },
    )
    .map((shifts) => ({
      kind: 'shifts' as const,
      shifts: shifts.map((s) => ({ start: s.start * 900, end: (s.start + s.length) * 900, agents: s.agents })),
      period: 86_400,
    })),
);

const typeArb = fc.record({
  channel: fc.integer({ min: 0, max: CHANNEL_COUNT - 1 }),
  skills: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 2 }),
  minProficiency: fc.integer({ min: 1, max: 3 }),
  handleTime: durationArb(30, 600),
  patience: fc.option(durationArb(10, 600), { nil: null }),
  priority: fc.integer({ min: 0, max: 3 }),
  threshold: fc.integer({ min: 0, max: 120 }),
  arrivals: arrivalsArb,
  segmentWeights: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 3 }),
});

const groupArb = fc.record({
  site: fc.integer({ min: 0, max: 1 }),
  proficiency: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 3 }),
  // voice 0–1 (exclusive), chat 0–3, email 0–2, messaging 0–3
  concurrency: fc.tuple(
    fc.integer({ min: 0, max: 1 }),
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 2 }),
    fc.integer({ min: 0, max: 3 }),
  ),
  speed: fc.array(fc.integer({ min: 7, max: 15 }), { minLength: 5, maxLength: 5 }),
  wrapUp: fc.option(durationArb(5, 60), { nil: null }),
  staffing: staffingArb,
});

/** The raw draw a scenario is built from (what fast-check shrinks), its policy one of `policies`. */
export function rawScenarioArbOf(policies: readonly string[]) {
  return fc.record({
  horizonHours: fc.integer({ min: 1, max: 4 }),
  /** Warm-up as a fraction of the horizon, in eighths (0: none). */
  warmupEighths: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 })),
  endOfDay: fc.constantFrom('drain' as const, 'cut' as const),
  skillCount: fc.integer({ min: 1, max: 3 }),
  segments: fc.array(
    fc.record({ share: fc.integer({ min: 1, max: 5 }), value: fc.integer({ min: 0, max: 10 }), priority: fc.integer({ min: 0, max: 2 }) }),
    { minLength: 1, maxLength: 3 },
  ),
  siteCount: fc.integer({ min: 1, max: 2 }),
  types: fc.array(typeArb, { minLength: 1, maxLength: 4 }),
  groups: fc.array(groupArb, { minLength: 1, maxLength: 4 }),
  waitingRoom: fc.array(fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 10 })), {
    minLength: CHANNEL_COUNT,
    maxLength: CHANNEL_COUNT,
  }),
  busyness: fc.option(fc.integer({ min: 1, max: 4 }).map((tenths) => ({ cv: tenths / 10 })), { nil: null }),
  policy: fc.constantFrom(...policies),
  optionsIndex: fc.integer({ min: 0, max: 1 }),
});
}

/** The raw draw a scenario is built from, over every built-in policy. */
export const rawScenarioArb = rawScenarioArbOf(PolicyRegistry.withBuiltIns().names());

/** A raw scenario draw. */
export type RawScenario = typeof rawScenarioArb extends fc.Arbitrary<infer T> ? T : never;

/** Builds the model of a raw draw, patching a group so that every contact type has a qualified group. */
export function buildScenario(raw: RawScenario): ModelDefinition {
  const skillCount = raw.skillCount;
  const segmentTotal = raw.segments.reduce((a, s) => a + s.share, 0);
  const contactTypes: ContactTypeDefinition[] = raw.types.map((t, id) => {
    const skills = [...new Set(t.skills.map((s) => s % skillCount))];
    const weights = t.segmentWeights.slice(0, raw.segments.length);
    const weightTotal = weights.reduce((a, b) => a + b, 0);
    return {
      id,
      name: `type${id}`,
      channel: t.channel,
      requirements: skills.map((skill) => ({ skill, minProficiency: t.minProficiency })),
      handleTime: t.handleTime,
      // Deferred channels (email, messaging) never abandon.
      patience: t.channel <= 1 ? t.patience : null,
      priority: t.priority,
      serviceLevel: { threshold: t.threshold, target: 0.8 },
      arrivals: t.arrivals,
      segmentMix: weightTotal === 0 ? weights.map((_, i) => (i === 0 ? 1 : 0)) : weights.map((w) => w / weightTotal),
      resolution: null,
      repeat: null,
      retrial: null,
      transfer: null,
      overflow: null,
      callback: null,
    };
  });
  const groups = raw.groups.map((g) => ({
    proficiency: g.proficiency.slice(0, skillCount),
    concurrency: [...g.concurrency],
    staffing: g.staffing,
    site: g.site % raw.siteCount,
    speed: g.speed,
    wrapUp: g.wrapUp,
  }));
  // Every type gets a qualified group: patch group (type id mod groups) if none qualifies.
  contactTypes.forEach((t, i) => {
    const qualifies = (g: (typeof groups)[number]): boolean =>
      (g.concurrency[t.channel] ?? 0) > 0 && t.requirements.every((r) => (g.proficiency[r.skill] ?? 0) >= r.minProficiency);
    if (groups.some(qualifies)) return;
    const g = groups[i % groups.length]!;
    g.concurrency[t.channel] = Math.max(1, g.concurrency[t.channel] ?? 0);
    for (const r of t.requirements) g.proficiency[r.skill] = Math.max(r.minProficiency, g.proficiency[r.skill] ?? 0);
  });
  const agentGroups: AgentGroupDefinition[] = groups.map((g, id) => ({
    id,
    name: `group${id}`,
    site: g.site,
    proficiency: g.proficiency,
    concurrency: g.concurrency,
    handleTimeFactor: [1, ...g.speed.map((s) => s / 10)],
    authority: true,
    wrapUp: g.wrapUp,
    staffing: g.staffing,
  }));
  const optionSets = POLICY_OPTIONS[raw.policy] ?? [{}];
  const horizon = raw.horizonHours * HOUR;
  return {
    name: 'random scenario',
    horizon,
    warmup: (raw.warmupEighths / 8) * horizon,
    intervalLength: 1800,
    endOfDay: raw.endOfDay,
    skills: Array.from({ length: skillCount }, (_, i) => `skill${i}`),
    segments: raw.segments.map((s, id) => ({
      id,
      name: `segment${id}`,
      share: s.share / segmentTotal,
      value: s.value,
      priority: s.priority,
    })),
    sites: Array.from({ length: raw.siteCount }, (_, id) => ({
      id,
      name: `site${id}`,
      kind: id === 0 ? ('in-house' as const) : ('outsourcer' as const),
    })),
    contactTypes,
    agentGroups,
    waitingRoom: raw.waitingRoom,
    busyness: raw.busyness,
    journey: null,
    routing: { policy: raw.policy, options: optionSets[raw.optionsIndex % optionSets.length] ?? {} },
  };
}

/** Random contact-center models (see the module comment). */
export const scenarioArb: fc.Arbitrary<ModelDefinition> = rawScenarioArb.map(buildScenario);

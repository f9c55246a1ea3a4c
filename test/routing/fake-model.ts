import { CHANNELS } from '../../src/model/channel';
import type { Channel } from '../../src/model/channel';
import type { AgentGroupDefinition, ContactTypeDefinition, ModelDefinition } from '../../src/model/definition';
import type { Distribution } from '../../src/random/distributions/distribution';

/** Builds small resolved models from names, for routing tests. */

/** A contact type: channel (default voice), requirements `[skill, minProficiency]`, priority (default 0). */
export interface FakeType {
  readonly name: string;
  readonly channel?: Channel;
  readonly requirements?: readonly (readonly [string, number])[];
  readonly priority?: number;
}

/** An agent group: site name (default the first site), proficiency by skill, concurrency by channel (default voice 1). */
export interface FakeGroup {
  readonly name: string;
  readonly site?: string;
  readonly proficiency?: Readonly<Record<string, number>>;
  readonly concurrency?: Partial<Readonly<Record<Channel, number>>>;
}

/** A customer segment: value and priority default to 0. */
export interface FakeSegment {
  readonly name: string;
  readonly value?: number;
  readonly priority?: number;
}

/** Everything a fake model needs. */
export interface FakeModelSpec {
  readonly skills: readonly string[];
  readonly types: readonly FakeType[];
  readonly groups: readonly FakeGroup[];
  /** Default: one segment 'standard'. */
  readonly segments?: readonly FakeSegment[];
  /** Default: one site 'main'. */
  readonly sites?: readonly string[];
}

const STUB: Distribution = {
  kind: 'deterministic',
  mean: 300,
  variance: 0,
  sample: () => 300,
  cdf: (x) => (x >= 300 ? 1 : 0),
  params: { value: 300 },
};

/** Index of `name` in `names`; throws on a typo in a test. */
/** A deterministic handle time of `mean` seconds, for tests that set a type's or agent's rates by hand. */
export function fixedTime(mean: number): Distribution {
  return { kind: 'deterministic', mean, variance: 0, sample: () => mean, cdf: (x) => (x >= mean ? 1 : 0), params: { value: mean } };
}

export function indexOf(names: readonly string[], name: string, what: string): number {
  const i = names.indexOf(name);
  if (i < 0) throw new Error(`fake model: unknown ${what} '${name}'`);
  return i;
}

/** Builds a resolved model from names. */
export function fakeModel(spec: FakeModelSpec): ModelDefinition {
  const segments = spec.segments ?? [{ name: 'standard' }];
  const sites = spec.sites ?? ['main'];
  const contactTypes: ContactTypeDefinition[] = spec.types.map((t, id) => ({
    id,
    name: t.name,
    channel: indexOf(CHANNELS, t.channel ?? 'voice', 'channel'),
    requirements: (t.requirements ?? []).map(([skill, min]) => ({
      skill: indexOf(spec.skills, skill, 'skill'),
      minProficiency: min,
    })),
    handleTime: STUB,
    patience: null,
    priority: t.priority ?? 0,
    serviceLevel: { threshold: 20, target: 0.8 },
    arrivals: { kind: 'poisson', rate: 0.01 },
    segmentMix: segments.map(() => 1 / segments.length),
    resolution: null,
    repeat: null,
    retrial: null,
    transfer: null,
    overflow: null,
    callback: null,
  }));
  const agentGroups: AgentGroupDefinition[] = spec.groups.map((g, id) => ({
    id,
    name: g.name,
    site: indexOf(sites, g.site ?? (sites[0] as string), 'site'),
    proficiency: spec.skills.map((s) => g.proficiency?.[s] ?? 0),
    concurrency: CHANNELS.map((c) => g.concurrency?.[c] ?? (g.concurrency === undefined && c === 'voice' ? 1 : 0)),
    handleTimeFactor: [1, 1, 1, 1, 1, 1],
    authority: true,
    wrapUp: null,
    staffing: { kind: 'constant', agents: 1 },
  }));
  return {
    name: 'fake',
    horizon: 3600,
    warmup: 0,
    intervalLength: 1800,
    endOfDay: 'drain',
    skills: spec.skills,
    segments: segments.map((s, id) => ({ id, name: s.name, share: 1 / segments.length, value: s.value ?? 0, priority: s.priority ?? 0 })),
    sites: sites.map((name, id) => ({ id, name, kind: 'in-house' })),
    contactTypes,
    agentGroups,
    waitingRoom: CHANNELS.map(() => Infinity),
    busyness: null,
    routing: { policy: 'longest-idle-agent', options: {} },
    journey: null,
  };
}

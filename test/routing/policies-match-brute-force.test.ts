import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/model/channel';
import type { Channel } from '../../src/model/channel';
import type { ModelDefinition } from '../../src/model/definition';
import { FixedUniformSource } from '../../src/random/fixed-uniform-source';
import { bestSkillPolicy } from '../../src/routing/best-skill';
import { leastOccupiedPolicy } from '../../src/routing/least-occupied';
import { longestIdleAgentPolicy } from '../../src/routing/longest-idle-agent';
import { randomAgentPolicy } from '../../src/routing/random-agent';
import { skillsPriorityPolicy } from '../../src/routing/skills-priority';
import { valueBasedPolicy } from '../../src/routing/value-based';
import { FakeView, fakeContext, fakeModel } from './fake-view';
import type { FakeAgent, FakeContact, FakeGroup, FakeType } from './fake-view';

/**
 * Each policy's rule, written the slow obvious way (scan every agent and contact, sort by the
 * documented key), against the policy on many small random contact centers with many ties.
 */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  model: ModelDefinition;
  view: FakeView;
  u: number;
}

function randomCase(seed: number): Case {
  const r = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const skills = ['s0', 's1', 's2'];
  const channels: Channel[] = ['voice', 'chat'];
  const types: FakeType[] = Array.from({ length: int(2, 4) }, (_, i) => ({
    name: `t${i}`,
    channel: channels[int(0, 1)]!,
    requirements: r() < 0.2 ? [] : [[skills[int(0, 2)]!, int(1, 3)] as const],
    priority: int(0, 2),
  }));
  const sites = ['north', 'south'];
  const groups: FakeGroup[] = Array.from({ length: int(2, 5) }, (_, i) => {
    const voice = int(0, 1);
    return {
      name: `g${i}`,
      site: sites[int(0, 1)]!,
      proficiency: Object.fromEntries(skills.map((s) => [s, int(0, 5)])),
      concurrency: { voice, chat: voice === 0 ? int(1, 3) : int(0, 2) },
    };
  });
  const segments = Array.from({ length: int(1, 3) }, (_, i) => ({ name: `seg${i}`, value: int(0, 3), priority: int(0, 1) }));
  const model = fakeModel({ skills, types, groups, segments, sites });
  const agents: FakeAgent[] = Array.from({ length: int(0, 12) }, () => {
    const g = model.agentGroups[int(0, groups.length - 1)]!;
    const busy = r() < 0.4;
    const voiceCap = g.concurrency[0]!;
    const chatCap = g.concurrency[1]!;
    const load = !busy ? {} : voiceCap > 0 && r() < 0.5 ? { voice: 1 } : chatCap > 0 ? { chat: int(1, chatCap) } : {};
    return { group: g.name, idleSince: int(0, 6) * 5, load, onDuty: r() < 0.9 };
  });
  const n = int(0, 10);
  const serials = Array.from({ length: n }, (_, i) => i).sort(() => r() - 0.5);
  const contacts: FakeContact[] = serials.map((serial) => ({
    type: types[int(0, types.length - 1)]!.name,
    segment: segments[int(0, segments.length - 1)]!.name,
    queuedAt: int(0, 10) * 5,
    serial,
  }));
  // Overflow delays: a group takes a contact only once it has waited long enough (monotone in
  // waiting time, as in the engine, so a queue head is always the most eligible of its queue).
  const delay = groups.map(() => [0, 0, 0, 60, 80][int(0, 4)]!);
  const view: FakeView = new FakeView(model, {
    now: 100,
    agents,
    contacts,
    blocked: (a, c) => view.now - view.contactQueuedAt(c) < delay[view.agentGroup(a)]!,
  });
  return { model, view, u: r() };
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** The element of `items` with the lexicographically smallest key, or -1. */
function argmin(items: number[], key: (x: number) => number[]): number {
  let best = -1;
  let bestKey: number[] = [];
  for (const x of items) {
    const k = key(x);
    const i = k.findIndex((v, j) => v !== bestKey[j]);
    if (best < 0 || (i >= 0 && (k[i] as number) < (bestKey[i] as number))) {
      best = x;
      bestKey = k;
    }
  }
  return best;
}

function refs(model: ModelDefinition, view: FakeView) {
  const servable = (c: number) => range(view.agentCount).filter((a) => view.canServe(a, c));
  const waitingFor = (a: number) => range(view.queueCount).flatMap((q) => {
    const out: number[] = [];
    for (let c = view.queueHead(q); c >= 0; c = view.queueNext(c)) if (view.canServe(a, c)) out.push(c);
    return out;
  });
  const typePriority = (c: number) => model.contactTypes[view.contactType(c)]!.priority;
  const defaultKey = (c: number) => [-typePriority(c), view.contactQueuedAt(c), view.contactSerial(c)];
  const idleKey = (a: number) => [view.agentIdleSince(a), a];
  const primary = (t: number) => model.contactTypes[t]!.requirements[0]?.skill ?? -1;
  const prof = (a: number, t: number) => (primary(t) < 0 ? 0 : view.agentProficiency(a, primary(t)));
  const maxValue = Math.max(0, ...model.segments.map((s) => s.value));
  const score = (c: number) => {
    const t = model.contactTypes[view.contactType(c)]!;
    const s = model.segments[view.contactSegment(c)]!;
    const w = maxValue > 0 ? 1 / maxValue : 0;
    return t.priority + s.priority + w * s.value + (view.now - view.contactQueuedAt(c)) / 60;
  };
  const onDuty = (a: number) => view.agentAvailable(a);
  const fraction = (agents: number[]) => {
    const duty = agents.filter(onDuty);
    return duty.length === 0 ? 0 : duty.filter((a) => view.agentLoad(a) > 0).length / duty.length;
  };
  const membersOf = (groups: readonly number[]) => range(view.agentCount).filter((a) => groups.includes(view.agentGroup(a)));
  return {
    'longest-idle-agent': {
      agent: (c: number) => argmin(servable(c), idleKey),
      contact: (a: number) => argmin(waitingFor(a), defaultKey),
    },
    'best-skill': {
      agent: (c: number) => argmin(servable(c), (a) => [-prof(a, view.contactType(c)), ...idleKey(a)]),
      contact: (a: number) => argmin(waitingFor(a), (c) => [-prof(a, view.contactType(c)), ...defaultKey(c)]),
    },
    'value-based': {
      agent: (c: number) => argmin(servable(c), idleKey),
      contact: (a: number) => argmin(waitingFor(a), (c) => [-score(c), ...defaultKey(c)]),
    },
    'least-occupied': {
      agent: (c: number) => {
        const eligible = view.eligibleGroups(view.contactType(c));
        return argmin(servable(c), (a) => {
          const g = view.agentGroup(a);
          const site = model.agentGroups[g]!.site;
          const siteGroups = eligible.filter((h) => model.agentGroups[h]!.site === site);
          return [fraction(membersOf(siteGroups)), fraction(membersOf([g])), g, ...idleKey(a)];
        });
      },
      contact: (a: number) => argmin(waitingFor(a), defaultKey),
    },
    'skills-priority': {
      agent: (c: number) => argmin(servable(c), (a) => [view.agentGroup(a), ...idleKey(a)]),
      contact: (a: number) =>
        argmin(waitingFor(a), (c) => [-typePriority(c), view.contactType(c), ...defaultKey(c)]),
    },
  };
}

const factories = {
  'longest-idle-agent': longestIdleAgentPolicy,
  'best-skill': bestSkillPolicy,
  'value-based': valueBasedPolicy,
  'least-occupied': leastOccupiedPolicy,
  'skills-priority': skillsPriorityPolicy,
} as const;

const CASES = 250;

describe('built-in policies against brute-force references', () => {
  for (const name of Object.keys(factories) as (keyof typeof factories)[]) {
    it(`${name} chooses what its rule says, looking only at pool and queue heads`, () => {
      let decisions = 0;
      for (let seed = 1; seed <= CASES; seed++) {
        const { model, view } = randomCase(seed);
        const policy = factories[name](fakeContext(model));
        const ref = refs(model, view)[name];
        const got = {
          agents: range(view.queueCount).flatMap((q) => (view.queueHead(q) < 0 ? [] : [view.queueHead(q)]))
            .map((c) => policy.selectAgent(c, view)),
          contacts: range(view.agentCount).map((a) => policy.selectContact(a, view)),
        };
        expect({ walks: view.calls.freeAgentNext, next: view.calls.queueNext }, `seed ${seed}`).toEqual({ walks: 0, next: 0 });
        const want = {
          agents: range(view.queueCount).flatMap((q) => (view.queueHead(q) < 0 ? [] : [view.queueHead(q)]))
            .map((c) => ref.agent(c)),
          contacts: range(view.agentCount).map((a) => ref.contact(a)),
        };
        expect(got, `seed ${seed}`).toEqual(want);
        decisions += got.agents.filter((a) => a >= 0).length + got.contacts.filter((c) => c >= 0).length;
      }
      expect(decisions).toBeGreaterThan(CASES); // the cases are not trivially empty
    });
  }

  it('random-agent picks the floor(u × n)-th servable agent in group, idle, id order', () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { model, view, u } = randomCase(seed);
      const policy = randomAgentPolicy(fakeContext(model, {}, new FixedUniformSource([u])));
      for (let q = 0; q < view.queueCount; q++) {
        const c = view.queueHead(q);
        if (c < 0) continue;
        const candidates = range(view.agentCount)
          .filter((a) => view.canServe(a, c))
          .sort((x, y) => view.agentGroup(x) - view.agentGroup(y) || view.agentIdleSince(x) - view.agentIdleSince(y) || x - y);
        const want = candidates.length === 0 ? -1 : candidates[Math.floor(u * candidates.length)]!;
        expect(policy.selectAgent(c, view), `seed ${seed}`).toBe(want);
      }
    }
  });
});

// Keep the channel list in sync with the generator above.
expect(CHANNELS.slice(0, 2)).toEqual(['voice', 'chat']);

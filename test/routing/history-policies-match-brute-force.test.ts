import { describe, expect, it } from 'vitest';
import type { Channel } from '../../src/model/channel';
import type { ModelDefinition } from '../../src/model/definition';
import { AFFINITY_WALK_LIMIT, agentAffinityPolicy } from '../../src/routing/agent-affinity';
import { CONTEXT_WALK_LIMIT, contextAwarePolicy } from '../../src/routing/context-aware';
import type { RoutingPolicy } from '../../src/routing/policy';
import { FakeView, fakeContext, fakeModel } from './fake-view';
import type { FakeAgent, FakeContact, FakeGroup, FakeType } from './fake-view';

/**
 * `agent-affinity` and `context-aware` against their rules written the slow obvious way (scan
 * every agent and every waiting contact, sort by the documented key), on many small random
 * centers with repeats, transfers, last agents (busy, free, off duty, in other groups) and ties.
 * At most 8 contacts wait in all, so the bounded walk never cuts a queue short here.
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

const NOW = 100;
const WAIT_LIMIT = 30;

function randomCase(seed: number): { model: ModelDefinition; view: FakeView } {
  const r = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const skills = ['s0', 's1'];
  const channels: Channel[] = ['voice', 'chat'];
  const types: FakeType[] = Array.from({ length: int(1, 3) }, (_, i) => ({
    name: `t${i}`,
    channel: channels[int(0, 1)]!,
    requirements: r() < 0.2 ? [] : [[skills[int(0, 1)]!, int(1, 3)] as const],
    priority: int(0, 1),
  }));
  const groups: FakeGroup[] = Array.from({ length: int(1, 3) }, (_, i) => {
    const voice = int(0, 1);
    return {
      name: `g${i}`,
      proficiency: Object.fromEntries(skills.map((s) => [s, int(0, 5)])),
      concurrency: { voice, chat: voice === 0 ? int(1, 2) : int(0, 2) },
    };
  });
  const segments = Array.from({ length: int(1, 3) }, (_, i) => ({ name: `seg${i}`, value: int(0, 2), priority: int(0, 1) }));
  const model = fakeModel({ skills, types, groups, segments });
  const agentCount = int(0, 8);
  const agents: FakeAgent[] = Array.from({ length: agentCount }, () => {
    const g = model.agentGroups[int(0, groups.length - 1)]!;
    const busy = r() < 0.4;
    const load = !busy ? {} : g.concurrency[0]! > 0 && r() < 0.5 ? { voice: 1 } : g.concurrency[1]! > 0 ? { chat: 1 } : {};
    return { group: g.name, idleSince: int(0, 4) * 5, load, onDuty: r() < 0.85 };
  });
  const n = int(0, AFFINITY_WALK_LIMIT);
  const serials = Array.from({ length: n }, (_, i) => i).sort(() => r() - 0.5);
  const contacts: FakeContact[] = serials.map((serial) => ({
    type: types[int(0, types.length - 1)]!.name,
    segment: segments[int(0, segments.length - 1)]!.name,
    // waits of 0–100 s in steps of 10: some exactly at the 30 s wait limit
    queuedAt: NOW - int(0, 10) * 10,
    serial,
    attempt: r() < 0.5 ? 1 : int(2, 3),
    transfer: r() < 0.15,
    ...(agentCount > 0 && r() < 0.8 ? { lastAgent: int(0, agentCount - 1) } : {}),
  }));
  const delay = groups.map(() => [0, 0, 40][int(0, 2)]!);
  const view: FakeView = new FakeView(model, {
    now: NOW,
    agents,
    contacts,
    blocked: (a, c) => view.now - view.contactQueuedAt(c) < delay[view.agentGroup(a)]!,
  });
  return { model, view };
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

interface Reference {
  agent(contact: number): number;
  contact(agent: number): number;
}

function references(
  model: ModelDefinition,
  view: FakeView,
): Record<'agent-affinity' | 'context-aware' | 'longest-idle-agent', Reference> {
  const waiting = range(view.queueCount).flatMap((q) => {
    const out: number[] = [];
    for (let c = view.queueHead(q); c >= 0; c = view.queueNext(c)) out.push(c);
    return out;
  });
  const servable = (c: number) => range(view.agentCount).filter((a) => view.canServe(a, c));
  const servableBy = (a: number) => waiting.filter((c) => view.canServe(a, c));
  const typePriority = (c: number) => model.contactTypes[view.contactType(c)]!.priority;
  const defaultKey = (c: number) => [-typePriority(c), view.contactQueuedAt(c), view.contactSerial(c)];
  const idleKey = (a: number) => [view.agentIdleSince(a), a];

  // agent-affinity
  const affinity = (c: number): number => {
    const last = view.issueLastAgent(view.contactIssue(c));
    const repeat = view.contactAttempt(c) > 1 && !view.contactIsTransfer(c);
    return repeat && last >= 0 && view.agentAvailable(last) && view.isEligible(last, c) ? last : -1;
  };
  const heldFor = (c: number): number =>
    affinity(c) >= 0 && view.now - view.contactQueuedAt(c) < WAIT_LIMIT ? affinity(c) : -1;

  // context-aware
  const values = model.segments.map((s) => s.value);
  const maxValue = Math.max(0, ...values);
  const top = (c: number) => maxValue > Math.min(...values) && values[view.contactSegment(c)] === maxValue;
  const weight = maxValue > 0 ? 1 / maxValue : 0;
  const score = (c: number) => {
    const t = model.contactTypes[view.contactType(c)]!;
    const s = model.segments[view.contactSegment(c)]!;
    return t.priority + s.priority + weight * s.value + (view.contactAttempt(c) > 1 ? 2 : 0) + (view.now - view.contactQueuedAt(c)) / 60;
  };
  const proficiency = (a: number, c: number) => {
    const req = model.contactTypes[view.contactType(c)]!.requirements[0];
    return req === undefined ? 0 : view.agentProficiency(a, req.skill);
  };

  return {
    'longest-idle-agent': {
      agent: (c) => argmin(servable(c), idleKey),
      contact: (a) => argmin(servableBy(a), defaultKey),
    },
    'agent-affinity': {
      agent: (c) => {
        const last = affinity(c);
        if (last >= 0 && view.canServe(last, c)) return last;
        if (heldFor(c) >= 0) return -1;
        return argmin(servable(c), idleKey);
      },
      contact: (a) => {
        const mine = servableBy(a).filter((c) => heldFor(c) === a);
        if (mine.length > 0) return argmin(mine, defaultKey);
        return argmin(servableBy(a).filter((c) => heldFor(c) < 0), defaultKey);
      },
    },
    'context-aware': {
      agent: (c) =>
        view.contactAttempt(c) > 1 || top(c)
          ? argmin(servable(c), (a) => [-proficiency(a, c), ...idleKey(a)])
          : argmin(servable(c), idleKey),
      contact: (a) => argmin(servableBy(a), (c) => [-score(c), ...defaultKey(c)]),
    },
  };
}

const factories = {
  'agent-affinity': (model: ModelDefinition) => agentAffinityPolicy(fakeContext(model, { waitLimit: WAIT_LIMIT })),
  'context-aware': (model: ModelDefinition) => contextAwarePolicy(fakeContext(model)),
} as const;

const CASES = 400;

describe('history-aware policies against brute-force references', () => {
  it('the walk bound covers every queue here', () => {
    expect(AFFINITY_WALK_LIMIT).toBe(8);
    expect(CONTEXT_WALK_LIMIT).toBe(8);
  });

  for (const name of Object.keys(factories) as (keyof typeof factories)[]) {
    it(`${name} chooses what its rule says`, () => {
      let decisions = 0;
      let historyMattered = 0;
      for (let seed = 1; seed <= CASES; seed++) {
        const { model, view } = randomCase(seed);
        const policy: RoutingPolicy = factories[name](model);
        const ref = references(model, view)[name];
        const waiting = range(view.queueCount).flatMap((q) => {
          const out: number[] = [];
          for (let c = view.queueHead(q); c >= 0; c = view.queueNext(c)) out.push(c);
          return out;
        });
        view.calls.freeAgentNext = 0;
        const got = {
          agents: waiting.map((c) => policy.selectAgent(c, view)),
          contacts: range(view.agentCount).map((a) => policy.selectContact(a, view)),
        };
        expect(view.calls.freeAgentNext, `seed ${seed}: no walk through free pools`).toBe(0);
        const want = {
          agents: waiting.map((c) => ref.agent(c)),
          contacts: range(view.agentCount).map((a) => ref.contact(a)),
        };
        expect(got, `seed ${seed}`).toEqual(want);
        decisions += got.agents.filter((a) => a >= 0).length + got.contacts.filter((c) => c >= 0).length;
        // The cases exercise the history: decisions that differ from longest-idle-agent's.
        const plain = references(model, view)['longest-idle-agent'];
        historyMattered += waiting.filter((c, i) => plain.agent(c) !== got.agents[i]).length;
        historyMattered += range(view.agentCount).filter((a) => plain.contact(a) !== got.contacts[a]).length;
      }
      expect(decisions).toBeGreaterThan(CASES);
      expect(historyMattered).toBeGreaterThan(CASES / 10);
    });
  }
});

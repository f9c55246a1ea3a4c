import { describe, expect, it } from 'vitest';
import { contextAwarePolicy } from '../../src/routing/context-aware';
import { FakeView, fakeContext, fakeModel } from './fake-view';
import type { FakeAgent, FakeContact, FakeSegment } from './fake-view';

// Values 4 and 1: the default valueWeight is 1/4, so gold adds 1 level and bronze 0.25.
const SEGMENTS: FakeSegment[] = [
  { name: 'gold', value: 4 },
  { name: 'bronze', value: 1 },
];
function model(segments: FakeSegment[] = SEGMENTS) {
  return fakeModel({
    skills: ['support', 'sales'],
    segments,
    types: [
      { name: 'support', requirements: [['support', 1]] },
      { name: 'vip-line', requirements: [['support', 1]], priority: 1 },
      { name: 'walk-in' }, // no requirements: every agent equally proficient
    ],
    groups: [
      { name: 'experts', proficiency: { support: 5, sales: 1 } },
      { name: 'juniors', proficiency: { support: 1, sales: 5 } },
    ],
  });
}

const NOW = 1000;

/** `junior` idle longest, then `expert`, then `expert-2`. */
const AGENTS: FakeAgent[] = [
  { name: 'expert', group: 'experts', idleSince: 300 },
  { name: 'junior', group: 'juniors', idleSince: 100 },
  { name: 'expert-2', group: 'experts', idleSince: 400 },
];

const contact = (name: string, segment: string, waited: number, attempt = 1, extra: Partial<FakeContact> = {}): FakeContact => ({
  name,
  type: 'support',
  segment,
  queuedAt: NOW - waited,
  attempt,
  ...extra,
});

function contactFor(contacts: FakeContact[], options: Record<string, unknown> = {}, agent = 'expert'): string {
  const m = model();
  const v = new FakeView(m, { now: NOW, agents: AGENTS, contacts });
  return v.contactName(contextAwarePolicy(fakeContext(m, options)).selectContact(v.agent(agent), v));
}

function agentFor(c: FakeContact, opts: { segments?: FakeSegment[]; agents?: FakeAgent[] } = {}): string {
  const m = model(opts.segments);
  const v = new FakeView(m, { now: NOW, agents: opts.agents ?? AGENTS, contacts: [c] });
  return v.agentName(contextAwarePolicy(fakeContext(m)).selectAgent(0, v));
}

describe('context-aware selectContact', () => {
  it('serves a repeat contact before a fresher first contact of a higher-value customer', () => {
    // bronze repeat: 0.25 + 2 = 2.25; gold first: 1 + 0.5.
    expect(contactFor([contact('gold', 'gold', 30), contact('bronze-again', 'bronze', 0, 2)])).toBe('bronze-again');
  });

  it('serves the high-value customer first among first contacts', () => {
    expect(contactFor([contact('bronze', 'bronze', 10), contact('gold', 'gold', 0)])).toBe('gold');
  });

  it('ages: a first contact that waited repeatBonus aging periods more overtakes a repeat', () => {
    // bronze first waited 130 s: 0.25 + 130/60 = 2.42 > bronze repeat fresh 2.25; 110 s: 2.08 < 2.25.
    expect(contactFor([contact('patient', 'bronze', 130), contact('again', 'bronze', 0, 2)])).toBe('patient');
    expect(contactFor([contact('patient', 'bronze', 110), contact('again', 'bronze', 0, 2)])).toBe('again');
  });

  it('finds a repeat contact behind a first contact in the same queue', () => {
    expect(contactFor([contact('head', 'bronze', 30), contact('behind', 'bronze', 10, 3)])).toBe('behind');
  });

  it('honours repeatBonus (0: history ignored, FIFO within a queue)', () => {
    const contacts = [contact('head', 'bronze', 30), contact('behind', 'bronze', 10, 2)];
    expect(contactFor(contacts, { repeatBonus: 0 })).toBe('head');
    // Bonus 0.25 is worth 15 s: a repeat that waited 10 s (0.417) loses to 30 s (0.5)...
    expect(contactFor(contacts, { repeatBonus: 0.25 })).toBe('head');
    // ... and wins against 20 s (0.333).
    expect(contactFor([contact('head', 'bronze', 20), contact('behind', 'bronze', 10, 2)], { repeatBonus: 0.25 })).toBe('behind');
  });

  it('counts a transfer as a later attempt', () => {
    expect(contactFor([contact('gold', 'gold', 0), contact('moved', 'bronze', 0, 2, { transfer: true })])).toBe('moved');
  });

  it('honours valueWeight and agingTime', () => {
    expect(contactFor([contact('bronze', 'bronze', 10), contact('gold', 'gold', 0)], { valueWeight: 0 })).toBe('bronze');
    // agingTime 10: 10 s of waiting is a full level, more than gold's 0.75 advantage.
    expect(contactFor([contact('bronze', 'bronze', 10), contact('gold', 'gold', 0)], { agingTime: 10 })).toBe('bronze');
  });

  it('adds the contact-type priority and breaks score ties by the default order', () => {
    const vip = { name: 'vip', type: 'vip-line', segment: 'bronze', queuedAt: NOW };
    expect(contactFor([contact('gold', 'gold', 10), vip])).toBe('vip'); // 1.25 vs 1.167
    // Equal scores: gold first waited 15 s (1.25) vs vip bronze fresh (1.25): priority wins.
    expect(contactFor([contact('gold', 'gold', 15), vip])).toBe('vip');
    // Equal scores, same priority: earlier queued wins.
    expect(contactFor([contact('b1', 'bronze', 45, 2), contact('g1', 'gold', 0, 2)])).toBe('b1');
  });

  it('looks behind a queue head only when a repeat there could beat it', () => {
    // Nothing behind a repeat head, a due callback at the head, or any head when repeats earn no bonus, can
    // beat that head (same type and segment, less aged): the policy does not walk those queues.
    const walks = (contacts: FakeContact[], options: Record<string, unknown> = {}): number => {
      const m = model();
      const v = new FakeView(m, { now: NOW, agents: AGENTS, contacts });
      contextAwarePolicy(fakeContext(m, options)).selectContact(v.agent('expert'), v);
      return v.calls.queueNext;
    };
    expect(walks([contact('head', 'bronze', 30, 2), contact('behind', 'bronze', 10, 3)])).toBe(0);
    expect(walks([contact('head', 'bronze', 30), contact('behind', 'bronze', 10, 3)], { repeatBonus: 0 })).toBe(0);
    expect(walks([contact('due', 'bronze', 5, 1, { callback: { kind: 2, promise: NOW + 60 } }), contact('behind', 'bronze', 10, 3)])).toBe(0);
    expect(walks([contact('head', 'bronze', 30), contact('behind', 'bronze', 10, 3)])).toBe(1);
  });

  it('looks at most 8 contacts deep in a queue for a repeat', () => {
    const firsts = (n: number) => Array.from({ length: n }, (_, i) => contact(`f${i}`, 'bronze', 50 - i));
    expect(contactFor([...firsts(7), contact('again', 'bronze', 1, 2)])).toBe('again');
    expect(contactFor([...firsts(8), contact('again', 'bronze', 1, 2)])).toBe('f0');
  });

  it('returns none for an agent without free capacity', () => {
    const m = model();
    const v = new FakeView(m, { now: NOW, agents: [{ name: 'busy', group: 'experts', load: { voice: 1 } }], contacts: [contact('c', 'gold', 0)] });
    expect(contextAwarePolicy(fakeContext(m)).selectContact(0, v)).toBe(-1);
  });
});

describe('context-aware selectAgent', () => {
  it('gives a repeat contact to the most proficient free agent', () => {
    expect(agentFor(contact('again', 'bronze', 0, 2))).toBe('expert');
  });

  it('gives a top-segment contact to the most proficient free agent', () => {
    expect(agentFor(contact('gold', 'gold', 0))).toBe('expert');
  });

  it('gives other contacts to the longest-idle agent', () => {
    expect(agentFor(contact('bronze', 'bronze', 0))).toBe('junior');
  });

  it('breaks proficiency ties by idle time, then agent id', () => {
    const walkIn = { name: 'w', type: 'walk-in', segment: 'gold', queuedAt: NOW };
    expect(agentFor(walkIn)).toBe('junior'); // no requirements: all equal, longest idle
    const twins: FakeAgent[] = [
      { name: 'id-0', group: 'experts', idleSince: 50 },
      { name: 'id-1', group: 'experts', idleSince: 50 },
    ];
    expect(agentFor(contact('gold', 'gold', 0), { agents: twins })).toBe('id-0');
  });

  it('singles out no segment when all values are equal', () => {
    const flat = [{ name: 'gold', value: 2 }, { name: 'bronze', value: 2 }];
    expect(agentFor(contact('gold', 'gold', 0), { segments: flat })).toBe('junior');
    expect(agentFor(contact('again', 'gold', 0, 2), { segments: flat })).toBe('expert');
  });

  it('returns none when no free agent can serve the contact', () => {
    const busy: FakeAgent[] = [{ name: 'x', group: 'experts', load: { voice: 1 } }];
    expect(agentFor(contact('gold', 'gold', 0), { agents: busy })).toBe('none');
  });
});

describe('context-aware options', () => {
  const create = (options: Record<string, unknown>) => () => contextAwarePolicy(fakeContext(model(), options));

  it('accepts its options', () => {
    expect(create({ repeatBonus: 0, valueWeight: 0.5, agingTime: 30 })).not.toThrow();
  });

  it('rejects unknown options with a suggestion', () => {
    expect(create({ repeatbonus: 1 })).toThrow(
      "routing.options.repeatbonus: unknown option for policy 'context-aware'; did you mean 'repeatBonus'?",
    );
  });

  it('rejects bad values naming the option', () => {
    expect(create({ repeatBonus: -1 })).toThrow('routing.options.repeatBonus: must be a non-negative finite number, got -1');
    expect(create({ valueWeight: Number.NaN })).toThrow('routing.options.valueWeight: must be a non-negative finite number, got NaN');
    expect(create({ agingTime: 0 })).toThrow('routing.options.agingTime: must be a positive finite number, got 0');
    expect(create({ agingTime: '1m' })).toThrow(RangeError);
  });
});

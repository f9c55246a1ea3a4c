import { describe, expect, it } from 'vitest';
import { JourneyCollector } from '../../src/metrics/journey-collector';
import { singleContactIssues } from '../../src/model/journey';
import type { ObserverHook } from '../../src/model/observer';
import { simulate } from '../../src/run/simulate';
import { resolveScenario } from '../../src/scenario/resolve';

/**
 * With single-contact issues (no repeat, retrial, transfer ...) the journey collector counts every
 * issue when it closes (see `JourneyCollector`'s `single` path). A `repeat` and a `retrial` of
 * probability 0 send the same model down the general path (the contacts' hooks), and change
 * nothing else: the customer never comes back, and the draw that says so comes from the
 * `return:<type>` stream, which nothing else reads. So the two runs must give the same bytes.
 */

type Input = Record<string, unknown>;

/** Two types, two segments, three groups on two sites, resolution by proficiency, a warm-up, 2.5 days cut with contacts still in the system, a small waiting room. */
function center(followUps: boolean, seed: number): Input {
  const never = followUps ? { repeat: { probability: 0, delay: { kind: 'exponential', mean: '1h' } }, retrial: { probability: 0, delay: { kind: 'exponential', mean: '10m' } } } : {};
  return {
    name: 'journey single contact',
    horizon: '60h',
    warmup: '2h',
    endOfDay: 'cut',
    interval: '1h',
    skills: ['billing', 'sales'],
    segments: [{ name: 'gold', share: 0.3 }, { name: 'standard', share: 0.7 }],
    sites: [{ name: 'north' }, { name: 'south' }],
    waitingRoom: { voice: 6 },
    contactTypes: [
      {
        name: 'billing',
        channel: 'voice',
        skills: { billing: 1 },
        arrivals: { rate: `${90 + seed}/h` },
        handleTime: { kind: 'exponential', mean: '4m' },
        patience: { kind: 'exponential', mean: '2m' },
        resolution: { probability: 0.8, byProficiency: { 1: 0.7, 2: 1 } },
        ...never,
      },
      {
        name: 'sales',
        channel: 'email',
        skills: { sales: 1 },
        arrivals: { rate: '20/h' },
        handleTime: { kind: 'exponential', mean: '10m' },
        resolution: { probability: 0.6 },
        ...never,
      },
    ],
    agentGroups: [
      { name: 'a', site: 'north', skills: { billing: 2 }, agents: 4 },
      { name: 'b', site: 'north', skills: { billing: 1, sales: 1 }, channels: { voice: 1, email: 1 }, agents: 2 },
      { name: 'c', site: 'south', skills: { sales: 1 }, channels: { email: 2 }, agents: 1 },
    ],
  };
}

describe('JourneyCollector with single-contact issues', () => {
  it('is the path of a model whose issues have one contact each, and only then', () => {
    expect(singleContactIssues(resolveScenario(center(false, 0) as never))).toBe(true);
    expect(singleContactIssues(resolveScenario(center(true, 0) as never))).toBe(false);
  });

  for (const seed of [1, 2, 3]) {
    it(`gives the bytes of the general path (seed ${seed})`, () => {
      const single = simulate(center(false, seed) as never, { seed, checkInvariants: true });
      const general = simulate(center(true, seed) as never, { seed, checkInvariants: true });
      expect(JSON.stringify(single)).toBe(JSON.stringify(general));
      // Every count the single path derives is exercised: warm-up, resolved, given up (served
      // unresolved, abandoned, blocked), open at the end, three days, every group.
      const j = single.journey;
      expect(j.overall.issues).toBeGreaterThan(1000);
      expect(j.overall.resolved).toBeGreaterThan(0);
      expect(j.overall.gaveUp).toBeGreaterThan(j.overall.firstContactsEnded - j.overall.firstContactsServed);
      expect(j.overall.firstContactsServed).toBeLessThan(j.overall.firstContactsEnded);
      expect(j.overall.openAtEnd).toBeGreaterThan(0);
      expect(single.overall.blocked).toBeGreaterThan(0);
      expect(j.byDay).toHaveLength(3);
      expect(j.byAgentGroup.every((g) => g.issues > 0)).toBe(true);
        expect(j.overall.issues).toBe(single.overall.offered);
    });
  }

  it('counts nothing twice when an observer forwards every hook, subscribed or not', () => {
    const input = center(false, 1) as never;
    const plain = simulate(input, { seed: 1 });
    const collector = new JourneyCollector();
    // A forwarder that calls the collector's hooks without asking `subscribes`.
    const forward = {
      attach: (v: never) => collector.attach(v),
      onArrival: (c: number) => collector.onArrival(c),
      onServiceEnd: (c: number, a: number) => collector.onServiceEnd(c, a),
      onAbandon: (c: number) => collector.onAbandon(c),
      onBlocked: (c: number) => collector.onBlocked(c),
      onIssueClosed: (i: number, r: boolean) => collector.onIssueClosed(i, r),
      onIssueOpenAtEnd: (i: number) => collector.onIssueOpenAtEnd(i),
    };
    simulate(input, { seed: 1, observers: [forward] });
    expect(JSON.stringify(collector.result())).toBe(JSON.stringify(plain.journey));
  });

  it('listens only to issues closing and open at the end', () => {
    const model = resolveScenario(center(false, 0) as never);
    const collector = new JourneyCollector();
    collector.attach({ model } as never);
    const hooks: ObserverHook[] = ['onArrival', 'onServiceEnd', 'onAbandon', 'onBlocked', 'onQueueExit', 'onSelfServiceEnd', 'onIssueClosed', 'onIssueOpenAtEnd'];
    expect(hooks.filter((h) => collector.subscribes(h))).toEqual(['onIssueClosed', 'onIssueOpenAtEnd']);
    const general = new JourneyCollector();
    general.attach({ model: resolveScenario(center(true, 0) as never) } as never);
    expect(hooks.every((h) => general.subscribes(h))).toBe(true);
  });
});

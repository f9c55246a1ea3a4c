import { describe, expect, it } from 'vitest';
import type { CallbackDefinition, ModelDefinition } from '../../src/model/definition';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { exponential } from '../../src/random/distributions/exponential';
import { RandomStreams } from '../../src/random/streams';
import { isDueCallback } from '../../src/routing/selectors';
import { simulateModel } from '../../src/run/simulate';
import { POLICIES } from './due-callback-models';
import { journeyModel } from './journey-model';

/**
 * Property, on random voice-only centers (so an agent who takes a contact held nothing before,
 * and could have taken any contact it is eligible for) with scheduled and virtual-hold callbacks
 * that customers sometimes do not answer (so retries fall due too), under every built-in policy:
 * - an agent never takes a contact that is not a due callback while a due callback it is eligible
 *   for is waiting;
 * - an agent takes due callbacks in order: those within their promise before those past it,
 *   earliest promise first (ties: arrival order).
 * The engine's invariant checks run too. Checked whenever an agent takes a contact, against the
 * heads of all queues (due callbacks stand at the front of their queue).
 */
class DueOrderChecker implements ContactCenterObserver {
  /** Takes checked while some due callback was waiting for the agent, and due callbacks taken. */
  contested = 0;
  dueTaken = 0;
  private view!: ContactCenterView;
  attach(view: ContactCenterView): void {
    this.view = view;
  }
  onCallbackAttempt(c: number, agent: number): void {
    const v = this.view;
    // The attempt is already counted: a virtual-hold callback's first attempt is not due.
    this.taken(c, agent, v.contactCallback(c) === 2 || v.contactCallbackAttempts(c) > 1);
  }
  onServiceStart(c: number, agent: number): void {
    if (this.view.contactCallback(c) === 0) this.taken(c, agent, false);
  }
  private rank(c: number): [number, number, number] {
    const v = this.view;
    const promise = v.contactCallbackPromise(c);
    return [promise >= v.now ? 0 : 1, promise, v.contactSerial(c)];
  }
  private taken(c: number, agent: number, due: boolean): void {
    const v = this.view;
    if (due) this.dueTaken++;
    let contested = false;
    for (let q = 0; q < v.queueCount; q++) {
      const head = v.queueHead(q);
      if (head < 0 || !isDueCallback(v, head) || !v.isEligible(agent, head)) continue;
      contested = true;
      const what = `t=${v.now}: agent ${agent} took #${v.contactSerial(c)} while due callback #${v.contactSerial(head)} waited`;
      if (!due) throw new Error(`${what} (#${v.contactSerial(c)} is not a due callback)`);
      const [a, b] = [this.rank(c), this.rank(head)];
      const before = a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
      if (!before) throw new Error(`${what} (out of order: ${a.join('/')} vs ${b.join('/')})`);
    }
    if (contested) this.contested++;
  }
}

/** A random center: 1–2 segments, 2–3 voice types over 2 skills, 3 groups, 90 minutes at ~110 % load. */
function randomModel(seed: number, policy: string): ModelDefinition {
  const r = new RandomStreams(seed).stream('model');
  const pick = (n: number) => Math.floor(r.next() * n);
  const segmentCount = 1 + pick(2);
  const segments = Array.from({ length: segmentCount }, (_, id) => ({
    id,
    name: `s${id}`,
    share: 1 / segmentCount,
    value: 1 + pick(10),
    priority: pick(2),
  }));
  const base = journeyModel({ agents: 1, horizon: 5400 });
  const template = base.contactTypes[0]!;
  const groups = [
    [2, 0],
    [1, 3],
    [0, 1],
  ].map((proficiency, id) => ({
    ...base.agentGroups[0]!,
    id,
    name: `g${id}`,
    proficiency,
    staffing: { kind: 'constant' as const, agents: 2 + pick(3) },
  }));
  const typeCount = 2 + pick(2);
  const agents = groups.reduce((n, g) => n + g.staffing.agents, 0);
  const contactTypes = Array.from({ length: typeCount }, (_, id) => {
    const mean = 120 + pick(180);
    const callback: CallbackDefinition = {
      mode: r.next() < 0.7 ? 'scheduled' : 'virtual-hold',
      offerAbove: 30,
      predictor: 'queue-position',
      acceptance: { base: 0.6, perMinute: 0 },
      promiseAfter: 300 + pick(300),
      window: 30 + pick(90),
      noAnswer: 0.2,
      attemptTime: 20,
      retryDelay: 120,
      maxAttempts: 2,
    };
    return {
      ...template,
      id,
      name: `t${id}`,
      requirements: [{ skill: id % 2, minProficiency: 1 }],
      handleTime: exponential({ mean }),
      patience: exponential({ mean: 400 }),
      priority: pick(3),
      segmentMix: segments.map((s) => s.share),
      arrivals: { kind: 'poisson' as const, rate: (1.1 * agents) / typeCount / mean },
      callback,
    };
  });
  return {
    ...base,
    skills: ['a', 'b'],
    segments,
    contactTypes,
    agentGroups: groups,
    routing: { policy, options: {} },
  };
}

describe('due callbacks under random traffic', () => {
  for (const policy of POLICIES) {
    it(`are never passed over, and are taken in promise order (${policy})`, () => {
      let contested = 0;
      let dueTaken = 0;
      for (const seed of [1, 2, 3]) {
        const checker = new DueOrderChecker();
        simulateModel(randomModel(seed, policy), { seed, observers: [checker], checkInvariants: true });
        contested += checker.contested;
        dueTaken += checker.dueTaken;
      }
      // The property was put to the test: many due callbacks, often several waiting at once.
      expect(dueTaken).toBeGreaterThan(100);
      expect(contested).toBeGreaterThan(20);
    });
  }
});

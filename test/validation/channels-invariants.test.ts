import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, VOICE } from '../../src/model/channel';
import { exponential } from '../../src/random/distributions/exponential';
import type { ModelDefinition } from '../../src/model/definition';
import { simulateModel } from '../../src/run/simulate';
import { buildScenario, rawScenarioArb } from '../support/random-scenario';
import { expectConsistentResult } from '../support/result-checks';
import { WorkConservationChecker } from '../support/work-conservation';

/**
 * The random centers of `invariants.test.ts`, each with the mechanisms of docs/channels.md: a
 * concurrency slowdown on every non-voice channel its groups handle (factors drawn between 0.5
 * and 3, so some levels even speed up), a self-service stage on every other contact type
 * (containment and opt-out drawn) and silent abandonment on its chat and messaging types. The
 * InvariantChecker then also checks that every slowed service ends with its work done, that
 * sessions end after they begin and contain only issues without contacts, and that silent abandons
 * are of the right types; results must stay consistent and reproducible.
 */
const RUNS = 25;
const FC_SEED = 20_261_207;
const CHAT = CHANNELS.indexOf('chat');
const MESSAGING = CHANNELS.indexOf('messaging');

function withChannels(model: ModelDefinition, factors: readonly number[]): ModelDefinition {
  let k = 0;
  const next = (): number => factors[k++ % factors.length]!;
  const agentGroups = model.agentGroups.map((g) => ({
    ...g,
    slowdown: g.concurrency.map((limit, ch) => (ch === VOICE ? [] : Array.from({ length: limit }, next))),
  }));
  const contactTypes = model.contactTypes.map((t, i) => {
    const bot = i % 2 === 0 ? { selfService: { time: exponential({ mean: 20 * next() }), containment: next() / 3, optOut: next() / 6, optOutTime: null, context: next() > 1.5 } } : {};
    const silent = t.channel === CHAT || t.channel === MESSAGING ? { silentAbandonment: { probability: next() / 3, after: exponential({ mean: 30 * next() }), discoveryTime: exponential({ mean: 10 }) } } : {};
    return { ...t, ...bot, ...silent };
  });
  return { ...model, agentGroups, contactTypes };
}

describe('random scenarios with slowdown, self-service and silent abandonment', () => {
  it(`keep every invariant and are reproducible (${RUNS} scenarios)`, () => {
    let slowed = 0;
    let sessions = 0;
    let silent = 0;
    fc.assert(
      fc.property(rawScenarioArb, fc.array(fc.double({ min: 0.5, max: 3, noNaN: true }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 1_000_000 }), (raw, factors, seed) => {
        const model = withChannels(buildScenario(raw), factors);
        if (model.agentGroups.some((g) => g.concurrency.some((limit, ch) => ch !== VOICE && limit > 0))) slowed++;
        const conservation = new WorkConservationChecker();
        const checked = simulateModel(model, { seed, checkInvariants: true, observers: model.routing.policy === 'fixed-queue-ratio-threshold' ? [] : [conservation] });
        expectConsistentResult(checked, model);
        for (const b of checked.selfService ?? []) sessions += b.sessions;
        for (const x of checked.silentAbandonment ?? []) silent += x.silentAbandoned;
        expect(JSON.stringify(simulateModel(model, { seed })), 'same seed, same result').toBe(JSON.stringify(checked));
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
    expect(slowed, 'most centers have a slowed channel').toBeGreaterThan(RUNS / 3);
    expect(sessions, 'self-service sessions happened').toBeGreaterThan(0);
    expect(silent, 'silent abandons happened').toBeGreaterThan(0);
  });
});

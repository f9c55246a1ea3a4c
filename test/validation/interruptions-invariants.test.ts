import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VOICE } from '../../src/model/channel';
import type { ModelDefinition } from '../../src/model/definition';
import type { SlotDuringGap } from '../../src/model/messaging-session-definition';
import { deterministic } from '../../src/random/distributions/deterministic';
import { exponential } from '../../src/random/distributions/exponential';
import { simulateModel } from '../../src/run/simulate';
import { drainMustFinishEverything } from '../support/drain-contract';
import { probeMissedInterruptions } from '../support/missed-interruptions';
import { buildScenario, rawScenarioArb } from '../support/random-scenario';
import { expectConsistentResult } from '../support/result-checks';
import { WorkConservationChecker } from '../support/work-conservation';

/**
 * The random centers of `invariants.test.ts`, each group that takes calls and other work letting a
 * call suspend every other channel it handles (`interruptions`, a resume overhead drawn from 0 to
 * 60 s), half of them drained. The InvariantChecker then also checks that suspended contacts wait
 * only while their agent is on a call, only in a suspendable channel, never longer than their
 * service; results must stay consistent and reproducible, and a drained run must leave nothing
 * unfinished where the drain contract says so (suspended contacts included).
 */
const RUNS = 15;
const FC_SEED = 20_261_208;

function withInterruptions(model: ModelDefinition, overhead: number, drain: boolean): ModelDefinition {
  const agentGroups = model.agentGroups.map((g) => {
    const others = g.concurrency.flatMap((limit, ch) => (ch !== VOICE && limit > 0 ? [ch] : []));
    if ((g.concurrency[VOICE] ?? 0) === 0 || others.length === 0 || g.slowdown !== undefined) return g;
    return { ...g, interruptions: { suspends: others, resumeOverhead: overhead } };
  });
  return { ...model, agentGroups, endOfDay: drain ? 'drain' : model.endOfDay };
}

/** Every messaging type of `model` made a session of 1–4 turns (exponential reply gaps of mean `gap`), its slot `slot`. */
function withSessions(model: ModelDefinition, slot: SlotDuringGap, gap: number, turns: number, timeout: number): ModelDefinition {
  const session = { exchanges: deterministic({ value: turns }), replyGap: exponential({ mean: gap }), slotDuringGap: slot, sticky: true, timeout };
  return { ...model, contactTypes: model.contactTypes.map((t) => (t.channel === 3 ? { ...t, session } : t)) };
}

describe('random scenarios with interruptions', () => {
  it(`keep every invariant, the drain contract, and are reproducible (${RUNS} scenarios)`, () => {
    let suspensions = 0;
    let withRule = 0;
    fc.assert(
      fc.property(rawScenarioArb, fc.double({ min: 0, max: 60, noNaN: true }), fc.boolean(), fc.integer({ min: 1, max: 1_000_000 }), (raw, overhead, drain, seed) => {
        const model = withInterruptions(buildScenario(raw), overhead, drain);
        if (model.agentGroups.some((g) => g.interruptions !== undefined)) withRule++;
        const conservation = new WorkConservationChecker();
        const checked = simulateModel(model, { seed, checkInvariants: true, observers: model.routing.policy === 'fixed-queue-ratio-threshold' ? [] : [conservation] });
        expectConsistentResult(checked, model);
        for (const b of checked.interruptions ?? []) suspensions += b.interruptions;
        if (drainMustFinishEverything(model)) expect(checked.overall.unfinished, 'a drained run finishes everything').toBe(0);
        expect(JSON.stringify(simulateModel(model, { seed })), 'same seed, same result').toBe(JSON.stringify(checked));
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
    expect(withRule, 'some centers have a group with interruptions').toBeGreaterThan(RUNS / 5);
    expect(suspensions, 'calls suspended other work').toBeGreaterThan(0);
  });

  it(`never leave a call waiting while an agent it could interrupt exists (${RUNS} scenarios, checked after every instant)`, () => {
    let probes = 0;
    let withInterruptible = 0;
    fc.assert(
      fc.property(rawScenarioArb, fc.double({ min: 0, max: 60, noNaN: true }), fc.integer({ min: 1, max: 1_000_000 }), (raw, overhead, seed) => {
        const report = probeMissedInterruptions(withInterruptions(buildScenario(raw), overhead, false), seed);
        expect(report.missed).toBeNull();
        probes += report.probes;
        withInterruptible += report.withInterruptible;
      }),
      { seed: FC_SEED + 1, numRuns: RUNS },
    );
    expect(withInterruptible, 'some instants had an interruptible agent').toBeGreaterThan(probes / 100);
  });

  it(`keep every invariant, the drain contract and the rule when calls suspend messaging sessions (${RUNS} scenarios)`, () => {
    let sessionSuspensions = 0;
    let withRule = 0;
    const sessionArb = fc.record({
      slot: fc.constantFrom<SlotDuringGap>('held', 'released'),
      gap: fc.constantFrom(1, 60, 600),
      turns: fc.integer({ min: 1, max: 4 }),
      timeout: fc.constantFrom(Infinity, 300),
    });
    fc.assert(
      fc.property(rawScenarioArb, sessionArb, fc.double({ min: 0, max: 60, noNaN: true }), fc.boolean(), fc.integer({ min: 1, max: 1_000_000 }), (raw, s, overhead, drain, seed) => {
        const model = withSessions(withInterruptions(buildScenario(raw), overhead, drain), s.slot, s.gap, s.turns, s.timeout);
        if (!model.agentGroups.some((g) => g.interruptions?.suspends.includes(3) === true)) return;
        withRule++;
        const checked = simulateModel(model, { seed, checkInvariants: true });
        expectConsistentResult(checked, model);
        const messaging = new Set(model.contactTypes.filter((t) => t.session !== undefined).map((t) => t.name));
        for (const b of checked.interruptions ?? []) if (messaging.has(b.name)) sessionSuspensions += b.interruptions;
        if (drainMustFinishEverything(model)) expect(checked.overall.unfinished, 'a drained run finishes everything').toBe(0);
        expect(JSON.stringify(simulateModel(model, { seed })), 'same seed, same result').toBe(JSON.stringify(checked));
        expect(probeMissedInterruptions(model, seed).missed).toBeNull();
      }),
      { seed: FC_SEED + 2, numRuns: RUNS },
    );
    expect(withRule, 'some centers let calls suspend messaging').toBeGreaterThan(RUNS / 5);
    expect(sessionSuspensions, 'calls suspended messaging sessions').toBeGreaterThan(0);
  });
});

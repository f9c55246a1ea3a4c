import { it } from 'vitest';
import { erlangC } from '../../src/analytic/erlang-c';
import type { ModelDefinition } from '../../src/model/definition';
import type { QueueExitDefinition } from '../../src/model/queue-exit-definition';
import { exponential } from '../../src/random/distributions/exponential';
import { birthDeathStationary } from '../support/birth-death';
import { expMean, singleQueueModel } from '../support/models';
import { describeReplicated, expectAgreement, summarize } from '../support/replicate';
import { HANDLE_TIME, runWindow } from '../support/steady-state';

/**
 * Queue exits against exact queueing theory (docs/queue-exits.md). Balking applies to a contact
 * that would wait (all agents busy), so M/M/c with balking by queue length, with or without
 * exponential patience, is a birth–death chain on the number in system k: births λ below c agents
 * and λ·(1 − b(k − c)) from c on, deaths min(k, c)·μ + (k − c)⁺·θ. By PASTA an arrival sees the
 * stationary law: P(balk) = Σ_{k ≥ c} π_k b(k − c), P(abandon) = θ·E[Lq] / λ. A maximum wait d
 * ending in voicemail is deterministic patience: M/M/c+D, whose exact P(exit) is Mandelbaum and
 * Zeltyn's (1 + (λ − cμ)J) / (E + λJ). Few replications (the comparisons use their 99.99 % CI).
 */

const MU = 1 / HANDLE_TIME;

function withExits(model: ModelDefinition, exits: Partial<QueueExitDefinition>): ModelDefinition {
  const queueExits: QueueExitDefinition = { maxWait: null, clearAtClosing: false, balking: null, announcement: null, byInterval: null, ...exits };
  return { ...model, contactTypes: [{ ...model.contactTypes[0]!, queueExits }] };
}

/** P(balk), P(abandon) and E[Lq] of M/M/c (+M when θ > 0) with balking by queue length. */
function balkingChain(lambda: number, c: number, byQueueLength: readonly number[], theta: number) {
  const b = (n: number): number => byQueueLength[Math.min(n, byQueueLength.length - 1)]!;
  const states = c + 400;
  const pi = birthDeathStationary(
    states,
    (k) => (k < c ? lambda : lambda * (1 - b(k - c))),
    (k) => Math.min(k, c) * MU + Math.max(0, k - c) * theta,
  );
  let balk = 0;
  let queue = 0;
  pi.forEach((p, k) => {
    if (k >= c) balk += p * b(k - c);
    queue += p * Math.max(0, k - c);
  });
  return { balk, queue, abandon: (theta * queue) / lambda };
}

// M/M/4 at offered load 1.2 per agent, balking more as the queue grows (certain from 5 waiting).
{
  const c = 4;
  const lambda = (1.2 * c) / HANDLE_TIME;
  const byQueueLength = [0.05, 0.2, 0.4, 0.6, 0.8, 1];
  const theory = balkingChain(lambda, c, byQueueLength, 0);
  const model = withExits(singleQueueModel({ arrivalRate: lambda, handleTime: expMean(HANDLE_TIME), agents: c, ...runWindow(lambda, 6000, 20 * HANDLE_TIME) }), {
    balking: { kind: 'queue-length', byQueueLength },
  });
  describeReplicated('M/M/4 with balking by queue length (birth–death chain)', model, { replications: 10 }, (reps) => {
    it('balks with the chain’s probability', () => {
      expectAgreement('M/M/4 balking P(balk)', summarize(reps().map((r) => r.result.queueExits![0]!.balkingRate)), theory.balk, { maxRelativeHalfWidth: 0.1 });
    });
    it('has the chain’s mean queue length', () => {
      expectAgreement('M/M/4 balking E[Lq]', summarize(reps().map((r) => r.result.meanQueueLength)), theory.queue, { maxRelativeHalfWidth: 0.1 });
    });
  });
}

// Erlang A with a constant balking probability b for contacts that would wait.
{
  const c = 6;
  const lambda = (1.1 * c) / HANDLE_TIME;
  const theta = 1 / 120;
  const b = 0.3;
  const theory = balkingChain(lambda, c, [b], theta);
  const model = withExits(
    singleQueueModel({ arrivalRate: lambda, handleTime: expMean(HANDLE_TIME), agents: c, patience: exponential({ mean: 120 }), ...runWindow(lambda, 6000, 20 * 120) }),
    { balking: { kind: 'probability', probability: b } },
  );
  describeReplicated('Erlang A with balking probability 0.3 (birth–death chain)', model, { replications: 10 }, (reps) => {
    it('balks with the chain’s probability', () => {
      expectAgreement('Erlang A + balking P(balk)', summarize(reps().map((r) => r.result.queueExits![0]!.balkingRate)), theory.balk, { maxRelativeHalfWidth: 0.1 });
    });
    it('abandons with the chain’s probability (abandoned / offered)', () => {
      const shares = reps().map((r) => r.result.overall.abandoned / r.result.overall.offered);
      expectAgreement('Erlang A + balking P(Ab)', summarize(shares), theory.abandon, { maxRelativeHalfWidth: 0.15 });
    });
  });
}

/** Exact P(exit) of M/M/c+D (deterministic patience d): (1 + (λ − cμ)J) / (E + λJ) (Mandelbaum & Zeltyn). */
function deterministicExitShare(lambda: number, c: number, d: number): number {
  const a = lambda / MU;
  // E = Σ_{j<c} a^j/j! ÷ a^{c−1}/(c−1)!
  let term = 1;
  let e = 1;
  for (let j = c - 1; j >= 1; j--) {
    term *= j / a;
    e += term;
  }
  const delta = c * MU - lambda;
  const j = (1 - Math.exp(-delta * d)) / delta + Math.exp(-delta * d) / (c * MU);
  return (1 + (lambda - c * MU) * j) / (e + lambda * j);
}

// M/M/5 at ρ = 0.95 with a maximum wait of 60 s ending in voicemail.
{
  const c = 5;
  const lambda = (0.95 * c) / HANDLE_TIME;
  const d = 60;
  const theory = deterministicExitShare(lambda, c, d);
  const model = withExits(singleQueueModel({ arrivalRate: lambda, handleTime: expMean(HANDLE_TIME), agents: c, ...runWindow(lambda, 10_000, 20 * HANDLE_TIME) }), {
    maxWait: { after: d, then: { kind: 'voicemail' } },
  });
  describeReplicated('M/M/5 with a 60 s maximum wait to voicemail (M/M/c+D)', model, { replications: 10 }, (reps) => {
    it('exits with the M/M/c+D abandonment probability, below Erlang C’s P(W > d)', () => {
      const shares = reps().map((r) => r.result.queueExits![0]!.voicemail / r.result.overall.offered);
      expectAgreement('M/M/5+D voicemail share', summarize(shares), theory, { maxRelativeHalfWidth: 0.15 });
      const erlang = erlangC({ arrivalRate: lambda, meanServiceTime: HANDLE_TIME, agents: c });
      if (!(theory < erlang.probabilityOfWait * Math.exp(-(c * MU - lambda) * d))) throw new Error('M/M/c+D exit share should be below Erlang C P(W > d)');
    });
  });
}

// Days of two 12-hour intervals with handle times 200 s and 150 s (ρ = 0.85, then 0.64): the
// contacts of each half-day, pooled over six days, have that half's own Erlang C figures (the
// queue settles within about half an hour of a change: a bias of a few per cent, the floor).
{
  const c = 10;
  const lambda = (0.85 * c) / 200;
  const interval = 12 * 3600;
  const days = 6;
  const base = singleQueueModel({ arrivalRate: lambda, handleTime: expMean(200), agents: c, horizon: days * 86_400 });
  const model = withExits(
    { ...base, intervalLength: interval },
    { byInterval: { intervalLength: interval, period: 86_400, handleTime: [expMean(200), expMean(150)], patience: null } },
  );
  describeReplicated('handle time by interval: each half-day has its own Erlang C', model, { replications: 8 }, (reps) => {
    for (const [k, mean] of [[0, 200], [1, 150]] as const) {
      it(`half-day ${k} (mean handle ${mean} s) has its Erlang C ASA and service level`, () => {
        const theory = erlangC({ arrivalRate: lambda, meanServiceTime: mean, agents: c });
        const pooled = (f: (m: { answered: number; asa: number | null; serviceLevel: number | null }) => number) =>
          reps().map((r) => {
            const own = r.result.intervals.filter((_, i) => i % 2 === k);
            const answered = own.reduce((a, m) => a + m.answered, 0);
            return own.reduce((a, m) => a + f(m), 0) / answered;
          });
        // ASA is noisy at 99.99 % with 8 replications (±40–90 %): a loose check; the service level is the sharp one.
        const asa = summarize(pooled((m) => (m.asa ?? 0) * m.answered));
        expectAgreement(`half-day ${k} ASA`, asa, theory.averageSpeedOfAnswer, { maxRelativeHalfWidth: 1, absoluteFloor: 0.06 * theory.averageSpeedOfAnswer });
        const sl = summarize(pooled((m) => (m.serviceLevel ?? 0) * m.answered));
        expectAgreement(`half-day ${k} service level`, sl, theory.serviceLevel(20), { maxRelativeHalfWidth: 0.15, absoluteFloor: 0.01 });
      });
    }
  });
}

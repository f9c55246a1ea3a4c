import { it } from 'vitest';
import { CHANNELS } from '../../src/model/channel';
import type { ModelDefinition } from '../../src/model/definition';
import type { ContactCenterObserver } from '../../src/model/observer';
import { deterministic } from '../../src/random/distributions/deterministic';
import type { Distribution } from '../../src/random/distributions/distribution';
import { expMean, singleQueueModel } from '../support/models';
import { describeReplicated, expectAgreement, summarize, type Replication } from '../support/replicate';
import { HANDLE_TIME, relaxationTime, runWindow } from '../support/steady-state';

/**
 * Concurrency slowdown against processor sharing. One chat agent holding up to K chats, each
 * progressing at 1/k of full speed while k are held (the slowdown table [1, 2, ..., K]), serves
 * at total rate μ whatever the number held: an M/M/1-PS queue when K never binds, an M/M/1/K-PS
 * loss system when a (K+1)-th chat is turned away (waiting room 0). The number in system is then
 * geometric, truncated at K: π_n ∝ ρ^n, so
 * mean sojourn = L / (λ (1 − π_K)), occupancy = 1 − π_0, blocking = π_K; with K unbounded
 * the sojourn is 1 / (μ − λ), whatever the handle-time distribution (insensitivity).
 * Measured 99.99 % half-widths (10 replications): see the bounds below, about 1.5–2 times them.
 */
const chat = CHANNELS.indexOf('chat');

function psCenter(load: number, concurrency: number, waitingRoom: number, arrivals: number, handleTime: Distribution): ModelDefinition {
  const arrivalRate = load / HANDLE_TIME;
  const base = singleQueueModel({
    arrivalRate,
    handleTime,
    agents: 1,
    ...runWindow(arrivalRate, arrivals, 3 * relaxationTime(HANDLE_TIME, 1, load)),
  });
  const slowdown = Array.from({ length: concurrency }, (_, k) => k + 1);
  return {
    ...base,
    waitingRoom: CHANNELS.map((_, ch) => (ch === chat ? waitingRoom : Infinity)),
    contactTypes: base.contactTypes.map((t) => ({ ...t, channel: chat })),
    agentGroups: base.agentGroups.map((g) => ({
      ...g,
      concurrency: CHANNELS.map((_, ch) => (ch === chat ? concurrency : 0)),
      slowdown: CHANNELS.map((_, ch) => (ch === chat ? slowdown : [])),
    })),
  };
}

/** Stationary figures of the M/M/1/K-PS queue (K = Infinity: M/M/1-PS). */
function psTheory(load: number, capacity: number): { sojourn: number; occupancy: number; blocking: number } {
  const arrivalRate = load / HANDLE_TIME;
  if (capacity === Infinity) return { sojourn: HANDLE_TIME / (1 - load), occupancy: load, blocking: 0 };
  const weights = Array.from({ length: capacity + 1 }, (_, n) => load ** n);
  const total = weights.reduce((a, b) => a + b, 0);
  const pi = weights.map((w) => w / total);
  const meanNumber = pi.reduce((sum, p, n) => sum + n * p, 0);
  const blocking = pi[capacity]!;
  return { sojourn: meanNumber / (arrivalRate * (1 - blocking)), occupancy: 1 - pi[0]!, blocking };
}

const exp = expMean(HANDLE_TIME);
const fixed = deterministic({ value: HANDLE_TIME });
const cases = [
  { label: 'M/M/1-PS at ρ = 0.7 (K = 40 never binds)', load: 0.7, concurrency: 40, room: Infinity, capacity: Infinity, arrivals: 12_000, handle: exp, sojournTol: 0.2 },
  // Insensitivity: PS has the same mean sojourn with fixed handle times (FCFS would not: M/D/1).
  { label: 'M/D/1-PS at ρ = 0.7 (K = 40 never binds)', load: 0.7, concurrency: 40, room: Infinity, capacity: Infinity, arrivals: 12_000, handle: fixed, sojournTol: 0.2 },
  { label: 'M/M/1/3-PS at ρ = 0.9 (a 4th chat is turned away)', load: 0.9, concurrency: 3, room: 0, capacity: 3, arrivals: 8_000, handle: exp, sojournTol: 0.08 },
] as const;

for (const c of cases) {
  const theory = psTheory(c.load, c.capacity);
  describeReplicated(c.label, psCenter(c.load, c.concurrency, c.room, c.arrivals, c.handle), { replications: 10 }, (replications) => {
    const values = (f: (r: Replication<ContactCenterObserver>) => number | null): (number | null)[] => replications().map(f);
    it('has the processor-sharing mean sojourn (the chat handle time: nobody waits)', () => {
      expectAgreement(`${c.label} sojourn`, summarize(values((r) => r.result.overall.meanHandleTime)), theory.sojourn, { maxRelativeHalfWidth: c.sojournTol });
    });
    it('has occupancy 1 − π0', () => {
      expectAgreement(`${c.label} occupancy`, summarize(values((r) => r.result.agents.occupancy)), theory.occupancy, { maxRelativeHalfWidth: 0.08 });
    });
    if (c.capacity !== Infinity) {
      it('turns away π_K of the chats', () => {
        expectAgreement(`${c.label} blocking`, summarize(values((r) => r.result.overall.blockingRate)), theory.blocking, { maxRelativeHalfWidth: 0.15 });
      });
    }
  });
}

import { erlangBRecursion } from './erlang-b';
import { erlangCFromErlangB } from './erlang-c';
import { requireAgents, requireNonNegative, requireOptions, requirePositive } from './validate';

/** Per-class result of {@link preemptivePriorityQueue}. */
export interface PreemptiveClassResult {
  /** The class's arrival rate `λ_k` (contacts per second). */
  readonly arrivalRate: number;
  /** Cumulative load `σ_k = Σ_{i<=k} λ_i / (cμ)` of this and higher classes. */
  readonly cumulativeLoad: number;
  /** `σ_k < 1`: this class reaches a steady state. */
  readonly stable: boolean;
  /** Mean time in system (wait, suspensions and service) `T_k` in seconds; `Infinity` if not stable, NaN for a class with no arrivals. */
  readonly meanSojourn: number;
}

/**
 * Preemptive-resume priority M/M/c with equal exponential service rates: a contact of a higher
 * class that finds every agent busy takes an agent from the lowest class in service, whose
 * contact waits at the head of its class's queue (any agent may resume it) with its work left.
 * The classes `1..k` together form an M/M/c queue with rate `Λ_k = Σ_{i<=k} λ_i` (lower classes
 * are invisible to them, and with one service rate the number in system does not depend on the
 * order of service), so by Little's law
 *
 * `T_k = (L(Λ_k) − L(Λ_{k−1})) / λ_k`,  `L(Λ) = Λ/μ + C(c, Λ/μ) · (Λ/μ) / (c − Λ/μ)`,
 *
 * with `C` the Erlang C probability of wait. For one agent and two classes this is
 * `T_1 = (1/μ) / (1 − ρ_1)` and `T_2 = (1/μ) / ((1 − ρ_1)(1 − ρ))` (Harchol-Balter,
 * *Performance Modeling and Design of Computer Systems* (2013), ch. 32; Kleinrock, *Queueing
 * Systems* vol. 2 (1976), §3.7).
 *
 * routelab's interruptions (docs/channels.md) resume a suspended contact with the agent who held
 * it, not with any agent: with one agent the two coincide; with several, the lower classes wait
 * somewhat longer than this value (an agent may idle while another holds a suspended contact).
 *
 * @throws RangeError naming the field on invalid input (empty `arrivalRates`, a negative rate,
 *   `meanServiceTime <= 0`, non-integer `agents`)
 */
export function preemptivePriorityQueue(options: { readonly arrivalRates: readonly number[]; readonly meanServiceTime: number; readonly agents: number }): PreemptiveClassResult[] {
  const where = 'preemptivePriorityQueue';
  requireOptions(where, options);
  const rates: unknown = options.arrivalRates;
  if (!Array.isArray(rates) || rates.length === 0) throw new RangeError(`${where}: arrivalRates must list at least one class`);
  const lambdas = rates.map((r: unknown, i) => requireNonNegative(where, `arrivalRates[${i}]`, r));
  const s = requirePositive(where, 'meanServiceTime', options.meanServiceTime);
  const c = requireAgents(where, 'agents', options.agents);
  /** Mean number in an M/M/c system with offered load a (< c). */
  const inSystem = (a: number): number => (a === 0 ? 0 : a + (erlangCFromErlangB(a, c, erlangBRecursion(a, c)) * a) / (c - a));
  const out: PreemptiveClassResult[] = [];
  let before = 0;
  for (const lambda of lambdas) {
    const upTo = before + lambda;
    const sigma = (upTo * s) / c;
    const stable = sigma < 1;
    const meanSojourn = !stable ? Infinity : lambda === 0 ? Number.NaN : (inSystem(upTo * s) - inSystem(before * s)) / lambda;
    out.push({ arrivalRate: lambda, cumulativeLoad: sigma, stable, meanSojourn });
    before = upTo;
  }
  return out;
}

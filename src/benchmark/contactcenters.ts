import type { ScenarioInput } from '../scenario/schema';
import { metric, product, type PublishedFigure, type ReplicationValue } from './figures';

/**
 * Instances from ContactCenters (Buist & L'Ecuyer, Université de Montréal;
 * `umontreal-simul/contactcenters`, `doc/examples/*.java` with their results `*.res`): the
 * single-queue examples MMC, MMCAb, MMCBlocked and MMCClrQ. Each simulates 1,000 days of 8 hours; the
 * published intervals are 95 % (Student for counts, delta method for ratios of averages). Times in
 * the sources are in minutes; the figures keep them.
 *
 * Where the model text and the code disagree the code is followed: the day ends by stopping the
 * arrivals at 8 h while the contacts present are all served (routelab's `endOfDay: drain`);
 * occupancy integrates busy and present agents over the 8 hours only (the code's end-of-day event),
 * which routelab gives as the mean occupancy of the eight hourly intervals.
 *
 * @module
 */

/** A benchmark instance: a scenario and the figures published for it. */
export interface BenchmarkInstance {
  /** Short name (`contactcenters-mmc`). */
  readonly name: string;
  /** Where the figures come from (software or paper, file, table). */
  readonly source: string;
  /** Replications (days) the source ran. */
  readonly sourceReplications: number;
  /** Decimals the source prints its figures with (their rounding widens its intervals by half a unit of the last). */
  readonly printedDecimals: number;
  /** The model, as a routelab scenario. */
  readonly scenario: ScenarioInput;
  /** `shortAbandonThreshold` the figures need (seconds), when one does. */
  readonly shortAbandonThreshold?: number;
  /** The published figures. */
  readonly figures: readonly PublishedFigure[];
}

/** Mean over the first `count` intervals of an interval metric (equal staffing: the ratio over the hours). */
const intervalMean =
  (field: string, count: number): ReplicationValue =>
  (m) => {
    let sum = 0;
    for (let k = 0; k < count; k++) sum += m.get(`intervals.${k}.${field}`) ?? 0;
    return sum / count;
  };

/** λ = 4.2 per minute, mean service 2 minutes, 12 agents, target 20 s, 8-hour days. */
function mmc(name: string, extra: Partial<Record<string, unknown>> = {}): ScenarioInput {
  return {
    name,
    horizon: '8h',
    interval: '1h',
    endOfDay: 'drain',
    skills: ['s'],
    contactTypes: [
      {
        name: 'calls',
        skills: { s: 1 },
        handleTime: { kind: 'exponential', mean: '2m' },
        arrivals: { rate: '252/h' },
        serviceLevel: { within: '20s', target: 0.8 },
        ...extra,
      },
    ],
    agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 12 }],
  } as ScenarioInput;
}

const SOURCE = 'ContactCenters (umontreal-simul/contactcenters), doc/examples';
const inTarget = metric('overall.answeredWithinTarget');
const answered = metric('overall.answered');
const totalWaitMinutes = product('overall.asa', 'overall.answered', 1 / 60);
const occupancy = intervalMean('occupancy', 8);

/** The ContactCenters single-queue instances. */
export const CONTACTCENTERS_INSTANCES: readonly BenchmarkInstance[] = [
  {
    name: 'contactcenters-mmc',
    source: `${SOURCE}/MMC.java, MMC.res`,
    sourceReplications: 1000,
    printedDecimals: 3,
    scenario: mmc('ContactCenters MMC'),
    figures: [
      { name: 'Number of contacts in target', unit: 'contacts per day', mean: 1816.158, lower: 1812.618, upper: 1819.698, estimator: { kind: 'mean', value: inTarget } },
      { name: 'Service level', unit: 'share', mean: 0.902, lower: 0.9, upper: 0.904, estimator: { kind: 'ratio', numerator: inTarget, denominator: answered } },
      { name: 'Speed of answer', unit: 'min', mean: 0.099, lower: 0.097, upper: 0.102, estimator: { kind: 'ratio', numerator: totalWaitMinutes, denominator: answered } },
      { name: 'Occupancy ratio', unit: 'share', mean: 0.695, lower: 0.694, upper: 0.697, estimator: { kind: 'mean', value: occupancy } },
    ],
  },
  {
    name: 'contactcenters-mmc-abandonment',
    source: `${SOURCE}/MMCAb.java, MMCAb.res`,
    sourceReplications: 1000,
    printedDecimals: 3,
    scenario: mmc('ContactCenters MMCAb', { patience: { kind: 'exponential', mean: '1m' } }),
    shortAbandonThreshold: 20,
    figures: [
      { name: 'Number of contacts having abandoned', unit: 'contacts per day', mean: 58.609, lower: 57.66, upper: 59.558, estimator: { kind: 'mean', value: metric('overall.abandoned') } },
      { name: 'Number of contacts in target', unit: 'contacts per day', mean: 1906.008, lower: 1903.785, upper: 1908.231, estimator: { kind: 'mean', value: inTarget } },
      { name: 'Service level', unit: 'share', mean: 0.975, lower: 0.974, upper: 0.975, estimator: { kind: 'ratio', numerator: inTarget, denominator: answered } },
      { name: 'Speed of answer', unit: 'min', mean: 0.024, lower: 0.023, upper: 0.024, estimator: { kind: 'ratio', numerator: totalWaitMinutes, denominator: answered } },
      { name: 'Occupancy ratio', unit: 'share', mean: 0.675, lower: 0.674, upper: 0.677, estimator: { kind: 'mean', value: occupancy } },
      {
        name: 'Service level with abandonment',
        unit: 'share',
        mean: 0.968,
        lower: 0.968,
        upper: 0.969,
        // Σ in target / Σ (answered + abandoned after the 20 s target).
        estimator: { kind: 'ratio', numerator: inTarget, denominator: (m) => answered(m) + (m.get('overall.abandoned') ?? 0) - (m.get('overall.shortAbandoned') ?? 0) },
      },
    ],
  },
  {
    name: 'contactcenters-mmc-blocked',
    source: `${SOURCE}/MMCBlocked.java, MMCBlocked.res`,
    sourceReplications: 1000,
    printedDecimals: 3,
    scenario: { ...mmc('ContactCenters MMCBlocked'), waitingRoom: { voice: 5 } } as ScenarioInput,
    figures: [
      { name: 'Number of blocked contacts', unit: 'contacts per day', mean: 18.655, lower: 18.045, upper: 19.265, estimator: { kind: 'mean', value: metric('overall.blocked') } },
      { name: 'Number of contacts in target', unit: 'contacts per day', mean: 1854.284, lower: 1851.667, upper: 1856.901, estimator: { kind: 'mean', value: inTarget } },
      { name: 'Service level', unit: 'share', mean: 0.929, lower: 0.928, upper: 0.93, estimator: { kind: 'ratio', numerator: inTarget, denominator: answered } },
      { name: 'Speed of answer', unit: 'min', mean: 0.06, lower: 0.059, upper: 0.061, estimator: { kind: 'ratio', numerator: totalWaitMinutes, denominator: answered } },
      { name: 'Occupancy ratio', unit: 'share', mean: 0.689, lower: 0.688, upper: 0.69, estimator: { kind: 'mean', value: occupancy } },
      {
        name: 'Service level with blocked contacts',
        unit: 'share',
        mean: 0.92,
        lower: 0.919,
        upper: 0.922,
        estimator: { kind: 'ratio', numerator: inTarget, denominator: (m) => answered(m) + (m.get('overall.blocked') ?? 0) },
      },
    ],
  },
  {
    // MMCClrQ.java: at the end of the day (8 h) the waiting queue is cleared (`queue.clear`, the
    // contacts "disconnected") while the contacts in service finish: routelab's `closing: clear-queue`.
    name: 'contactcenters-mmc-clear-queue',
    source: `${SOURCE}/MMCClrQ.java, MMCClrQ.res`,
    sourceReplications: 1000,
    printedDecimals: 3,
    scenario: { ...mmc('ContactCenters MMCClrQ'), closing: 'clear-queue' } as ScenarioInput,
    figures: [
      { name: 'Number of disconnected contacts', unit: 'contacts per day', mean: 0.433, lower: 0.328, upper: 0.538, estimator: { kind: 'mean', value: metric('queueExits.calls.cleared') } },
      { name: 'Number of contacts in target', unit: 'contacts per day', mean: 1816.112, lower: 1812.572, upper: 1819.652, estimator: { kind: 'mean', value: inTarget } },
      { name: 'Service level', unit: 'share', mean: 0.902, lower: 0.9, upper: 0.904, estimator: { kind: 'ratio', numerator: inTarget, denominator: answered } },
      { name: 'Speed of answer', unit: 'min', mean: 0.099, lower: 0.096, upper: 0.102, estimator: { kind: 'ratio', numerator: totalWaitMinutes, denominator: answered } },
      { name: 'Occupancy ratio', unit: 'share', mean: 0.695, lower: 0.694, upper: 0.697, estimator: { kind: 'mean', value: occupancy } },
      {
        name: 'Service level with disconnected contacts',
        unit: 'share',
        mean: 0.902,
        lower: 0.9,
        upper: 0.904,
        // Σ in target / Σ (served + disconnected).
        estimator: { kind: 'ratio', numerator: inTarget, denominator: (m) => answered(m) + (m.get('queueExits.calls.cleared') ?? 0) },
      },
    ],
  },
];

import { sampleStandardGamma } from '../random/distributions/gamma';
import type { RandomStreams, UniformSource } from '../random/streams';
import { ArrivalProcess, DAY } from './arrival-process';
import type { ModelDefinition } from './definition';
import { intervalIndex } from './queue-exit-definition';

/**
 * The engine's random draws about new contacts and agents' wrap-up, one named stream per kind of
 * variate and contact type (or agent group), so that a policy change never shifts what a
 * replication draws: `arrivals:<type>`, `segment:<type>`, `handle-time:<type>`,
 * `patience:<type>`, `wrap-up:<group>`, and `busyness` once per day at creation.
 */
export class ContactDraws {
  private readonly arrivalsOf: ArrivalProcess[];
  private readonly arrivalStream: UniformSource[];
  private readonly segmentStream: UniformSource[];
  private readonly handleStream: UniformSource[];
  private readonly patienceStream: UniformSource[];
  private readonly wrapStream: UniformSource[];
  /** Cumulative segment mix per type. */
  private readonly segmentCdf: Float64Array[];

  constructor(
    private readonly model: ModelDefinition,
    streams: RandomStreams,
  ) {
    const types = model.contactTypes;
    const busyness = dayFactors(model, streams);
    this.arrivalsOf = types.map((t) => new ArrivalProcess(t.arrivals, model.horizon, busyness));
    this.arrivalStream = types.map((t) => streams.stream(`arrivals:${t.name}`));
    this.segmentStream = types.map((t) => streams.stream(`segment:${t.name}`));
    this.handleStream = types.map((t) => streams.stream(`handle-time:${t.name}`));
    this.patienceStream = types.map((t) => streams.stream(`patience:${t.name}`));
    this.wrapStream = model.agentGroups.map((g) => streams.stream(`wrap-up:${g.name}`));
    this.segmentCdf = types.map((t) => {
      const cdf = new Float64Array(t.segmentMix.length);
      let acc = 0;
      t.segmentMix.forEach((p, k) => (cdf[k] = acc += p));
      return cdf;
    });
  }

  /** Time of the next new contact of `type` at or after `now` (Infinity when none before the horizon). */
  nextArrival(type: number, now: number): number {
    return this.arrivalsOf[type]!.next(now, this.arrivalStream[type]!);
  }

  /**
   * The customer segment of a new issue whose first contact is of `type`. With a single segment
   * nothing is drawn (the `segment:<type>` stream serves only this draw, so no other draw moves).
   */
  segment(type: number): number {
    const cdf = this.segmentCdf[type]!;
    // Stryker disable next-line ConditionalExpression: pick() of a one-entry list is 0, and the segment:<type> stream serves only this draw
    return cdf.length === 1 ? 0 : pick(cdf, this.segmentStream[type]!.next());
  }

  /**
   * The base handle time of a new contact of `type` arriving at `now` (before speed and journey
   * factors): from the distribution of its arrival interval when the type gives handle times per
   * interval (same stream, one draw either way).
   */
  handleTime(type: number, now: number): number {
    const def = this.model.contactTypes[type]!;
    const byInterval = def.queueExits?.byInterval;
    const list = byInterval?.handleTime;
    const dist = list === null || list === undefined ? def.handleTime : list[intervalIndex(byInterval!, list.length, now)]!;
    return dist.sample(this.handleStream[type]!);
  }

  /**
   * The patience of a new contact of `type` arriving at `now` (Infinity when the type never
   * abandons): from the distribution of its arrival interval when the type gives patience per interval.
   */
  patience(type: number, now: number): number {
    const def = this.model.contactTypes[type]!;
    const byInterval = def.queueExits?.byInterval;
    const list = byInterval?.patience;
    if (list !== null && list !== undefined) return list[intervalIndex(byInterval!, list.length, now)]!.sample(this.patienceStream[type]!);
    return def.patience === null ? Infinity : def.patience.sample(this.patienceStream[type]!);
  }

  /** The wrap-up time after a service by an agent of `group` (the group has a wrap-up). */
  wrapUp(group: number): number {
    return this.model.agentGroups[group]!.wrapUp!.sample(this.wrapStream[group]!);
  }
}

/** The busyness factor of each day of the horizon (empty when the model has none). */
export function dayFactors(model: ModelDefinition, streams: RandomStreams): Float64Array {
  if (model.busyness === null) return new Float64Array(0);
  const days = Math.max(1, Math.ceil(model.horizon / DAY));
  const factors = new Float64Array(days);
  const u = streams.stream('busyness');
  const shape = 1 / (model.busyness.cv * model.busyness.cv);
  // Stryker disable next-line EqualityOperator: one more step writes past the typed array (a no-op) with a draw of the busyness stream, which serves only these draws
  for (let d = 0; d < days; d++) factors[d] = sampleStandardGamma(shape, u) / shape;
  return factors;
}

/** Index of the first cumulative probability above u (the last index when rounding leaves a gap). */
export function pick(cdf: Float64Array, u: number): number {
  const last = cdf.length - 1;
  // Stryker disable next-line EqualityOperator: one more step returns `last` either way
  for (let k = 0; k < last; k++) if (u < (cdf[k] as number)) return k;
  return last;
}

import type { ArrivalDefinition } from './definition';
import type { UniformSource } from '../random/streams';

/** Length of a day in seconds; busyness factors change at each multiple of it. */
export const DAY = 86_400;

/**
 * Generates the arrival times of one contact type by inversion of the cumulative rate: each
 * arrival consumes exactly one uniform (an Exp(1) amount of integrated rate), which keeps arrival
 * streams synchronized under common random numbers. Rates are multiplied by the day's busyness
 * factor. No arrival happens at or after the horizon.
 */
export class ArrivalProcess {
  private traceIndex = 0;

  /**
   * @param definition the arrival definition
   * @param horizon arrivals stop at this time
   * @param dayFactors busyness factor per day (index = day number); empty means 1 every day
   */
  constructor(
    private readonly definition: ArrivalDefinition,
    private readonly horizon: number,
    private readonly dayFactors: Float64Array,
  ) {}

  /** The next arrival at or after `t` (Infinity when none before the horizon). */
  next(t: number, u: UniformSource): number {
    const d = this.definition;
    if (d.kind === 'trace') {
      const times = d.times;
      // Stryker disable next-line EqualityOperator: `<=` reads times[length], undefined, which fails both comparisons below; the next pass ends the loop
      while (this.traceIndex < times.length) {
        const time = times[this.traceIndex++] as number;
        if (time >= t && time < this.horizon) return time;
      }
      return Infinity;
    }
    let budget = -Math.log(u.next());
    let time = t;
    while (time < this.horizon) {
      const day = Math.floor(time / DAY);
      let end = Math.min(this.horizon, (day + 1) * DAY);
      let rate: number;
      if (d.kind === 'poisson') {
        rate = d.rate;
      } else {
        const inPeriod = time - Math.floor(time / d.period) * d.period;
        const i = Math.floor(inPeriod / d.intervalLength);
        rate = i < d.rates.length ? (d.rates[i] as number) : 0;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: past the listed intervals the rate is 0, so ending that stretch at (i + 1) x intervalLength instead of the period's end only splits a span that spends no budget
        const boundary = time - inPeriod + (i < d.rates.length ? (i + 1) * d.intervalLength : d.period);
        // Stryker disable next-line EqualityOperator: with boundary = end both branches set the same end
        if (boundary < end) end = boundary;
      }
      rate *= this.dayFactors.length > day ? (this.dayFactors[day] as number) : 1;
      const span = end - time;
      if (
        // Stryker disable next-line ConditionalExpression,EqualityOperator: with rate 0 the budget test below is budget <= 0, false for every draw (budget = -ln u > 0 for u < 1), so this test only spares a multiplication
        rate > 0 &&
        budget <= rate * span
      ) {
        return time + budget / rate;
      }
      budget -= rate * span;
      time = end;
    }
    return Infinity;
  }
}

import type { ScenarioInput } from '../scenario/schema';
import { didYouMean } from '../util/closest-name';
import { arrivalProfile, busynessFactor, weekdayOf } from './arrival-profile';
import type { CallRecord } from './call-record';
import { figuresOf, hourlyFigures, type DayFigures } from './day-figures';
import { simulateDay, type SimulatedDay } from './day-runs';
import { dayScenario } from './day-scenario';
import { fitRecords, type HandleTimeModel, type PatienceModel, type RecordFits } from './record-fits';
import { daySegments } from './segment-patience';
import { inferStaffing, STAFFING_ESTIMATES, staffingPlan, type StaffingEstimateName, type StaffingEstimates } from './staffing-inference';

/**
 * Replaying days of records: each day becomes a scenario (its real arrivals, staffing inferred
 * from its own records × an availability factor, handle time and patience fitted on the fit
 * days), simulated over replications, and set beside the observed day.
 *
 * @module
 */

/** Options of {@link replayDays} and {@link buildDayModel}. All optional. */
export interface ReplayOptions {
  /** Days to replay. @default every day in the records */
  days?: readonly string[];
  /** Days whose records give handle times and patience. @default the replayed days */
  fitDays?: readonly string[];
  /** Which staffing estimate becomes the agents on duty. @default 'sessions' */
  staffing?: StaffingEstimateName;
  /**
   * Agents scheduled per interval (e.g. from a workforce plan), the same every day; when given it
   * replaces the estimate from the records (`staffing` is then ignored), times `availability`.
   */
  roster?: readonly number[];
  /** Share of the estimate's agents available for calls (calibrated by {@link calibrate}). @default 1 */
  availability?: number;
  /** Staffing interval (seconds). @default 1800 */
  interval?: number;
  /** Longest gap between services inside one work session (seconds). @default 1800 */
  sessionGap?: number;
  /** @default 'empirical' */
  handleTime?: HandleTimeModel;
  /** Multiplies handle times. @default 1 */
  handleTimeScale?: number;
  /** Multiplies the patience mean. @default 1 */
  patienceScale?: number;
  /** @default 'exponential' */
  patience?: PatienceModel;
  /**
   * `trace`: the day's observed arrival times; `profile`: Poisson arrivals at the fit days'
   * per-interval profile (same weekday when the days are dates) × the day's busyness factor.
   * @default 'trace'
   */
  arrivals?: 'trace' | 'profile';
  /** Replications per day. @default 30 */
  replications?: number;
  /** Master seed. @default 1 */
  seed?: number;
}

/** One day's model: its scenario and the staffing behind it. */
export interface DayModel {
  /** The day. */
  readonly day: string;
  /** The scenario that is simulated. */
  readonly scenario: ScenarioInput;
  /** The three staffing estimates of the day. */
  readonly estimates: StaffingEstimates;
  /** Whole agents per interval in the scenario. */
  readonly plan: readonly number[];
}

/** One replayed day. */
export interface DayReplay extends DayModel {
  /** The observed figures of the day. */
  readonly observed: DayFigures;
  /** The observed figures hour by hour (24). */
  readonly observedHourly: readonly DayFigures[];
  /** The observed figures of the previous day in the records (the persistence forecast); `null` for the first day. */
  readonly previous: DayFigures | null;
  /** The simulated replications. */
  readonly simulated: SimulatedDay;
}

/** What {@link replayDays} returns. */
export interface ReplayResult {
  /** The fits used for every day. */
  readonly fits: RecordFits;
  /** One entry per replayed day, in day order. */
  readonly days: readonly DayReplay[];
  /** The options, filled in. */
  readonly options: Readonly<Required<Omit<ReplayOptions, 'days' | 'fitDays' | 'roster'>>> & { readonly days: readonly string[]; readonly fitDays: readonly string[]; readonly roster: readonly number[] | null };
}

/** The days of the records, sorted. */
export function daysOf(records: readonly CallRecord[]): string[] {
  return [...new Set(records.map((r) => r.day))].sort();
}

/**
 * Checks that every day asked for is in the records.
 *
 * @throws RangeError naming the days not found and the days there are
 */
export function checkDays(records: readonly CallRecord[], days: readonly string[], what = 'days'): void {
  const known = daysOf(records);
  const missing = days.filter((d) => !known.includes(d));
  if (missing.length > 0) {
    const shown = known.length > 12 ? `${known.slice(0, 12).join(', ')}, ... (${known.length} days)` : known.join(', ');
    throw new RangeError(`${what}: ${missing.map((d) => `'${d}'`).join(', ')} not in the records${missing.length === 1 ? didYouMean(missing[0]!, known) : ''}; the records hold ${shown}`);
  }
}

/** The options filled in, days checked. */
export function resolveReplayOptions(records: readonly CallRecord[], options: ReplayOptions): ReplayResult['options'] {
  const days = options.days ?? daysOf(records);
  if (days.length === 0) throw new RangeError('replay: no days to replay (the records are empty)');
  checkDays(records, days, 'days');
  const fitDays = options.fitDays ?? days;
  checkDays(records, fitDays, 'fit days');
  const staffing = options.staffing ?? 'sessions';
  if (!STAFFING_ESTIMATES.includes(staffing)) throw new RangeError(`replay: staffing must be one of ${STAFFING_ESTIMATES.join(', ')}, got '${String(staffing)}'`);
  const roster = options.roster ?? null;
  if (roster !== null && (roster.length === 0 || roster.some((n) => !(n >= 0) || !Number.isFinite(n)))) {
    throw new RangeError('replay: roster must list at least one non-negative number of agents per interval');
  }
  return {
    days: [...days],
    roster,
    fitDays: [...fitDays],
    staffing,
    availability: options.availability ?? 1,
    interval: options.interval ?? 1800,
    sessionGap: options.sessionGap ?? 1800,
    handleTime: options.handleTime ?? 'empirical',
    handleTimeScale: options.handleTimeScale ?? 1,
    patienceScale: options.patienceScale ?? 1,
    patience: options.patience ?? 'exponential',
    arrivals: options.arrivals ?? 'trace',
    replications: options.replications ?? 30,
    seed: options.seed ?? 1,
  };
}

/** The fits of the fit days. */
export function fitsFor(records: readonly CallRecord[], o: ReplayResult['options']): RecordFits {
  const fitSet = new Set(o.fitDays);
  return fitRecords(records.filter((r) => fitSet.has(r.day)), { handleTime: o.handleTime, handleTimeScale: o.handleTimeScale, patienceScale: o.patienceScale, patience: o.patience });
}

/** The model of one day (no simulation). */
export function buildDayModel(records: readonly CallRecord[], day: string, fits: RecordFits, o: ReplayResult['options']): DayModel {
  const own = records.filter((r) => r.day === day);
  const estimates = inferStaffing(own, { interval: o.interval, sessionGap: o.sessionGap });
  const plan = o.roster === null ? staffingPlan(estimates, o.staffing, o.availability) : o.roster.map((n) => Math.round(n * o.availability));
  const arrivals = o.arrivals === 'trace' ? own.map((r) => r.offered) : profileArrivals(records, own.length, day, o);
  const scenario = dayScenario({
    name: `replay of ${day} (${o.roster === null ? o.staffing : 'roster'} staffing × ${o.availability.toFixed(3)})`,
    arrivals,
    staffing: plan,
    interval: o.interval,
    handleTime: fits.handleTime,
    patience: fits.patience,
    ...(fits.segments.length === 0 ? {} : { segments: daySegments(own, fits.segments, Array.isArray(arrivals) ? null : (arrivals as { perInterval: number[] }).perInterval, day) }),
  });
  return { day, scenario, estimates, plan };
}

/**
 * Replays the days: builds each day's model, simulates it and sets it beside the observed day.
 *
 * @throws RangeError on days not in the records or bad options; ScenarioError if a built
 *   scenario is invalid
 */
export function replayDays(records: readonly CallRecord[], options: ReplayOptions = {}): ReplayResult {
  const o = resolveReplayOptions(records, options);
  const fits = fitsFor(records, o);
  const allDays = daysOf(records);
  const days = o.days.map((day): DayReplay => {
    const model = buildDayModel(records, day, fits, o);
    const own = records.filter((r) => r.day === day);
    const prevDay = allDays[allDays.indexOf(day) - 1];
    return {
      ...model,
      observed: figuresOf(own.map(offeredOf)),
      observedHourly: hourlyFigures(own.map(offeredOf)),
      previous: prevDay === undefined ? null : figuresOf(records.filter((r) => r.day === prevDay).map(offeredOf)),
      simulated: simulateDay(model.scenario, { replications: o.replications, seed: o.seed }),
    };
  });
  return { fits, days, options: o };
}

/** Expected arrivals per interval of a day: the fit days' profile (same weekday) × the day's busyness. */
function profileArrivals(records: readonly CallRecord[], total: number, day: string, o: ReplayResult['options']): { perInterval: number[] } {
  const profile = arrivalProfile(records, o.fitDays, { interval: o.interval, weekday: weekdayOf(day) });
  const factor = busynessFactor(profile, total);
  return { perInterval: profile.counts.map((c) => c * factor) };
}

/** A record as an offered contact. */
export function offeredOf(r: CallRecord): { offered: number; wait: number; abandoned: boolean } {
  return { offered: r.offered, wait: r.wait, abandoned: r.outcome === 'abandoned' };
}

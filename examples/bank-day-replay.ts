/**
 * Replaying a real day: the calls of one day at an Israeli bank's call center (the "Anonymous
 * Bank" data, `data/anonymous-bank-one-day.csv`) go through the library's records workflow
 * (docs/records.md), the same as `routelab replay ... --mapping bank`:
 *
 * - **import** with the built-in `bank` mapping: the calls that reached the agents' queue (served,
 *   or hung up after queueing); phantom calls, hang-ups in the voice response unit and one served
 *   call without a service record are dropped and counted;
 * - **arrivals**: the day's real queue-entry times, as a trace;
 * - **handle time**: the observed times themselves (the fitted lognormal's mean is 8.8 % above the
 *   sample mean on this day);
 * - **patience**: fitted from waits censored by service (an answered caller's wait is a lower
 *   bound on their patience), exponential or Weibull;
 * - **staffing per 30 minutes**, three estimates (the data do not say who was logged on): agents
 *   seen serving (an upper bound), work sessions (an agent is on duty between services less than
 *   30 minutes apart), busy time (a lower bound); and work sessions × an availability factor
 *   calibrated to the day's abandonment.
 *
 * Reading: the real day (32.5 % abandoned, ASA 134 s) lies between the bounds; work sessions at
 * full availability give half the abandonment; an availability of 0.75 (agents available for
 * calls three quarters of their session time) matches abandonment, and with Weibull patience the
 * day's ASA and answered-within shares fall in the simulated bands too. With one day this is
 * in-sample: a held-out day is needed to call the model validated.
 *
 * Run: npx tsx examples/bank-day-replay.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  BANK_MAPPING,
  calibrate,
  compareReplay,
  importCallRecords,
  replayDays,
  type CalibrationResult,
  type ImportedRecords,
  type MeasureComparison,
  type ReplayOptions,
} from 'routelab';

/** Path of the day's data. */
export const BANK_DAY_CSV = fileURLToPath(new URL('./data/anonymous-bank-one-day.csv', import.meta.url));

/** Reads the day through the built-in `bank` mapping. */
export function loadBankDay(path: string = BANK_DAY_CSV): ImportedRecords {
  return importCallRecords(readFileSync(path, 'utf8'), BANK_MAPPING, { source: path });
}

/** One simulated variant of the day: its label, simulated agent-hours, and the comparison of each measure. */
export interface Variant {
  readonly label: string;
  readonly agentHours: number;
  readonly measures: readonly MeasureComparison[];
}

/** Options of {@link replayVariants}. */
export interface BankDayOptions {
  /** Replications per variant. @default 30 */
  replications?: number;
  /** Replications per calibration candidate. @default 10 */
  calibrationReplications?: number;
}

function variant(records: ImportedRecords, label: string, options: ReplayOptions): Variant {
  const replay = replayDays(records.records, options);
  const day = replay.days[0]!;
  return { label, agentHours: day.plan.reduce((a, n) => a + n, 0) / 2, measures: compareReplay(replay).days[0]!.measures };
}

/** The three staffing estimates, then sessions × calibrated availability with exponential and with Weibull patience. */
export function replayVariants(records: ImportedRecords, options: BankDayOptions = {}): { variants: Variant[]; calibration: CalibrationResult } {
  const replications = options.replications ?? 30;
  const variants = [
    variant(records, 'agents seen (upper bound)', { staffing: 'seen', replications }),
    variant(records, 'work sessions', { staffing: 'sessions', replications }),
    variant(records, 'busy time (lower bound)', { staffing: 'busy', replications }),
  ];
  const calibration = calibrate(records.records, { on: records.days, patience: 'weibull', replications: options.calibrationReplications ?? 10 });
  const availability = calibration.value;
  variants.push(
    variant(records, `sessions × ${availability.toFixed(3)}, exponential patience`, { availability, replications }),
    variant(records, `sessions × ${availability.toFixed(3)}, Weibull patience`, { availability, patience: 'weibull', replications }),
  );
  return { variants, calibration };
}

const show = (m: MeasureComparison, v: number | null): string => (v === null ? '-' : m.measure === 'asa' ? v.toFixed(1) : m.measure === 'offered' ? v.toFixed(0) : (100 * v).toFixed(1));

/** The printed report: the observed day, then one row per variant (mean, and whether the observed value is in the band). */
export function formatVariants(variants: readonly Variant[], calibration: CalibrationResult): string {
  const measures = variants[0]!.measures.filter((m) => m.measure !== 'offered');
  const cell = (text: string) => text.padStart(16);
  const header = ['', 'agent-hours', 'abandoned %', 'ASA s', 'in 20 s %', 'in 60 s %'];
  const lines = [
    [header[0]!.padEnd(44), ...header.slice(1).map(cell)].join(''),
    ['observed day'.padEnd(44), cell('-'), ...measures.map((m) => cell(show(m, m.observed)))].join(''),
    ...variants.map((v) =>
      [v.label.padEnd(44), cell(v.agentHours.toFixed(0)), ...v.measures.filter((m) => m.measure !== 'offered').map((m) => cell(`${show(m, m.mean)}${m.inBand === true ? ' in' : ' out'}`))].join(''),
    ),
    '',
    `Availability calibrated to the day's abandonment (Weibull patience): ${calibration.value.toFixed(3)}, 95 % interval ${calibration.interval[0].toFixed(3)}–${calibration.interval[1].toFixed(3)} (in-sample: the file holds one day).`,
    "'in' / 'out': the observed value lies inside / outside the band of 95 % of simulated days.",
  ];
  return lines.join('\n');
}

/** Runs the example and returns its report. */
export function main(options: BankDayOptions = {}): string {
  const { variants, calibration } = replayVariants(loadBankDay(), options);
  return formatVariants(variants, calibration);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(main());

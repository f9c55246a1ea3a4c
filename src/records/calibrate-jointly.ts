import { calibrate, type CalibrationOptions, type CalibrationResult, type CalibrationTarget, type CalibrationUnknown } from './calibrate';
import type { CallRecord } from './call-record';

/**
 * Calibrating several unknowns together, each against its own measure (e.g. availability against
 * ASA and the patience scale against abandonment): coordinate-wise bisection, each unknown in
 * turn with the others held at their latest values, for a few rounds. Every search uses common
 * random numbers (see {@link calibrate}).
 *
 * @module
 */

/** One unknown and the measure it is matched to. */
export interface CalibrationPair {
  /** The unknown. */
  readonly unknown: CalibrationUnknown;
  /** The measure it is matched to. */
  readonly target: CalibrationTarget;
}

/** Options of {@link calibrateJointly}. */
export interface JointCalibrationOptions extends Omit<CalibrationOptions, 'unknown' | 'target'> {
  /** The unknowns, each with its measure; each unknown at most once. */
  pairs: readonly CalibrationPair[];
  /** Rounds over all the unknowns. @default 2 */
  rounds?: number;
}

/** What {@link calibrateJointly} found: each unknown's last calibration, in the order of `pairs`. */
export interface JointCalibrationResult {
  /** The calibrated values by unknown. */
  readonly values: Readonly<Partial<Record<CalibrationUnknown, number>>>;
  /** Each unknown's calibration in the last round (with the others at their final values). */
  readonly results: readonly CalibrationResult[];
  /** Rounds run. */
  readonly rounds: number;
}

/**
 * Calibrates the unknowns of `pairs` in turn, `rounds` times.
 *
 * @throws RangeError when an unknown is given twice or `pairs` is empty, and as {@link calibrate}
 */
export function calibrateJointly(records: readonly CallRecord[], options: JointCalibrationOptions): JointCalibrationResult {
  const { pairs, rounds = 2, ...rest } = options;
  if (pairs.length === 0) throw new RangeError('calibrateJointly: give at least one unknown');
  const seen = new Set<string>();
  for (const p of pairs) {
    if (seen.has(p.unknown)) throw new RangeError(`calibrateJointly: ${p.unknown} is given twice`);
    seen.add(p.unknown);
  }
  if (!Number.isInteger(rounds) || rounds < 1) throw new RangeError(`calibrateJointly: rounds must be a positive integer, got ${rounds}`);
  const values: Partial<Record<CalibrationUnknown, number>> = {};
  // Stryker disable next-line ArrayDeclaration: replaced before use: rounds ≥ 1 (checked above) and every round starts a new list
  let results: CalibrationResult[] = [];
  for (let round = 0; round < rounds; round++) {
    results = [];
    for (const pair of pairs) {
      const result = calibrate(records, { ...rest, ...values, unknown: pair.unknown, target: pair.target });
      values[pair.unknown] = result.value;
      results.push(result);
    }
    if (pairs.length === 1) return { values, results, rounds: 1 };
  }
  return { values, results, rounds };
}

import type { DistributionSpecInput } from '../../src/scenario/distribution-spec';
import type { Draw } from './draw';

/**
 * Distribution specs as a scenario file writes them, for the fuzzer: every kind and every
 * parameter form the scenario reference lists, durations in any unit, with edge values (a zero
 * deterministic time, a uniform with min = max, empirical samples with ties and zeros, a mixture
 * of mixtures, very small and very large but valid shapes).
 *
 * @module
 */

/** How a generated time-valued distribution is scaled: a typical mean in seconds. */
export interface TimeScale {
  /** Typical mean in seconds (e.g. 180 for a handle time). */
  readonly mean: number;
  /** Allow a distribution that is always 0 (zero durations). */
  readonly allowZero: boolean;
}

/** A mean near `scale.mean`, sometimes far from it (extreme but valid values). */
function mean(draw: Draw, scale: TimeScale): number {
  const r = draw.uniform();
  if (r < 0.05) return draw.real(0.001, 0.01, 3);
  if (r < 0.08) return scale.mean * draw.int(20, 100);
  return Math.max(0.1, Math.round(scale.mean * draw.real(0.2, 2) * 10) / 10);
}

/**
 * One distribution spec with a mean of about `scale.mean` seconds.
 *
 * @param depth - nesting level of mixtures (components of a mixture are specs themselves)
 */
export function distributionInput(draw: Draw, scale: TimeScale, depth = 0): DistributionSpecInput {
  const m = mean(draw, scale);
  const d = (seconds: number): number | string => draw.duration(seconds);
  const kind = draw.int(0, depth >= 2 ? 10 : 11);
  switch (kind) {
    case 0:
      return draw.chance(0.7) ? { kind: 'exponential', mean: d(m) } : { kind: 'exponential', rate: `${Math.round((3600 / m) * 1000) / 1000}/h` };
    case 1:
      return { kind: 'deterministic', value: scale.allowZero && draw.chance(0.3) ? 0 : d(Math.round(m)) };
    case 2: {
      const min = scale.allowZero && draw.chance(0.2) ? 0 : Math.round(m * draw.real(0, 1));
      const max = draw.chance(0.1) ? min : min + Math.round(m * draw.real(0.1, 2));
      return { kind: 'uniform', min: d(min), max: d(max) };
    }
    case 3:
      return { kind: 'truncatedNormal', mean: draw.chance(0.1) ? -Math.round(m / 2) : d(Math.round(m)), sd: d(Math.max(1, Math.round(m * draw.real(0.1, 2)))) };
    case 4:
      return draw.chance(0.7)
        ? { kind: 'lognormal', mean: d(m), cv: draw.real(0.05, 3) }
        : { kind: 'lognormal', mu: draw.real(0, 6), sigma: draw.real(0.05, 1.5) };
    case 5:
      return draw.chance(0.6)
        ? { kind: 'gamma', mean: d(m), cv: draw.real(0.05, 3) }
        : { kind: 'gamma', shape: draw.pick([0.05, 0.5, 1, 2.5, 40]), scale: d(Math.max(0.1, Math.round(m / 2))) };
    case 6:
      return { kind: 'erlang', k: draw.int(1, 20), mean: d(m) };
    case 7:
      return { kind: 'weibull', shape: draw.pick([0.3, 0.7, 1, 1.5, 3, 10]), scale: d(m) };
    case 8:
      return draw.chance(0.5)
        ? { kind: 'hyperexponential', mean: d(m), cv: draw.pick([1, 1.2, 2, 5]) }
        : hyperexponentialByPhases(draw, m);
    case 9: {
      const min = Math.round(m * draw.real(0, 0.8));
      const max = min + Math.max(1, Math.round(m * draw.real(0.2, 2)));
      const mode = draw.pick([min, max, Math.round((min + max) / 2)]);
      return { kind: 'triangular', min: d(min), mode: d(mode), max: d(max) };
    }
    case 10: {
      const samples = Array.from({ length: draw.int(1, 6) }, () => (scale.allowZero && draw.chance(0.15) ? 0 : Math.round(m * draw.real(0, 2))));
      if (draw.chance(0.3) && samples.length > 1) samples[1] = samples[0] ?? 0;
      const interpolate = samples.length > 1 && draw.chance(0.5);
      return { kind: 'empirical', samples: samples.map(d), ...(interpolate ? { interpolate } : draw.chance(0.2) ? { interpolate: false } : {}) };
    }
    default: {
      const n = draw.int(1, 3);
      return { kind: 'mixture', weights: draw.shares(n), components: Array.from({ length: n }, () => distributionInput(draw, scale, depth + 1)) };
    }
  }
}

function hyperexponentialByPhases(draw: Draw, m: number): DistributionSpecInput {
  const n = draw.int(1, 3);
  return {
    kind: 'hyperexponential',
    probabilities: draw.shares(n),
    means: Array.from({ length: n }, () => draw.duration(Math.max(1, Math.round(m * draw.real(0.1, 3))))),
  };
}

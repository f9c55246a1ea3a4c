import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/index';
import {
  PATHS,
  VARIANTS,
  callbackScenario,
  callbackVariants,
  compareCallbacks,
  formatCallbackStudy,
  holdDifference,
  holdSummary,
  type CallbackStudy,
} from '../../examples/callback-vs-holding';
import { metricAt } from '../../src/experiment/metric-keys';

/**
 * The callback story, checked with the confidence intervals of one comparison (30 replications,
 * common random numbers, fixed seed): a scheduled callback promised 25 minutes later lowers
 * abandonment and the time customers spend on hold, and the promise is kept.
 */
describe('examples/callback-vs-holding.ts', () => {
  let study: CallbackStudy;
  beforeAll(async () => {
    study = await compareCallbacks({ replications: 30, seed: 1, threads: 1 });
  });
  const experiment = (name: string) => study.comparison.variants.find((v) => v.name === name)!.experiment;
  const diff = (variant: string, path: string) => {
    const d = metricAt(study.comparison.differences.find((x) => x.variant === variant)!.summary, path);
    if (d === undefined || d.lower === null || d.upper === null) throw new Error(`no paired difference for ${path}`);
    return d as typeof d & { lower: number; upper: number };
  };
  const { holding, scheduled, virtualHold } = VARIANTS;

  it('the scenario file is valid, and the variants differ only in their callback offers', () => {
    const parsed = parseScenario(callbackScenario());
    expect(parsed.ok).toBe(true);
    const modes = callbackVariants().map((v) => {
      const r = parseScenario(v.scenario);
      if (!r.ok) throw new Error(v.name);
      return r.model.contactTypes[0]!.callback?.mode ?? null;
    });
    expect(modes).toEqual([null, 'scheduled', 'virtual-hold']);
  });

  it('measures hold times on the same runs as the comparison (same abandons, replication by replication)', () => {
    for (const v of Object.values(VARIANTS)) {
      const e = experiment(v);
      const column = e.metrics.indexOf(PATHS.abandoned);
      expect(study.holds.get(v)!.map((h) => h.abandoned)).toEqual(e.replications.map((r) => r.values[column]));
    }
  });

  it('scheduled callbacks lower abandonment significantly', () => {
    expect(diff(scheduled, PATHS.abandonment).upper).toBeLessThan(0);
  });

  it('scheduled callbacks lower the time customers spend on hold significantly', () => {
    expect(holdDifference(study, scheduled, holding, 'holdPerCaller').upper!).toBeLessThan(0);
    expect(holdDifference(study, scheduled, holding, 'holdHours').upper!).toBeLessThan(0);
  });

  it('keeps the promise: at least 90 % of callbacks reached within 25–30 minutes, never before 25', () => {
    const kept = experiment(scheduled).summary[PATHS.promiseKept]!;
    expect(kept.n).toBe(30);
    expect(kept.lower!).toBeGreaterThan(0.9);
    const e = experiment(scheduled);
    const column = e.metrics.indexOf(PATHS.timeToCallback);
    for (const r of e.replications) expect(r.values[column]!).toBeGreaterThanOrEqual(25 * 60);
  });

  it('only the callback variants offer callbacks, and the agents then serve more customers', () => {
    expect(experiment(holding).summary[PATHS.offered]).toBeUndefined();
    expect(experiment(scheduled).summary[PATHS.accepted]!.lower!).toBeGreaterThan(0);
    expect(diff(scheduled, PATHS.occupancy).lower).toBeGreaterThan(0);
  });

  it('virtual hold also lowers abandonment and the time on hold', () => {
    expect(diff(virtualHold, PATHS.abandonment).upper).toBeLessThan(0);
    expect(holdDifference(study, virtualHold, holding, 'holdPerCaller').upper!).toBeLessThan(0);
  });

  it('prints a row per variant, the paired differences, and a reading with the numbers', () => {
    const out = formatCallbackStudy(study);
    const text = out.replace(/\s+/g, ' '); // the reading is wrapped
    for (const v of Object.values(VARIANTS)) expect(out).toMatch(new RegExp(`^${v.replace(/[()]/g, '\\$&')} +[\\d.]+m +[\\d.]+m +[\\d.]+m +[\\d.]+%`, 'm'));
    const minutes = (x: number | null) => `${((x ?? NaN) / 60).toFixed(1)}m`;
    const percent = (x: number | null | undefined) => `${(100 * (x ?? NaN)).toFixed(1)}%`;
    expect(text).toContain(`Abandonment falls to ${percent(experiment(scheduled).summary[PATHS.abandonment]!.mean)}`);
    expect(text).toContain(
      `from ${minutes(holdSummary(study, holding, 'holdPerCaller').mean)} to ${minutes(holdSummary(study, scheduled, 'holdPerCaller').mean)}`,
    );
    expect(text).toContain(`${percent(experiment(scheduled).summary[PATHS.promiseKept]!.mean)} of them are reached`);
    expect(out).not.toMatch(/NaN|undefined/);
  });
});

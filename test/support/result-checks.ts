import { CHANNELS } from '../../src/model/channel';
import { expect } from 'vitest';
import type { ContactMetrics } from '../../src/metrics/result';
import type { ModelDefinition } from '../../src/model/definition';
import { everyTypeStaffedAtTheEnd } from './drain-contract';
import type { SimulationResult } from '../../src/run/simulate';

/**
 * Consistency checks of a {@link SimulationResult} that must hold for every model: conservation
 * of contacts in every slice, sums of slices, ratios within [0, 1], ordered percentiles, and no
 * NaN or infinite number anywhere. Each failed check names the slice and field.
 */

/** Paths of every number in `value` that is NaN or infinite (a JSON-ready result has none). */
export function nonFiniteNumbers(value: unknown, path = 'result'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFiniteNumbers(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.${k}`));
  }
  return [];
}

const PERCENTILES = ['p50', 'p80', 'p90', 'p95', 'p99', 'max'] as const;

/** Checks one slice of contact metrics on its own. */
export function expectConsistentContactMetrics(m: ContactMetrics, where: string, exits: number | 'unknown' = 0): void {
  const ended = m.served + m.abandoned + m.blocked + m.unfinished;
  // Queue exits (balked, voicemail, re-routed, cleared) are counted per contact type only (result.queueExits).
  if (exits === 'unknown') expect(ended, `${where}: offered ≥ served + abandoned + blocked + unfinished`).toBeLessThanOrEqual(m.offered);
  else expect(ended + exits, `${where}: offered = served + abandoned + blocked + unfinished + queue exits`).toBe(m.offered);
  expect(m.answered, `${where}: answered ≥ served`).toBeGreaterThanOrEqual(m.served);
  // Answered but not served: cut off in service at the end of the run, so unfinished.
  expect(m.answered - m.served, `${where}: answered − served ≤ unfinished`).toBeLessThanOrEqual(m.unfinished);
  expect(m.answeredWithinTarget, `${where}: answeredWithinTarget ≤ answered`).toBeLessThanOrEqual(m.answered);
  expect(m.shortAbandoned, `${where}: shortAbandoned ≤ abandoned`).toBeLessThanOrEqual(m.abandoned);
  const ratios = ['abandonmentRate', 'blockingRate', 'serviceLevel', 'serviceLevelOfAnswered', 'serviceLevelExcludingShortAbandons'] as const;
  for (const key of ratios) {
    const v = m[key];
    if (v !== null) {
      expect(v, `${where}.${key} ≥ 0`).toBeGreaterThanOrEqual(0);
      expect(v, `${where}.${key} ≤ 1`).toBeLessThanOrEqual(1);
    }
  }
  if (m.answered === 0) {
    expect(m.asa, `${where}.asa is null without answers`).toBeNull();
    for (const p of PERCENTILES) expect(m.wait[p], `${where}.wait.${p} is null without answers`).toBeNull();
    return;
  }
  let previous = 0;
  for (const p of PERCENTILES) {
    const v = m.wait[p];
    expect(v, `${where}.wait.${p} is a number`).not.toBeNull();
    expect(v!, `${where}.wait: ${p} ≥ the percentile before (${previous})`).toBeGreaterThanOrEqual(previous);
    previous = v!;
  }
  expect(m.asa!, `${where}: asa ≤ wait.max`).toBeLessThanOrEqual(m.wait.max! * (1 + 1e-12));
  expect(m.asa!, `${where}: asa ≥ 0`).toBeGreaterThanOrEqual(0);
}

const COUNTS = ['offered', 'answered', 'served', 'abandoned', 'blocked', 'unfinished', 'answeredWithinTarget', 'shortAbandoned'] as const;

function expectSlicesSumToOverall(overall: ContactMetrics, slices: readonly ContactMetrics[], name: string): void {
  for (const key of COUNTS) {
    expect(slices.reduce((a, s) => a + s[key], 0), `Σ ${name}.${key} = overall.${key}`).toBe(overall[key]);
  }
}

function expectFraction(v: number | null, where: string): void {
  if (v === null) return;
  expect(v, `${where} ≥ 0`).toBeGreaterThanOrEqual(0);
  expect(v, `${where} ≤ 1`).toBeLessThanOrEqual(1 + 1e-12);
}

/** Every model-independent check of a result (see the module comment). */
export function expectConsistentResult(result: SimulationResult, model: ModelDefinition): void {
  expect(nonFiniteNumbers(result), 'numbers that are NaN or infinite').toEqual([]);
  const { overall } = result;
  const exitsOf = new Map((result.queueExits ?? []).map((e) => [e.name, e.balked + e.voicemail + e.rerouted + e.cleared]));
  const exitsByChannel = new Map<string, number>();
  for (const t of model.contactTypes) {
    const channel = CHANNELS[t.channel]!;
    exitsByChannel.set(channel, (exitsByChannel.get(channel) ?? 0) + (exitsOf.get(t.name) ?? 0));
  }
  const allExits = [...exitsOf.values()].reduce((a, b) => a + b, 0);
  expectConsistentContactMetrics(overall, 'overall', allExits);
  result.byContactType.forEach((m) => expectConsistentContactMetrics(m, `byContactType[${m.name}]`, exitsOf.get(m.name) ?? 0));
  result.byChannel.forEach((m) => expectConsistentContactMetrics(m, `byChannel[${m.name}]`, exitsByChannel.get(m.name) ?? 0));
  result.bySegment.forEach((m) => expectConsistentContactMetrics(m, `bySegment[${m.name}]`, allExits === 0 ? 0 : 'unknown'));
  expectSlicesSumToOverall(overall, result.byContactType, 'byContactType');
  expectSlicesSumToOverall(overall, result.byChannel, 'byChannel');
  expectSlicesSumToOverall(overall, result.bySegment, 'bySegment');

  const agentSlices = [
    ['agents', result.agents] as const,
    ...result.byAgentGroup.map((g) => [`byAgentGroup[${g.name}]`, g] as const),
    ...result.bySite.map((s) => [`bySite[${s.name}]`, s] as const),
  ];
  for (const [where, a] of agentSlices) {
    expectFraction(a.occupancy, `${where}.occupancy`);
    expectFraction(a.utilization, `${where}.utilization`);
    if (a.occupancy !== null && a.utilization !== null) {
      expect(a.utilization, `${where}: utilization ≤ occupancy`).toBeLessThanOrEqual(a.occupancy * (1 + 1e-12));
    }
    // A messaging session counts at its first turn's group, wherever its later turns go.
    expect(a.served, `${where}: served ≤ answered`).toBeLessThanOrEqual(a.answered);
  }
  for (const a of result.byAgent ?? []) expect(a.served, `byAgent[${a.name}]: served ≤ answered`).toBeLessThanOrEqual(a.answered);
  expect(result.agents.answered, 'agents.answered = overall.answered').toBe(overall.answered);
  expect(result.agents.served, 'agents.served = overall.served').toBe(overall.served);
  expect(result.byAgentGroup.reduce((a, g) => a + g.answered, 0), 'Σ byAgentGroup.answered = overall.answered').toBe(overall.answered);

  for (const i of result.intervals) expectFraction(i.occupancy, `intervals[${i.start}].occupancy`);
  for (const key of ['offered', 'answered', 'abandoned'] as const) {
    const total = result.intervals.reduce((a, i) => a + i[key], 0) + result.afterHorizon[key];
    expect(total, `Σ intervals.${key} + afterHorizon.${key} = overall.${key}`).toBe(overall[key]);
  }

  let previous = 0;
  for (const point of result.waitDistribution) {
    if (overall.answered === 0) {
      expect(point.answered, 'no answers, no wait distribution').toBeNull();
      continue;
    }
    expectFraction(point.answered, `waitDistribution[${point.upTo}s]`);
    expect(point.answered!, `waitDistribution is non-decreasing at ${point.upTo}s`).toBeGreaterThanOrEqual(previous);
    previous = point.answered!;
  }
  if (overall.answered > 0 && overall.wait.max !== null) {
    const beyond = result.waitDistribution.find((p) => p.upTo >= overall.wait.max!);
    if (beyond !== undefined) expect(beyond.answered, `every answered contact waited at most ${beyond.upTo}s`).toBe(1);
  }

  expect(result.meanQueueLength, 'meanQueueLength ≥ 0').toBeGreaterThanOrEqual(0);
  expect(result.meanQueueLength, 'meanQueueLength ≤ maxQueueLength').toBeLessThanOrEqual(result.maxQueueLength * (1 + 1e-12));
  if (model.contactTypes.every((t) => t.patience === null && t.callback === null && (t.queueExits?.byInterval?.patience ?? null) === null)) expect(overall.abandoned, 'no patience and no callbacks, no abandons').toBe(0);
  if (model.contactTypes.every((t) => model.waitingRoom[t.channel] === Infinity)) {
    expect(overall.blocked, 'no waiting-room limit, no blocking').toBe(0);
  }
  if (model.endOfDay === 'cut') expect(result.endTime, 'a cut run ends at the horizon').toBe(model.horizon);
  if (model.endOfDay === 'drain' && everyTypeStaffedAtTheEnd(model)) {
    expect(overall.unfinished, 'a drained run with agents for every type leaves nothing unfinished').toBe(0);
  }
}

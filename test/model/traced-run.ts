import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { simulate, type SimulationResult } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

/** Simulates `input` (seed 1, invariants checked) and returns the result with every contact's trace record, in serial order. */
export function tracedRun(input: ScenarioInput): { result: SimulationResult; records: ContactRecord[] } {
  const records: ContactRecord[] = [];
  const trace = new ContactTrace((line) => records.push(JSON.parse(line) as ContactRecord), { format: 'jsonl' });
  const result = simulate(input, { seed: 1, observers: [trace], checkInvariants: true });
  return { result, records: records.sort((a, b) => a.serial - b.serial) };
}

/** Each record as `#serial outcome at end`, for comparing a run's story with a hand-worked one. */
export const outcomes = (records: ContactRecord[]): string[] => records.map((r) => `#${r.serial} ${r.outcome} at ${r.end}`);

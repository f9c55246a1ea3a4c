import { ContactTrace, type ContactRecord } from '../metrics/contact-trace';
import { simulate } from '../run/simulate';
import type { ScenarioInput } from '../scenario/schema';
import { figuresOf, hourlyFigures, type DayFigures, type OfferedContact } from './day-figures';

/**
 * Replications of one replayed day, each turned into the same figures as the observed day (the
 * simulated contacts go through the same {@link figuresOf} as the records).
 *
 * @module
 */

/** The figures of each replication of a day. */
export interface SimulatedDay {
  /** Whole-day figures, one per replication. */
  readonly daily: readonly DayFigures[];
  /** Hourly figures (24 per replication), one list per replication. */
  readonly hourly: readonly (readonly DayFigures[])[];
}

/** Options of {@link simulateDay}. */
export interface SimulateDayOptions {
  /** Replications. @default 30 */
  replications?: number;
  /** Master seed; replication r uses the substreams `replication/r`, so the same seed gives common random numbers across candidate models. @default 1 */
  seed?: number;
}

/** The contacts of one simulated run, as offered contacts (a contact cut off unfinished counts as answered if its service began, else as abandoned). */
function offeredContacts(scenario: ScenarioInput, seed: number, replication: number): OfferedContact[] {
  const contacts: OfferedContact[] = [];
  const trace = new ContactTrace(
    (line) => {
      const r = JSON.parse(line) as ContactRecord;
      if (r.outcome === 'blocked') return;
      contacts.push({ offered: r.arrival, wait: r.wait ?? 0, abandoned: r.outcome === 'abandoned' || (r.outcome === 'unfinished' && r.serviceStart === null) });
    },
    { format: 'jsonl' },
  );
  simulate(scenario, { seed, replication, observers: [trace] });
  return contacts;
}

/**
 * Simulates the day `replications` times.
 *
 * @throws ScenarioError when the scenario is invalid; RangeError on a bad option
 */
export function simulateDay(scenario: ScenarioInput, options: SimulateDayOptions = {}): SimulatedDay {
  const replications = options.replications ?? 30;
  if (!Number.isInteger(replications) || replications < 1) throw new RangeError(`simulateDay: replications must be a positive integer, got ${replications}`);
  const daily: DayFigures[] = [];
  const hourly: DayFigures[][] = [];
  for (let r = 0; r < replications; r++) {
    const contacts = offeredContacts(scenario, options.seed ?? 1, r);
    daily.push(figuresOf(contacts));
    hourly.push(hourlyFigures(contacts));
  }
  return { daily, hourly };
}

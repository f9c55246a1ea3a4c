/**
 * The measures a replay compares, computed the same way for observed records and simulated
 * contacts: offered, abandonment, ASA, and the shares answered within 20 s and 60 s.
 *
 * @module
 */

/** One offered contact, observed or simulated. */
export interface OfferedContact {
  /** Time it reached the agents' queue (seconds after midnight). */
  readonly offered: number;
  /** Seconds waited before service or hanging up. */
  readonly wait: number;
  /** `true` when it hung up while waiting. */
  readonly abandoned: boolean;
}

/** The compared measures of a day or an hour. Rates are fractions; `null` where undefined (nothing offered or answered). */
export interface DayFigures {
  /** Contacts offered. */
  readonly offered: number;
  /** Abandoned / offered. */
  readonly abandonment: number | null;
  /** Mean wait of answered contacts (seconds). */
  readonly asa: number | null;
  /** Answered within 20 s / offered. */
  readonly within20: number | null;
  /** Answered within 60 s / offered. */
  readonly within60: number | null;
}

/** The measures of {@link DayFigures}, in display order. */
export const FIGURE_MEASURES = ['abandonment', 'asa', 'within20', 'within60', 'offered'] as const;
/** One of {@link FIGURE_MEASURES}. */
export type FigureMeasure = (typeof FIGURE_MEASURES)[number];

/** The figures of a set of contacts. */
export function figuresOf(contacts: readonly OfferedContact[]): DayFigures {
  const offered = contacts.length;
  let abandoned = 0;
  let answered = 0;
  let waitSum = 0;
  let in20 = 0;
  let in60 = 0;
  for (const c of contacts) {
    if (c.abandoned) abandoned++;
    else {
      answered++;
      waitSum += c.wait;
      if (c.wait <= 20) in20++;
      if (c.wait <= 60) in60++;
    }
  }
  if (offered === 0) return { offered, abandonment: null, asa: null, within20: null, within60: null };
  return { offered, abandonment: abandoned / offered, asa: answered === 0 ? null : waitSum / answered, within20: in20 / offered, within60: in60 / offered };
}

/** The figures per hour of the day (by the hour the contact was offered), `hours` entries. */
export function hourlyFigures(contacts: readonly OfferedContact[], hours = 24): DayFigures[] {
  const byHour: OfferedContact[][] = Array.from({ length: hours }, () => []);
  for (const c of contacts) byHour[Math.min(hours - 1, Math.max(0, Math.floor(c.offered / 3600)))]!.push(c);
  return byHour.map(figuresOf);
}

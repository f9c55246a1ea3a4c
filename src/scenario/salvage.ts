import type { z } from 'zod';
import type { Raw } from './raw-input';
import { record } from './raw-input';
import { contactTypeSchema, scheduleSchema, shiftSchema, staffingSchema, type ParsedContactType, type ParsedStaffing } from './schema';

/**
 * What can still be read from a list element that failed the schema pass, so that the value
 * checks run on its valid parts too: one bad field (or one bad shift) must not hide a problem
 * elsewhere in the same element. Everything here parses silently: the failures were already
 * reported by the schema pass.
 *
 * @module
 */

/** A schedule for the value checks: what is known of it (a part left out could not be read). */
export interface ScheduleParts {
  /** Number of entries of `perInterval`, when it is a list. */
  readonly perIntervalCount?: number;
  readonly interval?: number;
  /** The period, when it could be read (the default when absent). */
  readonly period?: number;
  /** Start and end of each shift whose times could be read; undefined for the others. */
  readonly shifts?: readonly ({ readonly start: number; readonly end: number } | undefined)[];
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** The parts of a parsed staffing the value checks use; undefined for a constant number of agents. */
export function scheduleParts(staffing: ParsedStaffing): ScheduleParts | undefined {
  if (typeof staffing === 'number') return undefined;
  return {
    ...(staffing.perInterval === undefined ? {} : { perIntervalCount: staffing.perInterval.length }),
    ...(staffing.interval === undefined ? {} : { interval: staffing.interval }),
    period: staffing.period,
    ...(staffing.shifts === undefined ? {} : { shifts: staffing.shifts }),
  };
}

/** The readable parts of an agent group's `agents` (raw), which may have failed the schema. */
export function salvageSchedule(raw: unknown): ScheduleParts | undefined {
  const whole = parsed(staffingSchema, raw);
  if (whole !== undefined) return scheduleParts(whole);
  const schedule = record(raw);
  if (schedule === undefined) return undefined;
  const shape = scheduleSchema.shape;
  const period = parsed(shape.period, schedule['period']);
  const interval = schedule['interval'] === undefined ? undefined : parsed(shape.interval, schedule['interval']);
  const perInterval = schedule['perInterval'];
  const shifts = schedule['shifts'];
  return {
    ...(Array.isArray(perInterval) && perInterval.length > 0 ? { perIntervalCount: perInterval.length } : {}),
    ...(interval === undefined ? {} : { interval }),
    ...(period === undefined ? {} : { period }),
    ...(Array.isArray(shifts)
      ? {
          shifts: shifts.map((item: unknown) => {
            const shift = record(item);
            const start = parsed(shiftSchema.shape.start, shift?.['start']);
            const end = parsed(shiftSchema.shape.end, shift?.['end']);
            return start === undefined || end === undefined ? undefined : { start, end };
          }),
        }
      : {}),
  };
}

/** The fields of a contact type the value checks use, each parsed on its own. */
export type ContactTypeParts = Partial<Pick<ParsedContactType, 'segments' | 'repeat' | 'retrial' | 'arrivals'>>;

/** The readable fields (of those the value checks use) of a contact type that failed the schema. */
export function salvageContactType(raw: unknown): ContactTypeParts {
  const type: Raw | undefined = record(raw);
  if (type === undefined) return {};
  const shape = contactTypeSchema.shape;
  const out: Record<string, unknown> = {};
  for (const key of ['segments', 'repeat', 'retrial', 'arrivals'] as const) {
    if (type[key] === undefined) continue;
    const value = parsed(shape[key] as z.ZodType, type[key]);
    if (value !== undefined) out[key] = value;
  }
  return out as ContactTypeParts;
}

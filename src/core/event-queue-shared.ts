/**
 * Constants, the handle type and the input errors shared by the event-queue implementations.
 * @module
 */

/**
 * Opaque handle of a scheduled event (a non-negative integer number).
 *
 * A handle encodes the event's internal slot and a per-slot generation
 * (`generation * 2^26 + slot`), so a handle stays safe after its slot is reused: cancelling an
 * old handle never touches the newer event.
 */
export type EventHandle = number;

/** Handles are `generation * SLOT_SPACE + slot`; at most this many events can be pending at once. */
export const SLOT_SPACE = 2 ** 26;
/** Tie keys are `priority * PRIORITY_SCALE + sequence`, which stays below 2^53 (exact doubles). */
export const PRIORITY_SCALE = 2 ** 45;
/** A freed slot is reused only while its next handle still fits in a safe integer. */
export const LAST_REUSABLE_HANDLE = Number.MAX_SAFE_INTEGER - SLOT_SPACE;

/** The error for a time that is not a finite number. */
export function invalidTime(time: number): RangeError {
  return new RangeError(`EventQueue.push: time must be a finite number, got ${time}`);
}

/** The error for a priority outside the integers 0..255. */
export function invalidPriority(priority: number): RangeError {
  return new RangeError(`EventQueue.push: priority must be an integer in 0..255, got ${priority}`);
}

/** The error for a payload that is not a non-negative safe number. */
export function invalidPayload(payload: number): RangeError {
  return new RangeError(
    `EventQueue.push: payload must be a non-negative integer up to 2^53 - 1, got ${payload}`,
  );
}

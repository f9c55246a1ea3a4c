/**
 * Named same-instant priorities. When several events fall at exactly the same simulated time,
 * the one with the smaller priority runs first; among equal priorities, the one scheduled first
 * runs first (FIFO). The names describe the generic role of an event so that the kernel needs to
 * know nothing about contacts or agents.
 *
 * The default order is:
 * 1. `release`  — a resource becomes free (a service or wrap-up ends, a shift starts);
 * 2. `control`  — configuration changes (a shift ends, a staffing level changes);
 * 3. `arrival`  — new work enters (a contact arrives, a callback becomes due);
 * 4. `timer`    — time-outs of waiting work (patience runs out, an overflow step opens);
 * 5. `observe`  — observers sample the state (interval boundaries, end of warm-up).
 *
 * So an agent freeing up is handled before a new arrival at the same instant, and a customer
 * whose patience expires at the very instant an agent frees up is served, not lost.
 */
export const EventPriority = {
  release: 10,
  control: 20,
  arrival: 30,
  timer: 40,
  observe: 250,
} as const;

/** One of the named priorities of {@link EventPriority}. */
export type EventPriorityName = keyof typeof EventPriority;

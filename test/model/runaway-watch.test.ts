import { describe, expect, it } from 'vitest';
import {
  RUNAWAY_CHECK_EVERY,
  RUNAWAY_EVENTS_PER_CONTACT,
  RUNAWAY_MIN_EVENTS,
  RunawayError,
  RunawayWatch,
  RunCounters,
  type RunawaySource,
} from '../../src/model/runaway';

/** A source whose counts the test sets by hand. */
function fakeSource(): RunawaySource & { opened: number; staffing: number; present: number } {
  const source = {
    counters: new RunCounters(),
    opened: 0,
    staffing: 0,
    present: 1,
    issuesOpened: () => source.opened,
    staffingApplied: () => source.staffing,
    contactsPresent: () => source.present,
    typesPresent: () => ['front', 'back'],
    maxContacts: 1e9,
  };
  return source;
}

/** Checks every slice from `from` events to `to` events; returns the error thrown, if any. */
function slices(watch: RunawayWatch, from: number, to: number, each: () => void = () => {}): RunawayError | null {
  try {
    for (let events = from; events <= to; events += RUNAWAY_CHECK_EVERY) {
      each();
      watch.check(events, events);
    }
  } catch (error) {
    if (error instanceof RunawayError) return error;
    throw error;
  }
  return null;
}

describe('RunawayWatch', () => {
  it('stops a run after the minimum number of events without progress, naming the busiest mechanism', () => {
    const source = fakeSource();
    const watch = new RunawayWatch(source);
    expect(slices(watch, 0, RUNAWAY_MIN_EVENTS - 1, () => (source.counters.transfers += 100))).toBeNull();
    const error = slices(watch, RUNAWAY_MIN_EVENTS, 2 * RUNAWAY_MIN_EVENTS, () => {
      source.counters.callbackRetries += 10;
      source.counters.returns += 300;
      source.counters.retrials += 100;
    });
    expect(error).not.toBeNull();
    // Since the first check (4 checks before the limit): 300 transfers; 300 returns of which 100 retrials (200 repeats); 10 retries.
    expect(error!.mechanism).toBe('transfers');
    expect(error!.message).toMatch(/^runaway run stopped \(transfers\) at t=\d+ s: 262,144 events in a row/);
    expect(error!.message).toContain('Contacts in the system: 1 (front, back)');
  });

  it('names repeat contacts apart from retrials, and routing-policy wake-ups', () => {
    for (const [count, mechanism] of [
      [(c: RunCounters) => ((c.returns += 5), (c.retrials += 1)), 'repeat-contacts'],
      [(c: RunCounters) => ((c.returns += 5), (c.retrials += 4)), 'retrials'],
      [(c: RunCounters) => (c.wakeUps += 1), 'policy-wake-ups'],
      [() => 0, 'unknown'],
    ] as const) {
      const source = fakeSource();
      const error = slices(new RunawayWatch(source), 0, 2 * RUNAWAY_MIN_EVENTS, () => count(source.counters));
      expect(error?.mechanism).toBe(mechanism);
    }
  });

  it('starts counting again at every progress: an issue opened, closed or left, a staffing change', () => {
    const source = fakeSource();
    const watch = new RunawayWatch(source);
    let k = 0;
    const progress = [
      () => source.opened++,
      () => source.counters.issuesClosed++,
      () => source.counters.issuesLeft++,
      () => source.staffing++,
    ];
    // Progress every 3 slices (just under the limit) for a long time: never a runaway.
    const every = RUNAWAY_MIN_EVENTS / RUNAWAY_CHECK_EVERY - 1;
    expect(slices(watch, 0, 40 * RUNAWAY_MIN_EVENTS, () => (++k % every === 0 ? progress[(k / every) % 4]!() : 0))).toBeNull();
  });

  it('allows more events when more contacts are in the system', () => {
    const source = fakeSource();
    source.present = 1000;
    const limit = RUNAWAY_EVENTS_PER_CONTACT * 1000;
    const watch = new RunawayWatch(source);
    expect(slices(watch, 0, limit - RUNAWAY_CHECK_EVERY)).toBeNull();
    expect(slices(watch, limit, limit)).not.toBeNull();
  });
});

describe('RunawayError.revive()', () => {
  it('rebuilds a runaway error from its message (what a worker thread sends back)', () => {
    const revived = RunawayError.revive(new Error('runaway run stopped (callback-retries) at t=3600.5 s: 1,048,576 events'));
    expect(revived).toBeInstanceOf(RunawayError);
    expect(revived).toMatchObject({ mechanism: 'callback-retries', time: 3600.5, name: 'RunawayError' });
  });

  it('returns other errors as they were', () => {
    const other = new RangeError('x');
    expect(RunawayError.revive(other)).toBe(other);
    expect(RunawayError.revive('text')).toBe('text');
  });
});

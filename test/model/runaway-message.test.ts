import { describe, expect, it } from 'vitest';
import { RUNAWAY_MIN_EVENTS, RunawayError, RunawayWatch, RunCounters, type RunawaySource } from '../../src/model/runaway';

/** A source with `present` contacts of the types named, and journey.maxContacts 50. */
function source(present: number, types: string[]): RunawaySource {
  return {
    counters: new RunCounters(),
    issuesOpened: () => 4,
    staffingApplied: () => 2,
    contactsPresent: () => present,
    typesPresent: () => types,
    maxContacts: 50,
  };
}

/** The error of a watch that saw no progress for the minimum number of events, after `count` changed the counters. */
function stopped(s: RunawaySource, count: (c: RunCounters) => void): RunawayError {
  const watch = new RunawayWatch(s);
  // Counts before the last progress are not the runaway's.
  Object.assign(s.counters, { transfers: 1000, returns: 3000, retrials: 1000, callbackRetries: 1000, wakeUps: 1000 });
  watch.check(0, 0);
  count(s.counters);
  try {
    watch.check(RUNAWAY_MIN_EVENTS, 123.5);
  } catch (error) {
    return error as RunawayError;
  }
  throw new Error('no runaway');
}

describe('RunawayError messages', () => {
  it('name the mechanism, its count since the last progress, the contacts in the system and the hint', () => {
    const s = source(2, ['front', 'back']);
    const error = stopped(s, (c) => (c.transfers += 7));
    expect(error).toBeInstanceOf(RunawayError);
    expect(error.name).toBe('RunawayError');
    expect(error.time).toBe(123.5);
    expect(error.message).toBe(
      'runaway run stopped (transfers) at t=123.5 s: 262,144 events in a row without any customer issue opened, closed or left, ' +
        '7 of them transfers: the work regenerates itself and the run cannot end. Contacts in the system: 2 (front, back); ' +
        'journey.maxContacts is 50; check the transfer rules (types that transfer back to each other) and journey.maxContacts.',
    );
  });

  it('say so when no mechanism made the events, and list no types when none is present', () => {
    const error = stopped(source(0, []), () => {});
    expect(error.mechanism).toBe('unknown');
    expect(error.message).toBe(
      'runaway run stopped (unknown) at t=123.5 s: 262,144 events in a row without any customer issue opened, closed or left: ' +
        'the work regenerates itself and the run cannot end. Contacts in the system: 0; journey.maxContacts is 50; please report the scenario.',
    );
  });

  it('give each mechanism its name and hint, with counts in thousands', () => {
    const cases: [(c: RunCounters) => void, string][] = [
      [(c) => ((c.returns += 1500), (c.retrials += 2)), "1,498 of them repeat contacts: the work regenerates itself and the run cannot end. Contacts in the system: 1 (x); journey.maxContacts is 50; check the repeat rules (probability, delay, via) and journey.maxContacts."],
      [(c) => ((c.returns += 3), (c.retrials += 3)), '3 of them retrials: the work regenerates itself and the run cannot end. Contacts in the system: 1 (x); journey.maxContacts is 50; check the retrial rules, patience, the waiting room and journey.maxContacts.'],
      [(c) => (c.callbackRetries += 2), "2 of them callback retries: the work regenerates itself and the run cannot end. Contacts in the system: 1 (x); journey.maxContacts is 50; check the callbacks' noAnswer, retryAfter and maxAttempts."],
      [(c) => (c.wakeUps += 9), "9 of them routing policy wake-ups: the work regenerates itself and the run cannot end. Contacts in the system: 1 (x); journey.maxContacts is 50; the routing policy's reconsiderAfter keeps waking contacts it does not serve."],
    ];
    for (const [count, tail] of cases) expect(stopped(source(1, ['x']), count).message).toContain(`left, ${tail}`);
  });
});

describe('RunawayError.revive() edge cases', () => {
  it('returns a RunawayError as it is, and names an unknown mechanism or a missing time as such', () => {
    const original = new RunawayError('runaway run stopped (transfers) at t=1 s: x', 'transfers', 1);
    expect(RunawayError.revive(original)).toBe(original);
    expect(RunawayError.revive(new Error('runaway run stopped (constructor) at t=5 s: x'))).toMatchObject({ mechanism: 'unknown', time: 5 });
    const bare = RunawayError.revive(new Error('runaway run stopped early')) as RunawayError;
    expect(bare).toBeInstanceOf(RunawayError);
    expect(bare.mechanism).toBe('unknown');
    expect(bare.time).toBeNaN();
    expect(bare.message).toBe('runaway run stopped early');
    const other = new Error('stopped: runaway run stopped (transfers) at t=1 s');
    expect(RunawayError.revive(other)).toBe(other);
  });

  it('reads the mechanism and time only from the head of the message, never from a notice quoted later in it', () => {
    const quoted = RunawayError.revive(new Error('runaway run stopped early, after runaway run stopped (transfers) at t=7 s')) as RunawayError;
    expect(quoted).toBeInstanceOf(RunawayError);
    expect(quoted.mechanism).toBe('unknown');
    expect(quoted.time).toBeNaN();
  });
});

describe('RunawayWatch progress', () => {
  const slice = 1 << 16;
  it('counts every kind of progress, even two at once', () => {
    const pairs: [string, (s: { opened: number; staffing: number; counters: RunCounters }) => void][] = [
      ['opened and closed', (s) => (s.opened++, s.counters.issuesClosed++)],
      ['closed and left', (s) => (s.counters.issuesClosed++, s.counters.issuesLeft++)],
      ['left and staffing', (s) => (s.counters.issuesLeft++, s.staffing++)],
    ];
    for (const [, both] of pairs) {
      const s = { ...source(1, ['x']), opened: 0, staffing: 0 };
      const watch = new RunawayWatch({ ...s, counters: s.counters, issuesOpened: () => s.opened, staffingApplied: () => s.staffing });
      for (let k = 0; k <= 8; k++) {
        both(s);
        expect(() => watch.check(k * slice, k)).not.toThrow();
      }
    }
  });

  it('counts the events without progress from the first check, whatever the progress then', () => {
    const s = { ...source(1, ['x']) };
    const watch = new RunawayWatch({ ...s, issuesOpened: () => 1, staffingApplied: () => 0 });
    watch.check(slice, 1);
    expect(() => watch.check(4 * slice, 4)).not.toThrow();
    expect(() => watch.check(5 * slice, 5)).toThrow(RunawayError);
  });
});

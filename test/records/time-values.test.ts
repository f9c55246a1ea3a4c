import { describe, expect, it } from 'vitest';
import { formatHasDate, parseDay, parseTime, secondsSinceDayStart } from '../../src/records/time-values';

describe('parseTime()', () => {
  it('reads seconds after midnight, refusing blanks, negatives and text', () => {
    expect(parseTime('3600.5', 'seconds', 'UTC')).toEqual({ date: null, epochMs: null, seconds: 3600.5 });
    expect(parseTime('0', 'seconds', 'UTC')).toEqual({ date: null, epochMs: null, seconds: 0 });
    for (const bad of ['', '  ', '-1', 'abc', 'Infinity']) expect(parseTime(bad, 'seconds', 'UTC')).toBe('expected a number of seconds ≥ 0');
  });

  it('reads a time of day, milliseconds included, without a date', () => {
    expect(parseTime(' 10:01:32 ', 'H:mm:ss', 'UTC')).toEqual({ date: null, epochMs: null, seconds: 36_092 });
    expect(parseTime('0:00:01.250', 'H:mm:ss.SSS', 'UTC')).toEqual({ date: null, epochMs: null, seconds: 1.25 });
  });

  it('reads a date and time in its zone: the seconds count from that zone’s midnight', () => {
    const t = parseTime('2026-03-29 02:30:00', 'yyyy-MM-dd HH:mm:ss', 'UTC');
    expect(t).toEqual({ date: '2026-03-29', epochMs: Date.UTC(2026, 2, 29, 2, 30), seconds: 9000 });
    // Paris moves to summer time at 02:00 on 2026-03-29: 03:30 local is 01:30 UTC, 2.5 h after local midnight (23:00 UTC).
    expect(parseTime('2026-03-29 03:30:00', 'yyyy-MM-dd HH:mm:ss', 'Europe/Paris')).toEqual({ date: '2026-03-29', epochMs: Date.UTC(2026, 2, 29, 1, 30), seconds: 2.5 * 3600 });
  });

  it('says why a value cannot be read', () => {
    // luxon's explanation of the failure, in parentheses
    expect(parseTime('10h00', 'H:mm:ss', 'UTC')).toBe('expected a time in the format H:mm:ss (the input "10h00" can\'t be parsed as format H:mm:ss)');
  });
});

describe('formatHasDate()', () => {
  it('sees date tokens outside quoted literals only', () => {
    expect(formatHasDate('seconds')).toBe(false);
    expect(formatHasDate('H:mm:ss')).toBe(false);
    expect(formatHasDate("H'h'mm")).toBe(false);
    expect(formatHasDate("'day' H:mm")).toBe(false);
    expect(formatHasDate('dd/MM/yyyy HH:mm')).toBe(true);
    expect(formatHasDate("yyyy'T'HH")).toBe(true);
  });
});

describe('parseDay()', () => {
  it('takes any non-empty label without a format, trimmed', () => {
    expect(parseDay(' monday ', undefined, 'UTC')).toBe('monday');
    expect(parseDay('  ', undefined, 'UTC')).toEqual({ problem: 'expected a day label, got an empty value' });
  });

  it('reads a date with a format as its ISO date', () => {
    expect(parseDay(' 29/03/2026 ', 'dd/MM/yyyy', 'UTC')).toBe('2026-03-29');
    expect(parseDay('2026-13-01', 'yyyy-MM-dd', 'UTC')).toEqual({ problem: 'expected a date in the format yyyy-MM-dd' });
  });
});

describe('secondsSinceDayStart()', () => {
  it('counts from the midnight, in the zone, of the day holding the reference', () => {
    const day = Date.UTC(2026, 2, 29, 10);
    expect(secondsSinceDayStart(Date.UTC(2026, 2, 29, 10, 0, 30), day, 'UTC')).toBe(36_030);
    // Past midnight: more than a day's seconds.
    expect(secondsSinceDayStart(Date.UTC(2026, 2, 30, 0, 1), day, 'UTC')).toBe(86_460);
    // In Paris (UTC+1 that night) the day started at 23:00 UTC on the 28th.
    expect(secondsSinceDayStart(Date.UTC(2026, 2, 29, 10), day, 'Europe/Paris')).toBe(11 * 3600);
  });
});

import { describe, expect, it } from 'vitest';
import { recordsOfDay, type CallRecord } from '../../src/records/call-record';
import { parseMapping, ROUTELAB_MAPPING } from '../../src/records/mapping';
import { formatRecordIssue, LISTED_ISSUES, RecordsError } from '../../src/records/records-error';

describe('formatRecordIssue()', () => {
  it('names the line, the column and the value that are known', () => {
    expect(formatRecordIssue({ line: 12, column: 'ser_exit', value: '9:00:00', message: 'too early' })).toBe('line 12, column ser_exit ("9:00:00"): too early');
    expect(formatRecordIssue({ line: 12, column: 'ser_exit', value: '', message: 'too early' })).toBe('line 12, column ser_exit: too early');
    expect(formatRecordIssue({ line: 0, column: 'timeZone', value: 'Mars', message: 'unknown' })).toBe('column timeZone ("Mars"): unknown');
    expect(formatRecordIssue({ line: 3, column: '', value: 'x', message: 'short row' })).toBe('line 3: short row');
    expect(formatRecordIssue({ line: 0, column: '', value: '', message: 'the file is empty' })).toBe('the file is empty');
    // A value with a quote is written as JSON.
    expect(formatRecordIssue({ line: 1, column: 'a', value: 'say "hi"', message: 'm' })).toBe('line 1, column a ("say \\"hi\\""): m');
  });
});

describe('RecordsError', () => {
  const issue = (line: number) => ({ line, column: '', value: '', message: `problem ${line}` });

  it('names its source and counts one problem or several', () => {
    const one = new RecordsError('calls.csv', [issue(2)]);
    expect(one.message).toBe('calls.csv: 1 problem\n  line 2: problem 2');
    expect(one.name).toBe('RecordsError');
    expect(one).toBeInstanceOf(Error);
    expect(new RecordsError('m.yaml', [issue(2), issue(3)]).message).toBe('m.yaml: 2 problems\n  line 2: problem 2\n  line 3: problem 3');
  });

  it(`lists the first ${LISTED_ISSUES} problems, counts the rest, and keeps them all`, () => {
    expect(LISTED_ISSUES).toBe(20);
    const exactly = new RecordsError('f', Array.from({ length: 20 }, (_, i) => issue(i + 2)));
    expect(exactly.message.split('\n')).toHaveLength(21);
    expect(exactly.message).not.toContain('more problems');
    const issues = Array.from({ length: 23 }, (_, i) => issue(i + 2));
    const error = new RecordsError('f', issues);
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[0]).toBe('f: 23 problems');
    expect(lines[20]).toBe('  line 21: problem 21');
    expect(lines[21]).toBe('... and 3 more problems');
    expect(error.issues).toEqual(issues);
  });
});

describe('recordsOfDay()', () => {
  it('keeps the records of one day, in their order', () => {
    const r = (day: string, offered: number): CallRecord => ({ line: 0, day, offered, wait: 0, outcome: 'abandoned', serviceStart: null, serviceEnd: null, contactType: null, agent: null, customer: null, priority: null });
    const records = [r('a', 5), r('b', 1), r('a', 3)];
    expect(recordsOfDay(records, 'a').map((x) => x.offered)).toEqual([5, 3]);
    expect(recordsOfDay(records, 'c')).toEqual([]);
  });
});

describe('parseMapping(): time zones and messages', () => {
  it('accepts a known IANA time zone, refuses an unknown one, and names the mapping "mapping" by default', () => {
    expect(parseMapping({ ...ROUTELAB_MAPPING, timeZone: 'Europe/Paris' }).timeZone).toBe('Europe/Paris');
    expect(parseMapping({ ...ROUTELAB_MAPPING, timeZone: 'UTC' }).timeZone).toBe('UTC');
    expect(() => parseMapping({ ...ROUTELAB_MAPPING, timeZone: 'Mars/Olympus' })).toThrow(
      new RecordsError('mapping', [{ line: 0, column: 'timeZone', value: 'Mars/Olympus', message: 'unknown time zone (use an IANA name such as Europe/Paris or UTC)' }]),
    );
    try {
      parseMapping({ name: 'x' });
      throw new Error('expected a RecordsError');
    } catch (error) {
      expect(error).toBeInstanceOf(RecordsError);
      expect((error as RecordsError).message).toMatch(/^mapping: 1 problem\n {2}column columns: /);
      expect((error as RecordsError).issues).toEqual([{ line: 0, column: 'columns', value: '', message: expect.any(String) }]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { reportDate } from '../../src/cli/html-output';

describe('reportDate()', () => {
  it('prints the date of SOURCE_DATE_EPOCH when set, for byte-identical reports', () => {
    expect(reportDate({ SOURCE_DATE_EPOCH: '0' })).toBe('1970-01-01 (UTC)');
    expect(reportDate({ SOURCE_DATE_EPOCH: '1796601600' })).toBe('2026-12-07 (UTC)');
  });

  it("prints today's date (UTC) otherwise, and ignores a malformed SOURCE_DATE_EPOCH", () => {
    const today = new Date().toISOString().slice(0, 10);
    const printed = reportDate({});
    // the clock may pass midnight between the two reads
    expect([today, new Date().toISOString().slice(0, 10)].map((d) => `${d} (UTC)`)).toContain(printed);
    expect(reportDate({ SOURCE_DATE_EPOCH: 'soon' })).toMatch(/^\d{4}-\d\d-\d\d \(UTC\)$/);
  });
});

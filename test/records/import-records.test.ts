import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCallRecords } from '../../src/records/import-records';
import { BANK_MAPPING, parseMapping, ROUTELAB_MAPPING, type RecordMapping } from '../../src/records/mapping';
import { RecordsError } from '../../src/records/records-error';

const BANK_CSV = new URL('../../examples/data/anonymous-bank-one-day.csv', import.meta.url);
const bankText = readFileSync(BANK_CSV, 'utf8');
const [HEADER] = bankText.split('\n');
const ROW = 'AA0213,24281,PS,10:00:45,10:00:51,6,10:00:51,10:01:33,42,AGENT,10:01:32,10:03:08,96,VICKY,VIC';

/** The problems of an import that must fail. */
function problems(text: string, mapping: RecordMapping = BANK_MAPPING): string {
  try {
    importCallRecords(text, mapping, { source: 'calls.csv' });
  } catch (error) {
    expect(error).toBeInstanceOf(RecordsError);
    return (error as Error).message;
  }
  throw new Error('expected the import to fail');
}

describe('importCallRecords() with the bank mapping', () => {
  // Imported inside the tests: work in a describe body is static coverage to mutation testing.
  const bank = () => importCallRecords(bankText, BANK_MAPPING);

  it('accounts for every row: records plus counted drops', () => {
    const imported = bank();
    // Counted from the raw text, independently of the importer: outcome is the 10th field,
    // q_start the 7th, ser_start the 11th.
    const rows = bankText.trim().split('\n').slice(1).map((l) => l.split(','));
    const phantom = rows.filter((f) => f[9] === 'PHANTOM').length;
    const hangInVru = rows.filter((f) => f[9] === 'HANG' && f[6] === '0:00:00').length;
    const noService = rows.filter((f) => f[9] === 'AGENT' && f[10] === '0:00:00').length;
    expect([phantom, hangInVru, noService]).toEqual([18, 118, 1]);
    expect(imported.rows).toBe(2375);
    expect(imported.records).toHaveLength(2375 - 18 - 118 - 1);
    const dropped = Object.fromEntries(imported.dropped.map((d) => [d.reason, d.rows]));
    expect(dropped).toEqual({
      'outcome PHANTOM is ignored by the mapping': 18,
      'hung up before joining the queue (no queue entry)': 118,
      'served but no service start or end recorded': 1,
    });
    expect(imported.days).toEqual(['day-1']);
  });

  it('reads a served call: queue entry, wait to the queue exit, service times in seconds, agent', () => {
    const r = importCallRecords(`${HEADER}\n${ROW}\n`, BANK_MAPPING).records[0]!;
    expect(r).toMatchObject({ line: 2, offered: 36051, wait: 42, outcome: 'served', serviceStart: 36092, serviceEnd: 36188, agent: 'VICKY', contactType: 'PS' });
  });

  it('a call answered at once is offered at its service start with wait 0; NO_SERVER is no agent', () => {
    const row = 'AA0213,1,PS,10:00:45,10:00:51,6,0:00:00,0:00:00,0,AGENT,10:00:51,10:01:00,9,NO_SERVER,NO_';
    expect(importCallRecords(`${HEADER}\n${row}\n`, BANK_MAPPING).records[0]).toMatchObject({ offered: 36051, wait: 0, agent: null });
  });

  it('matches the data README: 728 abandoned after queueing, mean wait of the served about 135 s', () => {
    const imported = bank();
    const served = imported.records.filter((r) => r.outcome === 'served');
    expect(imported.records.filter((r) => r.outcome === 'abandoned')).toHaveLength(728);
    const asa = served.reduce((a, r) => a + r.wait, 0) / served.length;
    expect(asa).toBeGreaterThan(130);
    expect(asa).toBeLessThan(140);
  });
});

describe('importCallRecords(): bad input is located', () => {
  it('a binary file is not CSV', () => {
    expect(problems('PK\u0003\u0004\u0000\u0000binary')).toMatch(/calls\.csv: 1 problem\n {2}not a CSV text file \(it holds NUL bytes/);
  });

  it('an empty file has no header', () => {
    expect(problems('')).toMatch(/the file is empty/);
  });

  it('missing columns are named with the field and a suggestion', () => {
    const text = `${HEADER!.replace('q_start', 'q_strat').replace('outcome', 'result')}\n${ROW}\n`;
    const message = problems(text);
    expect(message).toContain("line 1, column q_start: column for queueEntry not in the header; did you mean 'q_strat'?");
    expect(message).toContain('line 1, column outcome: column for outcome not in the header');
  });

  it('a file with another delimiter says the header has one column', () => {
    expect(problems(`${HEADER!.replaceAll(',', ';')}\n${ROW.replaceAll(',', ';')}\n`)).toMatch(/the header has one column: is the file comma-separated\?/);
  });

  it('every bad row is listed with line, column and value', () => {
    const bad = [
      ROW.replace('10:00:51,6,10:00:51', '10:00:51,6,10h00'), // unparseable queue entry
      ROW.replace('10:03:08', '9:00:00'), // service end before start
      ROW.replace('AGENT', 'LOST'), // unknown outcome
      'AA0213,24281,PS', // too few fields
    ];
    const message = problems(`${HEADER}\n${ROW}\n${bad.join('\n')}\n`);
    expect(message).toMatch(/^calls\.csv: 4 problems/);
    expect(message).toContain('line 3, column q_start ("10h00"): expected a time in the format H:mm:ss');
    expect(message).toContain('line 4, column ser_exit: service end before service start (9:00:00 < 10:01:32)');
    expect(message).toContain('line 5, column outcome ("LOST"): unknown outcome; the mapping knows AGENT, HANG, PHANTOM');
    expect(message).toContain('line 6: expected 15 fields as in the header, got 3');
  });

  it('a service more than the clock skew before its queue entry is an error', () => {
    expect(problems(`${HEADER}\n${ROW.replace('AGENT,10:01:32', 'AGENT,10:00:40')}\n`)).toContain('line 2, column ser_start: service start before queue entry (10:00:40 < 10:00:51)');
  });

  it('lists the first 20 problems and counts the rest', () => {
    const rows = Array.from({ length: 25 }, () => ROW.replace('AGENT', 'X'));
    const message = problems(`${HEADER}\n${rows.join('\n')}\n`);
    expect(message).toMatch(/^calls\.csv: 25 problems/);
    expect(message).toContain('... and 5 more problems');
  });
});

describe('parseMapping()', () => {
  it('lists every problem of a mapping with its path', () => {
    expect(() => parseMapping({ name: 'x', columns: { arrival: 'a', serviceStart: 's', outcome: { column: 'o', values: { A: 'won' } } } }, 'm.yaml')).toThrow(
      /m\.yaml: 2 problems[\s\S]*columns\.serviceEnd[\s\S]*columns\.outcome\.values\.A/,
    );
  });

  it('rejects an unknown time zone', () => {
    expect(() => parseMapping({ ...ROUTELAB_MAPPING, timeZone: 'Mars/Olympus' })).toThrow(/column timeZone \("Mars\/Olympus"\): unknown time zone/);
  });

  it('accepts the built-in mappings', () => {
    expect(parseMapping(BANK_MAPPING)).toEqual(BANK_MAPPING);
    expect(parseMapping(ROUTELAB_MAPPING)).toEqual(ROUTELAB_MAPPING);
  });
});

describe('importCallRecords(): date-time columns and time zones', () => {
  const mapping: RecordMapping = {
    name: 'crm',
    timeFormat: 'yyyy-MM-dd HH:mm:ss',
    timeZone: 'Europe/Paris',
    columns: { arrival: 'arrived', serviceStart: 'answered', serviceEnd: 'ended', queueExit: 'left', queueEntry: 'arrived', outcome: { column: 'status', values: { ok: 'served', lost: 'abandoned' } } },
  };

  it('gives each record its local day and seconds after local midnight, across a DST change', () => {
    // 2026-03-29: clocks go from 2:00 to 3:00 in Paris; 03:30 local is 2.5 h after midnight.
    const text = 'arrived,answered,ended,left,status\n2026-03-29 03:30:00,2026-03-29 03:31:00,2026-03-29 03:35:00,,ok\n2026-03-30 23:59:00,,,2026-03-31 00:01:00,lost\n';
    const { records, days } = importCallRecords(text, mapping);
    expect(days).toEqual(['2026-03-29', '2026-03-30']);
    expect(records[0]).toMatchObject({ day: '2026-03-29', offered: 2.5 * 3600, wait: 60, serviceEnd: 2.5 * 3600 + 300 });
    // The abandonment crosses midnight: its times stay on the arrival's day (past 86,400 s).
    expect(records[1]).toMatchObject({ day: '2026-03-30', offered: 86_340, wait: 120, outcome: 'abandoned' });
  });
});

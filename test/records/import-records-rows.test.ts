import { describe, expect, it } from 'vitest';
import { importCallRecords } from '../../src/records/import-records';
import type { RecordMapping } from '../../src/records/mapping';
import { RecordsError } from '../../src/records/records-error';

/** Times in seconds after midnight; `-` or an empty cell means none; 2 s of clock skew. */
const mapping: RecordMapping = {
  name: 'small',
  timeFormat: 'seconds',
  missing: ['', '-'],
  clockSkew: 2,
  defaultDay: 'monday',
  columns: {
    arrival: 'arr',
    queueEntry: 'qin',
    queueExit: 'qout',
    serviceStart: 'start',
    serviceEnd: 'end',
    outcome: { column: 'how', values: { ok: 'served', gone: 'abandoned', test: 'ignore' } },
    contactType: 'type',
    agent: { column: 'who', missing: ['NOBODY'] },
    customer: 'cust',
    priority: 'prio',
  },
};
const HEADER = 'arr,qin,qout,start,end,how,type,who,cust,prio';

function importRows(rows: readonly string[], m: RecordMapping = mapping) {
  return importCallRecords(`${HEADER}\n${rows.join('\n')}\n`, m, { source: 'calls.csv' });
}

/** The problem lines of an import that must fail. */
function problems(rows: readonly string[], m: RecordMapping = mapping, header = HEADER): string[] {
  try {
    importCallRecords(`${header}\n${rows.join('\n')}\n`, m, { source: 'calls.csv' });
  } catch (error) {
    expect(error).toBeInstanceOf(RecordsError);
    return (error as Error).message.split('\n').slice(1).map((l) => l.trim());
  }
  throw new Error('expected the import to fail');
}

describe('importCallRecords(): rows worked by hand', () => {
  it('a served call waits from its queue entry to its queue exit, or to its service start when the exit is later', () => {
    const { records } = importRows([
      '100,110,130,131,200,ok,sales,ann,c1,gold', // exit 130 before the start: wait 20
      '100,110,-,140,200,ok,sales,ann,c1,gold', // no exit: wait to the start, 30
      '100,110,150,140,200,ok,sales,ann,c1,gold', // exit after the start + skew: wait to the start, 30
      '100,110,142,140,200,ok,sales,ann,c1,gold', // exit within the skew of the start: wait 32
      '100,110,-,109,200,ok,sales,ann,c1,gold', // start 1 s before the entry (within the skew): wait 0
      '100,-,-,105,200,ok,sales,ann,c1,gold', // never queued: offered at its start, wait 0
    ]);
    expect(records.map((r) => [r.offered, r.wait, r.serviceStart, r.serviceEnd])).toEqual([
      [105, 0, 105, 200],
      [110, 20, 131, 200],
      [110, 30, 140, 200],
      [110, 30, 140, 200],
      [110, 32, 140, 200],
      [110, 0, 109, 200],
    ]);
  });

  it('an abandoned call waits from its queue entry to its exit, has no service and no agent', () => {
    const { records } = importRows(['100,110,170,-,-,gone,sales,ann,c9,-']);
    expect(records).toEqual([{ line: 2, day: 'monday', offered: 110, wait: 60, outcome: 'abandoned', serviceStart: null, serviceEnd: null, contactType: 'sales', agent: null, customer: 'c9', priority: null }]);
  });

  it('reads names, leaving out the values that mean none, trimmed', () => {
    const { records } = importRows(['100,110,120,120,200,ok, sales ,NOBODY,-, gold ', '300,310,320,320,400,ok,-,bob,,x']);
    expect(records.map((r) => [r.contactType, r.agent, r.customer, r.priority])).toEqual([
      ['sales', null, null, 'gold'],
      [null, 'bob', null, 'x'],
    ]);
  });

  it('counts the rows it drops by reason with the first line, and sorts records by day, time, then line', () => {
    const text = `${HEADER}\n500,510,520,520,600,ok,a,b,c,d\ntest,-,-,-,-,test,a,b,c,d\n100,-,-,-,-,gone,a,b,c,d\n50,60,-,-,-,ok,a,b,c,d\n100,-,-,-,-,gone,a,b,c,d\n200,210,220,220,300,ok,a,b,c,d\n200,210,220,220,300,ok,a,b,c,d\n`;
    const out = importCallRecords(text, mapping);
    expect(out.rows).toBe(7);
    expect(out.dropped).toEqual([
      { reason: 'outcome test is ignored by the mapping', rows: 1, firstLine: 3 },
      { reason: 'hung up before joining the queue (no queue entry)', rows: 2, firstLine: 4 },
      { reason: 'served but no service start or end recorded', rows: 1, firstLine: 5 },
    ]);
    expect(out.records.map((r) => [r.offered, r.line])).toEqual([
      [210, 7],
      [210, 8],
      [510, 2],
    ]);
    expect(out.days).toEqual(['monday']);
  });

  it('a day column gives each record its day; the records sort by day first', () => {
    const m: RecordMapping = { ...mapping, columns: { ...mapping.columns, day: 'd' } };
    const out = importCallRecords('d,arr,qin,qout,start,end,how,type,who,cust,prio\nb,10,10,-,10,20,ok,,,,\na,50,50,-,50,60,ok,,,,\na,5,5,-,5,9,ok,,,,\n', m);
    expect(out.records.map((r) => [r.day, r.offered])).toEqual([
      ['a', 5],
      ['a', 50],
      ['b', 10],
    ]);
    expect(out.days).toEqual(['a', 'b']);
  });

  it('without a default day, records fall on day-1', () => {
    const { defaultDay: _, ...rest } = mapping;
    expect(importRows(['1,1,-,1,2,ok,,,,'], rest as RecordMapping).records[0]!.day).toBe('day-1');
  });

  it('reads another delimiter and a header with spaces', () => {
    const m: RecordMapping = { ...mapping, delimiter: ';' };
    const out = importCallRecords('arr; qin ;qout;start;end;how;type;who;cust;prio\n1;2;-;3;4;ok;;;;\n', m);
    expect(out.records[0]).toMatchObject({ offered: 2, wait: 1, serviceStart: 3, serviceEnd: 4 });
  });
});

describe('importCallRecords(): bad rows worked by hand', () => {
  it('locates each problem, with times written as clock times', () => {
    expect(
      problems([
        '100,110,-,-,-,gone,,,,', // abandoned without its exit
        '3700,3610,3605,-,-,gone,,,,', // left before joining
        '100,110,-,3725,3600,ok,,,,', // service ends before it starts
        '100,110,-,107,200,ok,,,,', // service 3 s before the entry (skew 2)
        '-,110,-,120,200,ok,,,,', // no arrival
        'x1,110,-,120,200,ok,,,,', // unreadable arrival
        '100,110,-,120,200,maybe,,,,',
        '100,110',
      ]),
    ).toEqual([
      'line 2, column qout: an abandoned contact needs the time it left the queue',
      'line 3, column qout: left the queue before joining it (1:00:05 < 1:00:10)',
      'line 4, column end: service end before service start (1:00:00 < 1:02:05)',
      'line 5, column start: service start before queue entry (0:01:47 < 0:01:50)',
      'line 6, column arr ("-"): arrival time missing',
      'line 7, column arr ("x1"): expected a number of seconds ≥ 0',
      'line 8, column how ("maybe"): unknown outcome; the mapping knows ok, gone, test',
      'line 9: expected 10 fields as in the header, got 2',
    ]);
  });

  it('a header of one column hints at the delimiter only when the mapping gives none', () => {
    const oneColumn = HEADER.replaceAll(',', ';');
    expect(problems([], mapping, oneColumn)[0]).toBe('line 1, column arr: column for arrival not in the header (the header has one column: is the file comma-separated?)');
    expect(problems([], { ...mapping, delimiter: ',' }, oneColumn)[0]).toBe('line 1, column arr: column for arrival not in the header');
  });

  it('a text csv cannot parse', () => {
    expect(problems([], mapping, 'arr,"qin')[0]).toMatch(/^not readable as CSV: /);
  });
});

describe('importCallRecords(): mappings without some columns, formats per column', () => {
  const bare: RecordMapping = { name: 'bare', timeFormat: 'seconds', columns: { arrival: 'arr', serviceStart: 'start', serviceEnd: 'end', outcome: { column: 'how', values: { ok: 'served', gone: 'abandoned' } } } };

  it('without queue columns a served call is offered at its service start and an abandoned one never queued', () => {
    const out = importCallRecords('arr,start,end,how\n10,15,20,ok\n30,,,gone\n', bare);
    expect(out.records.map((r) => [r.offered, r.wait, r.agent, r.contactType])).toEqual([[15, 0, null, null]]);
    expect(out.dropped).toEqual([{ reason: 'hung up before joining the queue (no queue entry)', rows: 1, firstLine: 3 }]);
  });

  it('names a field that has no column by its own name', () => {
    const entryOnly: RecordMapping = { ...bare, columns: { ...bare.columns, queueEntry: 'qin' } };
    expect(problems(['10,12,,,gone'], entryOnly, 'arr,qin,start,end,how')).toEqual(['line 2, column queueExit: an abandoned contact needs the time it left the queue']);
  });

  it('a served call with a start but no end is dropped, counted', () => {
    expect(importCallRecords('arr,start,end,how\n10,15,,ok\n', bare).dropped).toEqual([{ reason: 'served but no service start or end recorded', rows: 1, firstLine: 2 }]);
  });

  it('reads the outcome trimmed, and names the file "records" by default', () => {
    expect(importCallRecords('arr,start,end,how\n10,15,20, ok \n', bare).records).toHaveLength(1);
    expect(() => importCallRecords('arr,start,end,how\n10,15,20,no\n', bare)).toThrow(/^records: 1 problem\n {2}line 2, column how \("no"\): unknown outcome/);
  });

  it('a day column with a date format gives ISO days; a bad date or an empty label is located', () => {
    const dated: RecordMapping = { ...bare, columns: { ...bare.columns, day: { column: 'd', format: 'dd/MM/yyyy' } } };
    expect(importCallRecords('d,arr,start,end,how\n02/03/2026,10,15,20,ok\n', dated).records[0]!.day).toBe('2026-03-02');
    expect(problems(['31/02/2026,10,15,20,ok'], dated, 'd,arr,start,end,how')).toEqual(['line 2, column d ("31/02/2026"): expected a date in the format dd/MM/yyyy']);
    const labelled: RecordMapping = { ...bare, columns: { ...bare.columns, day: 'd' } };
    // A bad day and a missing arrival on one row: both listed.
    expect(problems([',,15,20,ok'], labelled, 'd,arr,start,end,how')).toEqual(['line 2, column d: expected a day label, got an empty value', 'line 2, column arr: arrival time missing']);
  });

  it('date-time arrivals give the day; a column with its own time-of-day format is read as seconds of that day', () => {
    const mixed: RecordMapping = {
      name: 'mixed',
      timeFormat: 'yyyy-MM-dd HH:mm:ss',
      columns: { arrival: 'arr', serviceStart: { column: 'start', format: 'H:mm:ss' }, serviceEnd: 'end', outcome: { column: 'how', values: { ok: 'served' } } },
    };
    const out = importCallRecords('arr,start,end,how\n2026-03-02 10:00:00,10:00:30,2026-03-02 10:05:00,ok\n', mixed);
    expect(out.records[0]).toMatchObject({ day: '2026-03-02', offered: 36_030, serviceStart: 36_030, serviceEnd: 36_300 });
    // An empty arrival is located, not a crash.
    expect(problems([',10:00:30,2026-03-02 10:05:00,ok'], mixed, 'arr,start,end,how')).toEqual(['line 2, column arr: arrival time missing']);
  });

  it('time-of-day arrivals: a dated column is read as the seconds of its own day', () => {
    const mixed: RecordMapping = {
      name: 'mixed',
      timeFormat: 'H:mm:ss',
      columns: { arrival: 'arr', serviceStart: 'start', serviceEnd: { column: 'end', format: 'yyyy-MM-dd HH:mm:ss' }, outcome: { column: 'how', values: { ok: 'served' } } },
    };
    const out = importCallRecords('arr,start,end,how\n10:00:00,10:00:30,2026-03-02 10:05:00,ok\n', mixed);
    expect(out.records[0]).toMatchObject({ day: 'day-1', offered: 36_030, serviceStart: 36_030, serviceEnd: 36_300 });
  });

  it('reads times of day as H:mm:ss when the mapping gives no format', () => {
    const clock: RecordMapping = { name: 'clock', columns: bare.columns };
    expect(importCallRecords('arr,start,end,how\n9:00:00,9:00:05,9:01:05,ok\n', clock).records[0]).toMatchObject({ offered: 32_405, serviceStart: 32_405, serviceEnd: 32_465 });
  });

  it('names the day column missing from the header by its field', () => {
    const labelled: RecordMapping = { ...bare, columns: { ...bare.columns, day: 'date' } };
    expect(problems([], labelled, 'arr,start,end,how')).toEqual(['line 1, column date: column for day not in the header']);
  });

  it('sorts by day before time, whatever the file order', () => {
    const labelled: RecordMapping = { ...bare, columns: { ...bare.columns, day: 'd' } };
    expect(importCallRecords('d,arr,start,end,how\na,50,50,60,ok\nb,1,1,2,ok\n', labelled).records.map((r) => r.day)).toEqual(['a', 'b']);
    expect(importCallRecords('d,arr,start,end,how\nb,1,1,2,ok\na,50,50,60,ok\n', labelled).records.map((r) => r.day)).toEqual(['a', 'b']);
  });
});

describe('importCallRecords(): whole-file problems carry no line, column or value', () => {
  const issuesOf = (text: string): unknown => {
    try {
      importCallRecords(text, mapping);
    } catch (error) {
      return (error as RecordsError).issues;
    }
    throw new Error('expected the import to fail');
  };

  it('NUL bytes, unreadable CSV, an empty file, a short row', () => {
    expect(issuesOf('a\u0000b')).toEqual([{ line: 0, column: '', value: '', message: 'not a CSV text file (it holds NUL bytes; is it binary or compressed?)' }]);
    expect(issuesOf('arr,"qin')).toEqual([{ line: 0, column: '', value: '', message: expect.stringMatching(/^not readable as CSV: /) }]);
    expect(issuesOf('')).toEqual([{ line: 0, column: '', value: '', message: 'the file is empty (no header line)' }]);
    expect(issuesOf(`${HEADER}\n1,2\n`)).toEqual([{ line: 2, column: '', value: '', message: 'expected 10 fields as in the header, got 2' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { MECHANISM_BLOCKS, mechanismLayouts, unlistedField } from '../../src/report/mechanism-metrics';
import { formatMechanismTables } from '../../src/report/mechanism-table';
import { formatValue } from '../../src/report/summary-table';

/** A cell over fixed values: the value at a path in its unit, `–` where there is none (as `runCells`). */
function cellsOf(values: Record<string, number | null>) {
  return (path: string, unit: 'percent' | 'seconds' | 'count' | 'money'): string => (path in values ? formatValue(values[path]!, unit) : '–');
}

describe('mechanismLayouts()', () => {
  it('finds nothing in a result without the mechanisms', () => {
    expect(mechanismLayouts(['overall.asa', 'byContactType.calls.asa', 'journey.overall.fcr', 'queueExits.calls.balked'])).toEqual([]);
  });

  it('lists the contact types, the known fields in display order, then fields it does not know, in result order', () => {
    const metrics = [
      'messagingSessions.care.meanTurns',
      'messagingSessions.care.sessions',
      'messagingSessions.care.replyAbandonRate',
      'messagingSessions["care.vip"].sessions',
      'messagingSessions.care.meanContextLossTime',
      'messagingSessions.care.byTurn.0.meanResponseTime',
    ];
    const [sessions, ...rest] = mechanismLayouts(metrics);
    expect(rest).toEqual([]);
    expect(sessions!.block.key).toBe('messagingSessions');
    expect(sessions!.names).toEqual(['care', 'care.vip']);
    // sessions before turns (display order); two new fields appended, the nested one left out.
    expect(sessions!.fields.map((f) => f.field)).toEqual(['sessions', 'meanTurns', 'replyAbandonRate', 'meanContextLossTime']);
    expect(sessions!.path('care.vip', 'sessions')).toBe('messagingSessions["care.vip"].sessions');
  });

  it('reads the unit of an unlisted field from its name', () => {
    expect(unlistedField('replyAbandonRate')).toEqual({ field: 'replyAbandonRate', label: 'reply abandon rate', unit: 'percent', better: null });
    expect(unlistedField('resumedShare').unit).toBe('percent');
    expect(unlistedField('meanWrapUpTime')).toMatchObject({ label: 'mean wrap up time', unit: 'seconds' });
    expect(unlistedField('stickyHits')).toMatchObject({ label: 'sticky hits', unit: 'count' });
  });

  it('gives every listed field a unit consistent with its name', () => {
    for (const block of MECHANISM_BLOCKS) {
      for (const f of block.fields) {
        if (/(Rate|Share)$/.test(f.field)) expect(f.unit, f.field).toBe('percent');
        else if (/Time$/.test(f.field)) expect(f.unit, f.field).toBe('seconds');
        else expect(f.unit, f.field).toBe('count');
      }
    }
  });
});

describe('formatMechanismTables()', () => {
  it('prints nothing without the mechanisms', () => {
    expect(formatMechanismTables(['overall.asa'], cellsOf({}))).toBe('');
  });

  it('prints a row per field and a column per contact type, durations and shares in the tables’ units', () => {
    const values = {
      'silentAbandonment.chat.served': 120,
      'silentAbandonment.chat.silentAbandoned': 18,
      'silentAbandonment.chat.silentAbandonedShare': 0.15,
      'silentAbandonment.chat.meanDiscoveryTime': 45,
      'silentAbandonment.messages.served': 40,
      'silentAbandonment.messages.silentAbandoned': 0,
      'silentAbandonment.messages.silentAbandonedShare': 0,
      'silentAbandonment.messages.meanDiscoveryTime': null,
      'interruptions.emails.served': 10,
      'interruptions.emails.meanSuspendedTime': 600,
    };
    const text = formatMechanismTables(Object.keys(values), cellsOf(values));
    const lines = text.split('\n').map((l) => l.trimEnd());
    // Blocks print in MECHANISM_BLOCKS order: interruptions before silent abandonment.
    expect(lines[0]).toMatch(/^interruptions by calls +emails$/);
    expect(lines).toContain('time suspended per contact  10.0 min');
    const silent = lines.slice(lines.findIndex((l) => l.startsWith('silent abandonment')));
    expect(silent[0]).toMatch(/^silent abandonment +chat +messages$/);
    expect(silent.find((l) => l.startsWith('share found gone'))).toMatch(/^share found gone +15\.0% +0\.0%$/);
    expect(silent.find((l) => l.startsWith('time to find them gone'))).toMatch(/^time to find them gone +45\.0s +–$/);
  });
});

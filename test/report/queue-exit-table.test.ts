import { describe, expect, it } from 'vitest';
import { formatQueueExitTable } from '../../src/report/queue-exit-table';

/** A cell over fixed values (counts whole, others as given), '–' when the path is absent. */
function cells(values: Record<string, number | null>) {
  return (path: string): string => {
    const x = values[path];
    return x === undefined || x === null ? '–' : String(x);
  };
}

const fields = ['balked', 'voicemail', 'convertedToCallback', 'rerouted', 'cleared', 'announced', 'announcementMeanAbsoluteError'];
const paths = (type: string): string[] => fields.map((f) => `queueExits.${type}.${f}`);

describe('formatQueueExitTable()', () => {
  it('shows only the columns with a non-zero value in some row', () => {
    const values: Record<string, number | null> = {};
    for (const p of [...paths('a'), ...paths('b')]) values[p] = 0;
    values['queueExits.a.voicemail'] = 3;
    values['queueExits.b.cleared'] = 2;
    values['queueExits.a.announcementMeanAbsoluteError'] = null;
    const table = formatQueueExitTable([...paths('a'), ...paths('b')], cells(values));
    const [header, , rowA, rowB] = table.split('\n');
    expect(header!.split(/\s{2,}/)).toEqual(['queue exits', 'voicemail', 'cleared']);
    expect(rowA!.split(/\s+/)).toEqual(['a', '3', '0']);
    expect(rowB!.split(/\s+/)).toEqual(['b', '0', '2']);
  });

  it('prints nothing when every exit is zero, or when no type has exits', () => {
    const values = Object.fromEntries(paths('a').map((p) => [p, 0]));
    expect(formatQueueExitTable(paths('a'), cells(values))).toBe('');
    expect(formatQueueExitTable(['overall.asa'], cells({}))).toBe('');
  });

  it('treats an experiment’s 0.0 ± 0.0 as zero', () => {
    const cell = (path: string): string => (path.endsWith('.balked') ? '1.2 ± 0.4' : '0.0 ± 0.0');
    expect(formatQueueExitTable(paths('a'), cell).split('\n')[0]!.split(/\s{2,}/)).toEqual(['queue exits', 'balked']);
  });
});

import type { z } from 'zod';
import type { IssueList, PathElement } from './errors';
import type { ParsedAgentGroup, shiftSchema } from './schema';
import { formatDuration } from './units';

/**
 * Value checks of workforce realism (see docs/workforce.md), on an agent group that passed the
 * schema: every break fits its shift (length, window inside the shift, window long enough) and
 * the breaks together fit; a shrinkage list gives one share per interval of the day.
 *
 * @module
 */

/** Seconds in the day a shrinkage list covers. */
const DAY = 86_400;

/** Checks the breaks of one shift (times in seconds; `path` is the shift's). */
function checkBreaks(shift: z.output<typeof shiftSchema>, path: PathElement[], errors: IssueList): void {
  const breaks = shift.breaks;
  if (breaks === undefined) return;
  const span = shift.end - shift.start;
  if (!(span > 0)) return; // reported by the staffing checks
  const spanText = formatDuration(span);
  let total = 0;
  breaks.forEach((b, j) => {
    const at: PathElement[] = [...path, 'breaks', j];
    const [from, to] = b.within;
    total += b.length;
    if (b.length > span) {
      errors.add([...at, 'length'], `a break of ${formatDuration(b.length)} is longer than its shift (${spanText})`);
      return;
    }
    if (to > span) {
      errors.add([...at, 'within'], `the window ends ${formatDuration(to)} after the shift start, past the shift's end (${spanText} after its start)`);
    } else if (!(to > from)) {
      errors.add([...at, 'within'], `the window [${formatDuration(from)}, ${formatDuration(to)}] must end after it starts`);
    } else if (to - from < b.length) {
      errors.add([...at, 'within'], `the window [${formatDuration(from)}, ${formatDuration(to)}] is shorter than the break (${formatDuration(b.length)})`);
    }
  });
  if (breaks.length > 1 && total > span) {
    errors.add([...path, 'breaks'], `the breaks add up to ${formatDuration(total)}, longer than the shift (${spanText})`);
  }
}

/**
 * Runs the workforce checks on a parsed agent group.
 *
 * @param interval - the scenario's `interval` (seconds): a shrinkage list has one share per interval of the day
 */
export function checkWorkforce(group: ParsedAgentGroup, interval: number | undefined, path: PathElement[], errors: IssueList): void {
  const agents = group.agents;
  if (typeof agents === 'object') {
    agents.shifts?.forEach((shift, i) => checkBreaks(shift, [...path, 'agents', 'shifts', i], errors));
  }
  const shrinkage = group.shrinkage;
  if (Array.isArray(shrinkage) && shrinkage.length > 1 && interval !== undefined) {
    const perDay = Math.ceil(DAY / interval - 1e-9);
    if (shrinkage.length !== perDay) {
      errors.add(
        [...path, 'shrinkage'],
        `lists ${shrinkage.length} shares; give one share, or one per interval of the day: ${perDay} intervals of ${formatDuration(interval)}`,
      );
    }
  }
}

/**
 * Problems found reading call records, each located in the file.
 *
 * @module
 */

/** One problem with a record file: where (line, column, value) and what. */
export interface RecordIssue {
  /** Line of the file (header = 1); 0 for the file as a whole or the mapping. */
  readonly line: number;
  /** Column name in the file, or the mapping field; `''` when none. */
  readonly column: string;
  /** The offending value as written; `''` when none. */
  readonly value: string;
  /** What is wrong: `service end before service start (10:03:08 < 10:05:00)`. */
  readonly message: string;
}

/** Formats an issue as `line 12, column ser_exit ("9:00:00"): message`. */
export function formatRecordIssue(issue: RecordIssue): string {
  const where: string[] = [];
  if (issue.line > 0) where.push(`line ${issue.line}`);
  if (issue.column !== '') where.push(`column ${issue.column}${issue.value !== '' ? ` (${JSON.stringify(issue.value)})` : ''}`);
  return where.length === 0 ? issue.message : `${where.join(', ')}: ${issue.message}`;
}

/** How many issues a {@link RecordsError} message lists before summing up the rest. */
export const LISTED_ISSUES = 20;

/**
 * Thrown when a record file or mapping cannot be read. `message` names the source and lists the
 * issues one per line (the first {@link LISTED_ISSUES}, then how many more); `issues` holds all.
 */
export class RecordsError extends Error {
  /** Every problem found. */
  readonly issues: readonly RecordIssue[];

  /**
   * @param source - the file or mapping name, for the message
   * @param issues - at least one problem
   */
  constructor(source: string, issues: readonly RecordIssue[]) {
    const listed = issues.slice(0, LISTED_ISSUES).map(formatRecordIssue);
    const more = issues.length > LISTED_ISSUES ? [`... and ${issues.length - LISTED_ISSUES} more problems`] : [];
    super([`${source}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`, ...listed.map((l) => `  ${l}`), ...more].join('\n'));
    this.name = 'RecordsError';
    this.issues = issues;
  }
}

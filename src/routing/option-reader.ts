import { throwOptionIssues, type OptionIssue } from './option-issues';
import { choiceIssue, isPlainRecord, optionKeyIssues, positiveNumberIssue } from './options';

/**
 * Reads a policy's options while collecting every problem, so that a factory reports them all at
 * once ({@link OptionReader.throwIfAny}) and an option checker returns them
 * ({@link OptionReader.issues}) from the same code.
 *
 * @example
 * ```ts
 * const reader = new OptionReader('value-based', options, ['agingTime', 'valueWeight']);
 * const agingTime = reader.positiveNumber('agingTime', 60);
 * reader.throwIfAny(); // or: return reader.issues
 * ```
 */
export class OptionReader {
  /** Every problem found so far, in the order found. */
  readonly issues: OptionIssue[];
  /** The options when they are an object, else `{}` (so that reads return their fallbacks). */
  readonly options: Readonly<Record<string, unknown>>;

  /**
   * Checks that `options` is an object whose keys are all in `known`.
   *
   * @param policy - policy name, for messages
   * @param options - the `routing.options` as given
   * @param known - the option names the policy takes
   */
  constructor(policy: string, options: unknown, known: readonly string[]) {
    this.issues = optionKeyIssues(policy, options, known);
    this.options = isPlainRecord(options) ? options : {};
  }

  /**
   * An optional finite number > 0 (or ≥ 0 with `allowZero`); `fallback` when absent or bad (the
   * problem is recorded).
   */
  positiveNumber(key: string, fallback: number, allowZero = false): number {
    const value = this.options[key];
    const issue = positiveNumberIssue(key, value, allowZero);
    if (issue !== undefined) this.issues.push(issue);
    return issue === undefined && value !== undefined ? (value as number) : fallback;
  }

  /** An optional choice among `choices`; `fallback` when absent or bad (the problem is recorded). */
  choice<T extends string>(key: string, choices: readonly T[], fallback: T): T {
    const value = this.options[key];
    const issue = choiceIssue(key, value, choices);
    if (issue !== undefined) this.issues.push(issue);
    return issue === undefined && value !== undefined ? (value as T) : fallback;
  }

  /** Records a problem at `path` below `routing.options`. */
  add(path: readonly (string | number)[], message: string, wrongType = false): void {
    this.issues.push(wrongType ? { path, message, wrongType } : { path, message });
  }

  /** Throws every problem found, one per line (see `throwOptionIssues`); does nothing when there is none. */
  throwIfAny(): void {
    throwOptionIssues(this.issues);
  }
}

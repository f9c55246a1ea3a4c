/**
 * Quoting values from the user's files in messages without flooding the terminal: a value is
 * cut to a short excerpt and its control characters are escaped, so that a 50 MB scalar or a
 * binary file gives a one-line message.
 *
 * @module
 */

/** Longest excerpt of a value quoted in a message, in characters. */
export const EXCERPT_LENGTH = 80;

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
const CONTROL_OR_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

function escapeChar(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `text` as a short, printable excerpt: control characters (line breaks included) escaped as
 * `\n`, `\u0007`, ..., and cut after `max` characters with `…` and the full length.
 *
 * @example excerpt('x'.repeat(50_000_000)) // 'xxx…x… (50000000 characters)'
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const cut = text.length > max ? text.slice(0, max) : text;
  const shown = cut.replace(CONTROL_OR_LINE, escapeChar);
  return text.length > max ? `${shown}… (${text.length} characters)` : shown;
}

/** `text` quoted as an excerpt: `'abc'`, or `'abc…' (5000 characters)` (see {@link excerpt}). */
export function quoteExcerpt(text: string, max = EXCERPT_LENGTH): string {
  if (text.length <= max) return `'${excerpt(text, max)}'`;
  return `'${excerpt(text.slice(0, max), max)}…' (${text.length} characters)`;
}

/** Longest line of a message the command line prints, in characters. */
export const MESSAGE_LINE_LENGTH = 1000;

/**
 * A message made safe for a terminal: control characters other than line breaks and tabs
 * escaped, and each line longer than `maxLine` cut with `… (N more characters)`. The last line of
 * defence for values quoted in messages without {@link quoteExcerpt}.
 */
export function printableMessage(message: string, maxLine = MESSAGE_LINE_LENGTH): string {
  return message
    .split('\n')
    .map((line) => {
      const cut = line.length > maxLine ? `${line.slice(0, maxLine)}… (${line.length - maxLine} more characters)` : line;
      return cut.replace(CONTROL, escapeChar);
    })
    .join('\n');
}

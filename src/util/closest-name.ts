/**
 * "Did you mean ...?" suggestions for misspelled names (policies, groups, contact types,
 * options), based on the Levenshtein edit distance.
 */

/**
 * The Levenshtein distance between two strings: the least number of single-character
 * insertions, deletions and substitutions that turn `a` into `b`.
 *
 * @example levenshtein('tier3', 'tier2') // 1
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = (previous[j] as number) + 1;
      const insertion = (current[j - 1] as number) + 1;
      current[j] = Math.min(substitution, deletion, insertion);
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length] as number;
}

/**
 * The candidate closest to `name`, or `undefined` when none is close enough to be a likely typo.
 *
 * Comparison ignores case. A candidate qualifies when its edit distance is at most
 * `max(1, floor(length / 3))` (length of the longer of the two), or, failing that, when one of
 * the two starts with the other and the shorter has at least 4 characters (`'longest-idle'` →
 * `'longest-idle-agent'`). Among qualifying candidates the smallest distance wins, ties going to
 * the earlier candidate.
 *
 * @param name - the unknown name the user wrote
 * @param candidates - the known names
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let prefixMatch: string | undefined;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    const distance = levenshtein(lower, other);
    const limit = Math.max(1, Math.floor(Math.max(lower.length, other.length) / 3));
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
    if (prefixMatch === undefined && Math.min(lower.length, other.length) >= 4) {
      if (other.startsWith(lower) || lower.startsWith(other)) prefixMatch = candidate;
    }
  }
  return best ?? prefixMatch;
}

/**
 * `"; did you mean 'x'?"` when {@link closestName} finds a likely intended name, else `''`:
 * ready to append to an error message.
 *
 * @example `unknown policy 'bestskill'${didYouMean('bestskill', names)}`
 */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const suggestion = closestName(name, candidates);
  return suggestion === undefined ? '' : `; did you mean '${suggestion}'?`;
}

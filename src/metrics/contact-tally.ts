/**
 * a / b, or null when b is 0. (The contact slices' counts and statistics themselves are
 * `ContactTallies`, flat records per slice.)
 */
export function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}

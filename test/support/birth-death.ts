/**
 * The stationary distribution of a birth–death chain on 0 … K: π_{k+1} = π_k · birth(k) / death(k + 1),
 * normalized. Used for the exact figures of M/M/c queues with balking and abandonment. K must be
 * large enough for the tail beyond it to be negligible (or the chain must stop there: birth(K) = 0).
 */
export function birthDeathStationary(states: number, birth: (k: number) => number, death: (k: number) => number): number[] {
  const p = [1];
  for (let k = 0; k + 1 < states; k++) p.push((p[k]! * birth(k)) / death(k + 1));
  const total = p.reduce((a, b) => a + b, 0);
  return p.map((x) => x / total);
}

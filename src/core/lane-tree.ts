/**
 * The simulator's lanes (see `Simulator.defineLane`): one pending event per lane, kept in a
 * *tournament tree* (a winner tree over the lanes, padded to a power of two) so that the lane whose
 * event comes first is known at the root and a lane's change costs log2(lanes) comparisons, not a
 * scan of every lane. A network of 150 contact types has 150 arrival lanes: the scan it replaces
 * read all 150 per arrival.
 *
 * Order: by time, then tie key (the event queue's `(priority, sequence)` key, unique per event),
 * exactly as the event queue orders its events. Empty lanes hold time Infinity; their stale tie
 * keys only ever decide between two empty lanes, which no caller sees.
 *
 * @internal
 */
export class LaneTree {
  /** Per lane slot: time of its pending event (Infinity: none). */
  time: Float64Array = new Float64Array(1).fill(Infinity);
  /** Per lane slot: tie key of its pending event. */
  tie: Float64Array = new Float64Array(1);
  /** Per lane slot: payload of its pending event. */
  payload: Float64Array = new Float64Array(1);
  /** Lanes defined so far. */
  count = 0;
  /** Lane slots (a power of two, at least `count`). */
  private width = 1;
  /** Winner of each node of the tree: node 1 is the root, node `width + l` is lane slot l's leaf. */
  private winner: Int32Array = new Int32Array(2);

  /** Adds a lane (empty) and returns its id. */
  add(): number {
    const lane = this.count++;
    if (this.count > this.width) this.widen(this.width * 2);
    return lane;
  }

  /** The lane whose pending event comes first (a lane with time Infinity when none is pending). */
  get first(): number {
    return this.winner[1]!;
  }

  /** Sets lane `lane`'s pending event and replays its path to the root. */
  set(lane: number, time: number, tie: number, payload: number): void {
    this.time[lane] = time;
    this.tie[lane] = tie;
    this.payload[lane] = payload;
    this.replay(lane);
  }

  /** Empties lane `lane` without replaying its path (the caller replays it before the next read of {@link LaneTree.first}). */
  clearLazily(lane: number): void {
    this.time[lane] = Infinity;
  }

  /** Recomputes the winners on the path from lane `lane`'s leaf to the root. */
  replay(lane: number): void {
    const winner = this.winner;
    const time = this.time;
    const tie = this.tie;
    for (let node = (this.width + lane) >> 1; node >= 1; node >>= 1) {
      const a = winner[2 * node]!;
      const b = winner[2 * node + 1]!;
      const ta = time[a]!;
      const tb = time[b]!;
      winner[node] = ta < tb || (ta === tb && tie[a]! < tie[b]!) ? a : b;
    }
  }

  /** Doubles the lane slots and rebuilds the whole tree (lanes are defined before a run, rarely). */
  private widen(width: number): void {
    const grow = (a: Float64Array, fill: number): Float64Array => {
      const b = new Float64Array(width).fill(fill);
      b.set(a);
      return b;
    };
    this.time = grow(this.time, Infinity);
    this.tie = grow(this.tie, 0);
    this.payload = grow(this.payload, 0);
    this.width = width;
    const winner = new Int32Array(2 * width);
    for (let l = 0; l < width; l++) winner[width + l] = l;
    this.winner = winner;
    const time = this.time;
    const tie = this.tie;
    for (let node = width - 1; node >= 1; node--) {
      const a = winner[2 * node]!;
      const b = winner[2 * node + 1]!;
      winner[node] = time[a]! < time[b]! || (time[a] === time[b] && tie[a]! < tie[b]!) ? a : b;
    }
  }
}

import { growFloat64, growUint8 } from '../util/typed-array-growth';

/**
 * What the economics collector counts per open issue that the view does not keep: seconds waited
 * in queue, abandons and broken callback promises, for the issues it counts (first contact at or
 * after the warm-up). Indexed by issue slot (slots are recycled: {@link IssueCounts.open} resets
 * one); memory follows the number of issues open at once.
 */
export class IssueCounts {
  private countedFlag: Uint8Array = new Uint8Array(256);
  /** Seconds waited in queue, per issue slot. */
  wait: Float64Array = new Float64Array(256);
  /** Abandoned contacts, per issue slot. */
  abandons: Float64Array = new Float64Array(256);
  /** Broken callback promises, per issue slot. */
  broken: Float64Array = new Float64Array(256);

  /** Starts the counts of a new issue in slot `issue` (counted or not). */
  open(issue: number, counted: boolean): void {
    if (issue >= this.countedFlag.length) this.grow(issue);
    this.countedFlag[issue] = counted ? 1 : 0;
    this.wait[issue] = 0;
    this.abandons[issue] = 0;
    this.broken[issue] = 0;
  }

  /** True while the issue in slot `issue` is open and counted. */
  counted(issue: number): boolean {
    return this.countedFlag[issue] === 1;
  }

  /** Stops counting the issue in slot `issue` (it closed). */
  close(issue: number): void {
    this.countedFlag[issue] = 0;
  }

  private grow(issue: number): void {
    // Stryker disable next-line ArithmeticOperator: from half the length the loop below doubles to the same size (the smallest length × 2^k above the slot, as slot >= length)
    let n = this.countedFlag.length * 2;
    while (n <= issue) n *= 2;
    this.countedFlag = growUint8(this.countedFlag, n);
    this.wait = growFloat64(this.wait, n);
    this.abandons = growFloat64(this.abandons, n);
    this.broken = growFloat64(this.broken, n);
  }
}

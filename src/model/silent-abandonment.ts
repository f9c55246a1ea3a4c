import type { RandomStreams, UniformSource } from '../random/streams';
import { growFloat64 } from '../util/typed-array-growth';
import { ContactReal, type ContactTable } from './contact-table';
import type { ModelDefinition, SilentAbandonmentDefinition } from './definition';

/** True when some contact type of the model has silent abandonment. */
export function usesSilentAbandonment(model: ModelDefinition): boolean {
  // Stryker disable next-line ConditionalExpression: built for a model without it, every contact's leaveAfter is Infinity and nothing changes but the cost
  return model.contactTypes.some((t) => t.silentAbandonment !== undefined);
}

/**
 * Silent abandonment in chat and messaging (see docs/channels.md): a share of customers leave
 * the conversation without saying so after a drawn time in queue. Nothing tells the center: the
 * contact stays in its queue (it never abandons visibly), and the agent who picks it up after the
 * customer left spends the drawn discovery time finding nobody there; the contact ends served with
 * the outcome `silentAbandoned` (the issue unresolved, the customer may try again as after an
 * abandonment: the type's `retrial`).
 *
 * Random stream `silent-abandon:<type>`: per contact of a type with the mechanism, at its arrival,
 * in this order, the silent-leaver uniform, the time until the customer leaves, the discovery
 * time; all three whatever happens, so the draws of two policies stay synchronized.
 */
export class SilentAbandonment {
  private readonly defs: readonly (SilentAbandonmentDefinition | undefined)[];
  private readonly streams: readonly (UniformSource | null)[];
  /** Per contact slot: time in queue after which the customer is gone (Infinity: never silently). */
  private leaveAfter: Float64Array = new Float64Array(256);
  /** Per contact slot: the time an agent spends discovering the customer left. */
  private discovery: Float64Array = new Float64Array(256);

  constructor(
    model: ModelDefinition,
    streams: RandomStreams,
    private readonly contacts: ContactTable,
  ) {
    this.defs = model.contactTypes.map((t) => t.silentAbandonment);
    this.streams = model.contactTypes.map((t) => (t.silentAbandonment === undefined ? null : streams.stream(`silent-abandon:${t.name}`)));
  }

  /**
   * Draws for new contact `c` of `type` whether and when its customer leaves silently; a silent
   * leaver never abandons visibly (its patience is set to Infinity).
   */
  draw(c: number, type: number): void {
    if (c >= this.leaveAfter.length) {
      this.leaveAfter = growFloat64(this.leaveAfter, this.contacts.capacity);
      this.discovery = growFloat64(this.discovery, this.contacts.capacity);
    }
    const def = this.defs[type];
    if (def === undefined) {
      this.leaveAfter[c] = Infinity;
      return;
    }
    const u = this.streams[type]!;
    // Stryker disable next-line EqualityOperator: a uniform equals the probability with probability 0 (and never at 0 or 1: uniforms lie strictly inside)
    const silent = u.next() < def.probability;
    const after = def.after.sample(u);
    this.discovery[c] = def.discoveryTime.sample(u);
    this.leaveAfter[c] = silent ? after : Infinity;
    if (silent) this.contacts.reals[c * ContactReal.stride + ContactReal.patience] = Infinity;
  }

  /** True when the customer of contact `c`, answered now after waiting `waited`, already left silently. */
  gone(c: number, waited: number): boolean {
    return waited >= (this.leaveAfter[c] as number);
  }

  /** The time an agent spends finding that the customer of `c` left. */
  discoveryTime(c: number): number {
    return this.discovery[c] as number;
  }

  /** Time in queue after which the customer of `c` left silently (Infinity: did not). */
  leftAfter(c: number): number {
    return this.leaveAfter[c] as number;
  }
}

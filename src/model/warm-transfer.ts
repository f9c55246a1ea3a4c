import { EventPriority } from '../core/priority';
import type { EventKind, Simulator } from '../core/simulator';
import type { RandomStreams, UniformSource } from '../random/streams';
import { ContactInt, ContactReal, type ContactTable } from './contact-table';
import type { ModelDefinition } from './definition';

/**
 * Warm transfers (a type's `transfer.warm`, see docs/agents.md): when a service ends in a transfer,
 * the first agent keeps the customer (and its capacity) while the transferred contact waits, until
 * a second agent answers, then stays on for a consult (a conference of the three) of
 * `consultTime`; only then does the first agent go to wrap-up. If the transferred contact is
 * blocked or abandons, the first agent lets go at that moment. Both agents' time counts: the first
 * agent is busy (occupied) while holding, though its handle time ended at the transfer.
 *
 * Random stream: `consult:<type>` (the type transferred from), one draw when the second agent answers.
 */
export class WarmTransfers {
  /** True when some contact type transfers warm (else nothing here is ever used). */
  readonly any: boolean;
  /** The held first contact of each waiting warm-transferred contact (slot → slot). */
  private readonly heldFor = new Map<number, number>();
  private readonly consultStream: (UniformSource | null)[];
  private readonly kConsultEnd: EventKind;

  /**
   * @param release continues the held first contact after its warm transfer (its wrap-up, then its agent's free capacity)
   */
  constructor(
    private readonly model: ModelDefinition,
    private readonly contacts: ContactTable,
    private readonly sim: Simulator,
    streams: RandomStreams,
    private readonly release: (held: number) => void,
  ) {
    this.any = model.contactTypes.some((t) => t.transfer?.warm !== undefined);
    this.consultStream = model.contactTypes.map((t) => (t.transfer?.warm === undefined ? null : streams.stream(`consult:${t.name}`)));
    this.kConsultEnd = sim.defineEvent('consult-end', (held) => this.release(held));
  }

  /** True when a service of `type` that ends in a transfer keeps its agent until the next one answers. */
  isWarm(type: number): boolean {
    return this.consultStream[type] !== null;
  }

  /** Links the transferred contact `next` to the held first contact `held` (before `next` is routed). */
  link(next: number, held: number): void {
    this.heldFor.set(next, held);
  }

  /** The held first contact of a waiting warm-transferred contact, or -1. */
  heldContact(next: number): number {
    return this.heldFor.get(next) ?? -1;
  }

  /** `next` was answered: the first agent stays on for the consult time, then lets go. */
  answered(next: number): void {
    const held = this.heldFor.get(next);
    if (held === undefined) return;
    this.heldFor.delete(next);
    const type = this.contacts.ints[held * ContactInt.stride + ContactInt.type] as number;
    const consult = this.model.contactTypes[type]!.transfer!.warm!.consultTime.sample(this.consultStream[type]!);
    this.contacts.reals[held * ContactReal.stride + ContactReal.timer] = this.sim.schedule(consult, this.kConsultEnd, held, EventPriority.release);
  }

  /**
   * The longest-waiting warm-transferred contact, or -1 when none waits: at the end of the drain,
   * its first agent lets go (as in a cold transfer) to break a hold-and-wait deadlock.
   */
  oldestWaiting(): number {
    for (const next of this.heldFor.keys()) return next;
    return -1;
  }

  /** `next` left without being answered (blocked, abandoned): the first agent lets go now. */
  lost(next: number): void {
    const held = this.heldFor.get(next);
    if (held === undefined) return;
    this.heldFor.delete(next);
    this.release(held);
  }
}

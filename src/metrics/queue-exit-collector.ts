import type { ContactCenterObserver, ObserverHook, QueueExitKind } from '../model/observer';
import type { ContactCenterView } from '../model/view';
import { ratio } from './contact-tally';

/**
 * Queue exits, balking and delay announcements of one contact type that uses any of them (see
 * docs/queue-exits.md). With them, every offered contact of the type ends exactly once as served,
 * abandoned, blocked, unfinished, balked, voicemail, rerouted or cleared.
 */
export interface QueueExitMetrics {
  /** Name of the contact type. */
  readonly name: string;
  /** Contacts that left at arrival instead of waiting (balking). */
  readonly balked: number;
  /** balked / offered contacts of the type. */
  readonly balkingRate: number | null;
  /** Contacts that left a voicemail after the type's maximum wait. */
  readonly voicemail: number;
  /** Contacts turned into a callback after the type's maximum wait (not terminal: they are then served or end otherwise). */
  readonly convertedToCallback: number;
  /** Contacts re-routed to another contact type after the maximum wait (each brings a new contact of that type). */
  readonly rerouted: number;
  /** Contacts cleared from the queue at closing. */
  readonly cleared: number;
  /** Contacts told a predicted wait at arrival (delay announcement). */
  readonly announced: number;
  /** Announced contacts whose service began: the contacts the accuracy figures are measured on. */
  readonly announcedAnswered: number;
  /** Mean announced wait of the announced contacts that were answered (seconds). */
  readonly meanAnnouncedWait: number | null;
  /** Mean actual wait of the announced contacts that were answered (seconds). */
  readonly meanActualWait: number | null;
  /** Mean |announced − actual wait| over the announced contacts that were answered (seconds). */
  readonly announcementMeanAbsoluteError: number | null;
  /**
   * Relative error of the announcements: Σ |announced − actual| / Σ actual over the announced
   * contacts that were answered (a ratio of sums, defined when some of them waited).
   */
  readonly announcementRelativeError: number | null;
}

const EXIT_SLOT: Readonly<Record<QueueExitKind, number>> = { balked: 1, voicemail: 2, rerouted: 3, cleared: 4 };

/**
 * Counts queue exits and measures the accuracy of delay announcements, per contact type, for the
 * contacts that arrive after the warm-up. An announcement is scored when its contact's service
 * begins (waits of contacts that abandon, balk or exit are censored and left out). Listens only
 * when the model uses queue exits; the announced wait of each waiting announced contact is held
 * until it leaves (memory follows the contacts present).
 */
export class QueueExitCollector implements ContactCenterObserver {
  private view!: ContactCenterView;
  /** Per type: offered, balked, voicemail, rerouted, cleared, converted, announced, answered, Σannounced, Σactual, Σ|error|. */
  // Stryker disable next-line ArrayDeclaration: attach() replaces it before any hook or result reads it (the engine attaches every observer before it builds the dispatch)
  private counts: Float64Array[] = [];
  // Stryker disable next-line BooleanLiteral: attach() sets it before subscribes() is first asked (the engine attaches every observer before it builds the dispatch)
  private used = false;
  /** Announced wait by contact serial, while the contact is in the system. */
  private readonly pending = new Map<number, number>();

  /** Sets up the counts of the view's model. */
  attach(view: ContactCenterView): void {
    this.view = view;
    this.counts = view.model.contactTypes.map(() => new Float64Array(11));
    this.used = view.model.contactTypes.some((t) => t.queueExits !== undefined);
  }

  /** Listens only when some contact type uses queue exits. */
  subscribes(_hook: ObserverHook): boolean {
    return this.used;
  }

  private counted(c: number): Float64Array | null {
    const v = this.view;
    return v.contactArrival(c) >= v.model.warmup ? this.counts[v.contactType(c)]! : null;
  }

  /** Counts the contact as offered to its type. */
  onArrival(c: number): void {
    const k = this.counted(c);
    if (k !== null) k[0]!++;
  }

  /** Counts the exit. */
  onQueueExit(c: number, exit: QueueExitKind): void {
    this.pending.delete(this.view.contactSerial(c));
    const k = this.counted(c);
    if (k !== null) k[EXIT_SLOT[exit]]!++;
  }

  /** Counts the conversion. */
  onConvertedToCallback(c: number): void {
    const k = this.counted(c);
    if (k !== null) k[5]!++;
  }

  /** Counts the announcement and holds it until the contact is answered or leaves. */
  onAnnouncement(c: number, announcedWait: number): void {
    const k = this.counted(c);
    if (k === null) return;
    k[6]!++;
    this.pending.set(this.view.contactSerial(c), announcedWait);
  }

  /** Scores the announcement of an announced contact against its actual wait. */
  onServiceStart(c: number): void {
    const v = this.view;
    const serial = v.contactSerial(c);
    const announced = this.pending.get(serial);
    if (announced === undefined) return;
    this.pending.delete(serial);
    const k = this.counts[v.contactType(c)]!;
    const actual = v.now - v.contactQueuedAt(c);
    k[7]!++;
    k[8]! += announced;
    k[9]! += actual;
    k[10]! += Math.abs(announced - actual);
  }

  /** Forgets a contact that abandoned. */
  onAbandon(c: number): void {
    this.pending.delete(this.view.contactSerial(c));
  }

  /** Forgets a contact still waiting at the end. */
  onUnfinished(c: number): void {
    this.pending.delete(this.view.contactSerial(c));
  }

  /** Metrics of the contact types that use queue exits. */
  result(): QueueExitMetrics[] {
    return this.view.model.contactTypes
      .filter((t) => t.queueExits !== undefined)
      .map((t) => {
        const k = this.counts[t.id]!;
        const answered = k[7]!;
        return {
          name: t.name,
          balked: k[1]!,
          balkingRate: ratio(k[1]!, k[0]!),
          voicemail: k[2]!,
          convertedToCallback: k[5]!,
          rerouted: k[3]!,
          cleared: k[4]!,
          announced: k[6]!,
          announcedAnswered: answered,
          meanAnnouncedWait: ratio(k[8]!, answered),
          meanActualWait: ratio(k[9]!, answered),
          announcementMeanAbsoluteError: ratio(k[10]!, answered),
          announcementRelativeError: ratio(k[10]!, k[9]!),
        };
      });
  }
}

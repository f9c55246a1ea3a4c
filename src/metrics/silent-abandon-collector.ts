import { ServiceOutcome } from '../model/contact-table';
import type { ContactCenterObserver } from '../model/observer';
import type { ContactCenterView } from '../model/view';
import { RunningStats } from './stats/running-stats';

/** Silent abandonment figures of one chat or messaging contact type that has it (see docs/channels.md). */
export interface SilentAbandonmentMetrics {
  /** The contact type's name. */
  readonly name: string;
  /** Contacts served (arrived at or after the warm-up), silent abandons included. */
  readonly served: number;
  /** Of these, contacts whose customer had left without saying so: the agent found nobody. */
  readonly silentAbandoned: number;
  /** silentAbandoned / served (null when none was served). */
  readonly silentAbandonedShare: number | null;
  /** Mean agent time spent discovering a silent abandon (seconds; null without any). */
  readonly meanDiscoveryTime: number | null;
}

/**
 * Counts, per contact type with silent abandonment, the served contacts whose customer had
 * already left (outcome `silentAbandoned`) and the agent time they took. These contacts also
 * count as answered and served in the contact metrics, as the center's own figures would show
 * them; this block tells them apart.
 */
export class SilentAbandonCollector implements ContactCenterObserver {
  private view!: ContactCenterView;
  private served: Float64Array = new Float64Array(0);
  // Stryker disable next-line ArrayDeclaration: attach() replaces it before any hook or result reads it (the engine attaches every observer before it builds the dispatch)
  private discovery: RunningStats[] = [];

  /** Sets up one tally per contact type. */
  attach(view: ContactCenterView): void {
    this.view = view;
    this.served = new Float64Array(view.model.contactTypes.length);
    this.discovery = view.model.contactTypes.map(() => new RunningStats());
  }

  /** Counts a served contact (arrived at or after the warm-up), and its time when it was a silent abandon. */
  onServiceEnd(c: number): void {
    const v = this.view;
    if (v.contactArrival(c) < v.model.warmup) return;
    const type = v.contactType(c);
    this.served[type]!++;
    if (v.contactOutcome(c) === ServiceOutcome.silentAbandoned) this.discovery[type]!.add(v.now - v.contactServiceStart(c));
  }

  /** The figures of each contact type with silent abandonment, in scenario order. */
  result(): SilentAbandonmentMetrics[] {
    const out: SilentAbandonmentMetrics[] = [];
    for (const t of this.view.model.contactTypes) {
      if (t.silentAbandonment === undefined) continue;
      const served = this.served[t.id] as number;
      const d = this.discovery[t.id]!;
      out.push({
        name: t.name,
        served,
        silentAbandoned: d.count,
        silentAbandonedShare: served === 0 ? null : d.count / served,
        meanDiscoveryTime: d.count === 0 ? null : d.mean,
      });
    }
    return out;
  }
}

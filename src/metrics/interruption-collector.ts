import type { ContactCenterObserver } from '../model/observer';
import type { ContactCenterView } from '../model/view';
import { RunningStats } from './stats/running-stats';

/** Interruption figures of one contact type whose contacts a call may suspend (see docs/channels.md "Interruptions"). */
export interface InterruptionMetrics {
  /** The contact type's name. */
  readonly name: string;
  /** Contacts served (arrived at or after the warm-up). */
  readonly served: number;
  /** Of these, contacts suspended at least once by a call. */
  readonly interrupted: number;
  /** Suspensions of these contacts in all (a contact may be suspended several times). */
  readonly interruptions: number;
  /** interruptions / served (null when none was served). */
  readonly interruptionsPerContact: number | null;
  /** Mean time an interrupted contact spent suspended, over its service (seconds; null without any). */
  readonly meanSuspendedTime: number | null;
  /** Mean handle time of the served contacts: work done only, resume overheads included, suspended time excluded (seconds; null when none). */
  readonly meanHandleTime: number | null;
}

/**
 * Counts, per contact type whose channel some group lets a call suspend (scenario
 * `agentGroups[].interruptions`), the served contacts, how often they were suspended and for how
 * long. Reads the counts the engine keeps per contact at the end of its service; built only
 * when the model has interruptions.
 */
export class InterruptionCollector implements ContactCenterObserver {
  private view!: ContactCenterView;
  // Stryker disable next-line ArrayDeclaration: attach() replaces it before any hook or result reads it (the engine attaches every observer before it builds the dispatch)
  private types: readonly number[] = [];
  private interruptions = new Float64Array(0);
  private interrupted = new Float64Array(0);
  // Stryker disable next-line ArrayDeclaration: attach() replaces it before any hook or result reads it (the engine attaches every observer before it builds the dispatch)
  private suspended: RunningStats[] = [];
  // Stryker disable next-line ArrayDeclaration: attach() replaces it before any hook or result reads it (the engine attaches every observer before it builds the dispatch)
  private handle: RunningStats[] = [];

  /** Sets up one tally per contact type. */
  attach(view: ContactCenterView): void {
    this.view = view;
    const m = view.model;
    const channels = new Set<number>();
    // Stryker disable next-line ArrayDeclaration: a string added to the set never equals a contact type's numeric channel id
    for (const g of m.agentGroups) for (const ch of g.interruptions?.suspends ?? []) channels.add(ch);
    this.types = m.contactTypes.filter((t) => channels.has(t.channel)).map((t) => t.id);
    this.interruptions = new Float64Array(m.contactTypes.length);
    this.interrupted = new Float64Array(m.contactTypes.length);
    this.suspended = m.contactTypes.map(() => new RunningStats());
    this.handle = m.contactTypes.map(() => new RunningStats());
  }

  /** Counts a served contact (arrived at or after the warm-up), its suspensions and its time suspended. */
  onServiceEnd(c: number): void {
    const v = this.view;
    if (v.contactArrival(c) < v.model.warmup) return;
    const type = v.contactType(c);
    const n = v.contactInterruptions(c);
    const suspended = v.contactSuspendedTime(c);
    this.handle[type]!.add(v.now - v.contactServiceStart(c) - suspended);
    if (n === 0) return;
    this.interrupted[type]!++;
    this.interruptions[type]! += n;
    this.suspended[type]!.add(suspended);
  }

  /** The figures of each contact type a call may suspend, in scenario order. */
  result(): InterruptionMetrics[] {
    const m = this.view.model;
    return this.types.map((t) => {
      const handle = this.handle[t]!;
      const suspended = this.suspended[t]!;
      const served = handle.count;
      const interruptions = this.interruptions[t] as number;
      return {
        name: m.contactTypes[t]!.name,
        served,
        interrupted: this.interrupted[t] as number,
        interruptions,
        interruptionsPerContact: served === 0 ? null : interruptions / served,
        meanSuspendedTime: suspended.count === 0 ? null : suspended.mean,
        meanHandleTime: served === 0 ? null : handle.mean,
      };
    });
  }
}

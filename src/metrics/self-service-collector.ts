import type { ContactCenterObserver } from '../model/observer';
import type { ContactCenterView } from '../model/view';
import { RunningStats } from './stats/running-stats';

/** Self-service (IVR, bot) figures of one contact type with a stage (see docs/channels.md). */
export interface SelfServiceMetrics {
  /** The contact type's name. */
  readonly name: string;
  /** Sessions that ended at or after the warm-up. */
  readonly sessions: number;
  /** Sessions that resolved the issue (no agent involved). */
  readonly contained: number;
  /** Sessions the customer stayed to the end of, unresolved: on to the queue, with the story told. */
  readonly escalated: number;
  /** Sessions the customer left early to ask for an agent: on to the queue. */
  readonly optedOut: number;
  /** contained / sessions (null without sessions). */
  readonly containmentRate: number | null;
  /** Mean time in the stage per session (seconds; null without sessions). */
  readonly meanTime: number | null;
}

/**
 * Counts self-service sessions per contact type by outcome, with their time in the stage: a
 * session counts when it ends at or after the warm-up. The result lists only the types that have a
 * stage; it is left out of the run's result when no type has one.
 */
export class SelfServiceCollector implements ContactCenterObserver {
  private view!: ContactCenterView;
  /** Per type: sessions by outcome (contained, escalated, opted out). */
  // Stryker disable next-line ArrayDeclaration: attach() replaces it before any hook or result reads it (the engine attaches every observer before it builds the dispatch)
  private counts: Float64Array[] = [];
  // Stryker disable next-line ArrayDeclaration: attach() replaces it before any hook or result reads it (the engine attaches every observer before it builds the dispatch)
  private times: RunningStats[] = [];

  /** Sets up one tally per contact type. */
  attach(view: ContactCenterView): void {
    this.view = view;
    const types = view.model.contactTypes;
    this.counts = types.map(() => new Float64Array(3));
    this.times = types.map(() => new RunningStats());
  }

  /** Counts the session (after the warm-up) by its outcome, with its time in the stage. */
  onSelfServiceEnd(issue: number, type: number, outcome: number): void {
    const v = this.view;
    if (v.now < v.model.warmup) return;
    this.counts[type]![outcome]!++;
    this.times[type]!.add(v.now - v.issueOpenedAt(issue));
  }

  /** The figures of each contact type with a stage, in scenario order. */
  result(): SelfServiceMetrics[] {
    const out: SelfServiceMetrics[] = [];
    for (const t of this.view.model.contactTypes) {
      if (t.selfService === undefined) continue;
      const [contained, escalated, optedOut] = this.counts[t.id]! as unknown as [number, number, number];
      const sessions = contained + escalated + optedOut;
      const time = this.times[t.id]!;
      out.push({
        name: t.name,
        sessions,
        contained,
        escalated,
        optedOut,
        containmentRate: sessions === 0 ? null : contained / sessions,
        meanTime: time.count === 0 ? null : time.mean,
      });
    }
    return out;
  }
}

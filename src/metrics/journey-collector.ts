import { DAY } from '../model/arrival-process';
import { CHANNELS } from '../model/channel';
import { ServiceOutcome } from '../model/contact-table';
import type { ContactCenterObserver } from '../model/observer';
import type { ContactCenterView } from '../model/view';
import { JourneyTally, REPEAT_WINDOWS_DAYS, type JourneyMetrics } from './journey-tally';

/** A named slice of journey metrics. */
export type NamedJourneyMetrics = { readonly name: string } & JourneyMetrics;

/** Journey metrics of a run: overall and by the first contact's type, channel, segment, group, site and day. */
export interface JourneyResult {
  readonly overall: JourneyMetrics;
  readonly byContactType: readonly NamedJourneyMetrics[];
  readonly byChannel: readonly NamedJourneyMetrics[];
  readonly bySegment: readonly NamedJourneyMetrics[];
  /** By the agent group that served the first contact (only issues whose first contact was served). */
  readonly byAgentGroup: readonly NamedJourneyMetrics[];
  readonly bySite: readonly NamedJourneyMetrics[];
  /** By the day the issue opened (day 0 first). */
  readonly byDay: readonly NamedJourneyMetrics[];
}

const NO_SLICE = -1;

/**
 * Observes issues across contacts: first-contact resolution, repeat contacts, transfers, repeated
 * information and customer time per issue. An issue counts when its first contact arrives after
 * the warm-up, and belongs to the slices of that first contact (type, channel, segment, day, and
 * the group and site that served it). Memory follows the number of issues open at once.
 */
export class JourneyCollector implements ContactCenterObserver {
  private view!: ContactCenterView;
  private overall = new JourneyTally();
  private byType: JourneyTally[] = [];
  private byChannel: JourneyTally[] = [];
  private bySegment: JourneyTally[] = [];
  private byGroup: JourneyTally[] = [];
  private bySite: JourneyTally[] = [];
  private byDay: JourneyTally[] = [];
  /** Per issue slot: counted (1) or not, first contact end, whether a repeat was seen, first group. */
  private counted: number[] = [];
  private firstEnd: number[] = [];
  private repeatSeen: number[] = [];
  private firstGroup: number[] = [];

  attach(view: ContactCenterView): void {
    const m = view.model;
    this.view = view;
    this.byType = m.contactTypes.map(() => new JourneyTally());
    this.byChannel = CHANNELS.map(() => new JourneyTally());
    this.bySegment = m.segments.map(() => new JourneyTally());
    this.byGroup = m.agentGroups.map(() => new JourneyTally());
    this.bySite = m.sites.map(() => new JourneyTally());
    const days = Math.max(1, Math.ceil(m.horizon / DAY));
    this.byDay = Array.from({ length: days }, () => new JourneyTally());
  }

  private each(issue: number, f: (t: JourneyTally) => void): void {
    const v = this.view;
    const type = v.issueFirstType(issue);
    f(this.overall);
    f(this.byType[type]!);
    f(this.byChannel[v.model.contactTypes[type]!.channel]!);
    f(this.bySegment[v.issueSegment(issue)]!);
    const day = this.byDay[Math.floor(v.issueOpenedAt(issue) / DAY)];
    if (day !== undefined) f(day);
    const group = this.firstGroup[issue] ?? NO_SLICE;
    if (group !== NO_SLICE) {
      f(this.byGroup[group]!);
      f(this.bySite[v.model.agentGroups[group]!.site]!);
    }
  }

  onArrival(c: number): void {
    const v = this.view;
    const issue = v.contactIssue(c);
    if (v.contactAttempt(c) === 1) {
      this.counted[issue] = v.contactArrival(c) >= v.model.warmup ? 1 : 0;
      this.repeatSeen[issue] = 0;
      this.firstGroup[issue] = NO_SLICE;
      this.firstEnd[issue] = Infinity;
      if (this.counted[issue] === 1) this.each(issue, (t) => t.issues++);
    }
    if (this.counted[issue] !== 1) return;
    if (v.contactIsTransfer(c)) {
      this.each(issue, (t) => t.transfers++);
      return;
    }
    this.each(issue, (t) => t.contacts++);
    if (v.contactAttempt(c) > 1) {
      this.each(issue, (t) => t.repeatContacts++);
      if (this.repeatSeen[issue] === 0) {
        this.repeatSeen[issue] = 1;
        const after = v.now - (this.firstEnd[issue] as number);
        this.each(issue, (t) => REPEAT_WINDOWS_DAYS.forEach((d, k) => after <= d * DAY && t.repeatWithin[k]!++));
      }
    }
  }

  onServiceEnd(c: number, agent: number): void {
    const v = this.view;
    const issue = v.contactIssue(c);
    if (this.counted[issue] !== 1 || v.contactAttempt(c) !== 1) return;
    const group = v.agentGroup(agent);
    this.firstGroup[issue] = group;
    this.firstEnd[issue] = v.now;
    // The group and site slices learn of the issue now, with its first contact.
    for (const t of [this.byGroup[group]!, this.bySite[v.model.agentGroups[group]!.site]!]) {
      t.issues++;
      t.contacts++;
    }
    const resolved = v.contactOutcome(c) === ServiceOutcome.resolved;
    this.each(issue, (t) => {
      t.firstEnded++;
      t.firstServed++;
      if (resolved) t.resolvedAtFirst++;
    });
  }

  onAbandon(c: number): void {
    this.firstContactLost(c);
  }

  onBlocked(c: number): void {
    this.firstContactLost(c);
  }

  private firstContactLost(c: number): void {
    const v = this.view;
    const issue = v.contactIssue(c);
    if (this.counted[issue] !== 1 || v.contactAttempt(c) !== 1) return;
    this.firstEnd[issue] = v.now;
    this.each(issue, (t) => t.firstEnded++);
  }

  onIssueClosed(issue: number, resolved: boolean): void {
    if (this.counted[issue] !== 1) return;
    const v = this.view;
    const contacts = v.issueContacts(issue) - v.issueTransfers(issue);
    const time = v.issueCustomerTime(issue);
    const repeated = v.issueRepeatedInformation(issue);
    this.each(issue, (t) => {
      if (resolved) {
        t.resolved++;
        t.contactsOfResolved += contacts;
      } else t.gaveUp++;
      t.repeatedInformation += repeated;
      t.customerTime.add(time);
    });
    this.counted[issue] = 0;
  }

  onIssueOpenAtEnd(issue: number): void {
    if (this.counted[issue] !== 1) return;
    const repeated = this.view.issueRepeatedInformation(issue);
    this.each(issue, (t) => {
      t.openAtEnd++;
      t.repeatedInformation += repeated;
    });
  }

  /** The journey metrics of the run (call after it ended). */
  result(): JourneyResult {
    const m = this.view.model;
    const named = (names: readonly string[], tallies: JourneyTally[]): NamedJourneyMetrics[] =>
      tallies.map((t, i) => ({ name: names[i]!, ...t.summary() }));
    return {
      overall: this.overall.summary(),
      byContactType: named(
        m.contactTypes.map((t) => t.name),
        this.byType,
      ),
      byChannel: named(CHANNELS, this.byChannel).filter((x) => x.issues > 0),
      bySegment: named(
        m.segments.map((s) => s.name),
        this.bySegment,
      ),
      byAgentGroup: named(
        m.agentGroups.map((g) => g.name),
        this.byGroup,
      ),
      bySite: named(
        m.sites.map((s) => s.name),
        this.bySite,
      ),
      byDay: named(
        this.byDay.map((_, d) => `day ${d}`),
        this.byDay,
      ),
    };
  }
}

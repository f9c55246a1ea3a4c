import { DAY } from '../model/arrival-process';
import { CHANNELS } from '../model/channel';
import { ServiceOutcome } from '../model/contact-table';
import { singleContactIssues } from '../model/journey';
import type { ContactCenterObserver, ObserverHook } from '../model/observer';
import type { ContactCenterView } from '../model/view';
import { JourneyCount as K, JourneyCounters } from './journey-counters';
import { IssueMarkInt, IssueMarkReal, IssueState, JourneyIssues } from './journey-issues';
import { JourneySetTimes } from './journey-set-times';
import { JourneyTally, REPEAT_WINDOWS_DAYS, type JourneyMetrics } from './journey-tally';
import { contactSlices, groupSlices } from './slices';

/** A named slice of journey metrics. */
export type NamedJourneyMetrics = { readonly name: string } & JourneyMetrics;

/** Journey metrics of a run: overall and by the first contact's type, channel, segment, group, site and day. */
export interface JourneyResult {
  /** Journey metrics of all issues whose first contact arrived at or after the warm-up. */
  readonly overall: JourneyMetrics;
  /** By the contact type of the issue's first contact (`name`), every type in scenario order. */
  readonly byContactType: readonly NamedJourneyMetrics[];
  /**
   * By the channel of the issue's first contact (`name`), in `CHANNELS` order, only channels with at least one
   * issue.
   */
  readonly byChannel: readonly NamedJourneyMetrics[];
  /** By the customer's segment (`name`), in scenario order. */
  readonly bySegment: readonly NamedJourneyMetrics[];
  /** By the agent group that served the first contact (only issues whose first contact was served). */
  readonly byAgentGroup: readonly NamedJourneyMetrics[];
  /** By the site of the agent group that served the first contact (only issues whose first contact was served). */
  readonly bySite: readonly NamedJourneyMetrics[];
  /** By the day the issue opened (day 0 first). */
  readonly byDay: readonly NamedJourneyMetrics[];
}

/**
 * Observes issues across contacts: first-contact resolution, repeat contacts, transfers, repeated
 * information and customer time per issue. An issue counts when its first contact arrives after
 * the warm-up, and belongs to the slices of that first contact (type, channel, segment, day, and
 * the group and site that served it). Memory follows the number of issues open at once.
 */
export class JourneyCollector implements ContactCenterObserver {
  private view!: ContactCenterView;
  private overall = new JourneyTally();
  private byType: readonly JourneyTally[] = [];
  private byChannel: readonly JourneyTally[] = [];
  private bySegment: readonly JourneyTally[] = [];
  private byGroup: readonly JourneyTally[] = [];
  private bySite: readonly JourneyTally[] = [];
  private byDay: JourneyTally[] = [];
  /** Distinct tallies per (first type, segment) class, and per first group (group and site). */
  private byClass: readonly (readonly JourneyTally[])[] = [];
  private byGroupAndSite: readonly (readonly JourneyTally[])[] = [];
  private segments = 1;
  /**
   * The distinct tallies of each combination of slices an issue can belong to (class, day, first
   * group), created on first use. `setIds` maps a (class, day) key to the index in `sets` of the
   * combination without a group (the key last looked up is cached in `lastKey`/`lastSet`, since
   * consecutive issues mostly share it); `withGroup[set][group]` is the index of that combination
   * with the first group added.
   */
  private readonly sets: (readonly JourneyTally[])[] = [];
  private readonly setIds = new Map<number, number>();
  private readonly withGroup: (number | undefined)[][] = [];
  private lastKey = -1;
  private lastSet = -1;
  /**
   * The counts, per set (see {@link JourneyCounters}): each event adds to its set's row, the
   * tallies get the sums when the result is asked for. Only the customer-time means are kept in
   * the tallies as they go (a mean depends on the order of its values).
   */
  private readonly counters = new JourneyCounters();
  /**
   * Issues whose first contact each group served: its group and site slices learn of an issue then,
   * counting it as one issue and one contact.
   */
  private firstServedBy = new Float64Array(0);
  /** Repeat windows in seconds. */
  private readonly windows = REPEAT_WINDOWS_DAYS.map((d) => d * DAY);
  /**
   * Per issue slot, one record: counted or not, whether a repeat was seen, the index in `sets` of
   * the issue's tallies, and when its first contact ended.
   */
  private readonly issues = new JourneyIssues();
  /** The customer times' running means per tally, updated per set (flat, see {@link JourneySetTimes}). */
  private times = new JourneySetTimes([]);
  private warmup = 0;
  /**
   * Every issue of the model has exactly one contact (see `singleContactIssues`): the counts are
   * then all taken when the issue closes (or is open at the end), from the issue's own row, and
   * the collector listens to nothing else. The same counts, and the same customer times in the
   * same closing order, as following the contact.
   */
  private single = false;

  /** Sets up the slices of the view's model (first contact's type, channel, segment, group, site, and day). */
  attach(view: ContactCenterView): void {
    const m = view.model;
    this.view = view;
    this.warmup = m.warmup;
    const contact = contactSlices(m, () => new JourneyTally());
    this.overall = contact.overall;
    this.byType = contact.byType;
    this.byChannel = contact.byChannel;
    this.bySegment = contact.bySegment;
    this.byClass = contact.byClass;
    this.segments = m.segments.length;
    const group = groupSlices(m, () => new JourneyTally());
    this.byGroup = group.byGroup;
    this.bySite = group.bySite;
    this.byGroupAndSite = group.byGroupAndSite;
    this.firstServedBy = new Float64Array(m.agentGroups.length);
    const days = Math.max(1, Math.ceil(m.horizon / DAY));
    this.byDay = Array.from({ length: days }, () => new JourneyTally());
    this.single = singleContactIssues(m);
    // Tallies that most closing issues update first, side by side.
    this.times = new JourneySetTimes([this.overall, ...this.bySegment, ...this.byChannel, ...this.byDay, ...this.bySite, ...this.byType, ...this.byGroup]);
  }

  /** With single-contact issues only the issue hooks are needed (the contact's are then never called). */
  subscribes(hook: ObserverHook): boolean {
    return !this.single || hook === 'onIssueClosed' || hook === 'onIssueOpenAtEnd';
  }

  /**
   * The index in `sets` of the distinct tallies of a new issue's slices: overall, first type,
   * channel, segment, and day (if within the horizon's days).
   */
  private setOfNewIssue(issue: number): number {
    const v = this.view;
    const cls = v.issueFirstType(issue) * this.segments + v.issueSegment(issue);
    const days = this.byDay.length;
    const d = Math.floor(v.issueOpenedAt(issue) / DAY);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: an issue opens with its first contact, which arrives in [0, horizon) (trace times at or after it are dropped), so 0 <= d < days
    const day = d >= 0 && d < days ? d : days;
    const key = day * this.byClass.length + cls;
    // Stryker disable next-line ConditionalExpression: the cache only skips a Map lookup that gives the same set
    if (key === this.lastKey) return this.lastSet;
    let id = this.setIds.get(key);
    // Stryker disable next-line ConditionalExpression: a new set of the same tallies counts the same (every set's counts are folded into its tallies)
    if (id === undefined) {
      const list = [...this.byClass[cls]!];
      // Stryker disable next-line ConditionalExpression,EqualityOperator: day < days always (see above)
      if (day < days) list.push(this.byDay[day]!);
      id = this.addSet(list);
      this.setIds.set(key, id);
    }
    this.lastKey = key;
    this.lastSet = id;
    return id;
  }

  /** The index in `sets` of set `set` plus the slices of the group (and its site) that served the first contact. */
  private setWithGroup(set: number, group: number): number {
    const row = this.withGroup[set]!;
    let id = row[group];
    if (id === undefined) {
      id = this.addSet([...this.sets[set]!, ...this.byGroupAndSite[group]!]);
      row[group] = id;
    }
    return id;
  }

  private addSet(list: readonly JourneyTally[]): number {
    this.withGroup.push([]);
    const id = this.sets.push(list) - 1;
    this.counters.ensure(id);
    this.times.addSet(id, list);
    return id;
  }

  /**
   * Opens an issue with its first contact (counted when it arrives at or after the warm-up); later contacts
   * about a counted issue count as repeat contacts, or as transfers.
   */
  onArrival(c: number): void {
    // Single-contact issues are counted at their close (a caller that ignores `subscribes` then counts nothing twice).
    if (this.single) return;
    const v = this.view;
    const issue = v.contactIssue(c);
    const attempt = v.contactAttempt(c);
    const marks = this.issues;
    const mark = issue * IssueMarkInt.stride;
    let row: number;
    if (attempt === 1) {
      const counted = v.contactArrival(c) >= this.warmup;
      marks.open(issue, counted, Infinity);
      if (!counted) return;
      const set = this.setOfNewIssue(issue);
      marks.ints[mark + IssueMarkInt.set] = set;
      row = set * this.counters.stride;
      this.counters.counts[row + K.issues]!++;
    } else {
      if (!((marks.ints[mark + IssueMarkInt.state] as number) > IssueState.notCounted)) return;
      row = (marks.ints[mark + IssueMarkInt.set] as number) * this.counters.stride;
    }
    const counts = this.counters.counts;
    if (v.contactIsTransfer(c)) {
      counts[row + K.transfers]!++;
      return;
    }
    counts[row + K.contacts]!++;
    if (attempt > 1) {
      counts[row + K.repeatContacts]!++;
      if (marks.ints[mark + IssueMarkInt.state] === IssueState.counted) {
        marks.ints[mark + IssueMarkInt.state] = IssueState.repeatSeen;
        const after = v.now - (marks.reals[issue * IssueMarkReal.stride + IssueMarkReal.firstEnd] as number);
        const windows = this.windows;
        for (let k = 0; k < windows.length; k++) if (after <= windows[k]!) counts[row + K.repeatWithin + k]!++;
      }
    }
  }

  /**
   * A self-service session that contained the issue counts as the issue's first contact, served
   * and resolving it (containment counts towards resolution and FCR); the issue closes next.
   * Sessions that send the customer on are counted by the first contact's onArrival.
   */
  onSelfServiceEnd(issue: number, _type: number, outcome: number): void {
    if (outcome !== 0) return;
    const now = this.view.now;
    const counted = now >= this.warmup;
    this.issues.open(issue, counted, now);
    if (!counted) return;
    const set = this.setOfNewIssue(issue);
    this.issues.ints[issue * IssueMarkInt.stride + IssueMarkInt.set] = set;
    const counts = this.counters.counts;
    const row = set * this.counters.stride;
    counts[row + K.issues]!++;
    counts[row + K.firstEnded]!++;
    counts[row + K.firstServed]!++;
    counts[row + K.resolvedAtFirst]!++;
  }

  /** Puts the counts into the tallies (every tally: those of no set get zeros). */
  private foldCounts(): void {
    const all = [this.overall, ...this.byType, ...this.byChannel, ...this.bySegment, ...this.byGroup, ...this.bySite, ...this.byDay];
    this.times.fold();
    this.counters.fold(all, this.sets, (add) => {
      this.byGroupAndSite.forEach((tallies, g) => {
        const n = this.firstServedBy[g]!;
        for (const t of tallies) {
          add(t, K.issues, n);
          add(t, K.contacts, n);
        }
      });
    });
  }

  /** Whether issue `issue` is counted (its record's state; an issue beyond the records is not). */
  private isCounted(issue: number): boolean {
    return (this.issues.ints[issue * IssueMarkInt.stride + IssueMarkInt.state] as number) > IssueState.notCounted;
  }

  /** The index in `sets` of a counted issue's tallies. */
  private setOf(issue: number): number {
    return this.issues.ints[issue * IssueMarkInt.stride + IssueMarkInt.set] as number;
  }

  /**
   * On an issue's first contact: records when it ended, the group and site that served it, and whether it
   * resolved the issue.
   */
  onServiceEnd(c: number, agent: number): void {
    if (this.single) return;
    const v = this.view;
    const issue = v.contactIssue(c);
    if (!this.isCounted(issue) || v.contactAttempt(c) !== 1) return;
    const group = v.agentGroup(agent);
    const marks = this.issues;
    marks.reals[issue * IssueMarkReal.stride + IssueMarkReal.firstEnd] = v.now;
    // The group and site slices learn of the issue now, with its first contact.
    this.firstServedBy[group]!++;
    const set = this.setWithGroup(this.setOf(issue), group);
    marks.ints[issue * IssueMarkInt.stride + IssueMarkInt.set] = set;
    const counts = this.counters.counts;
    const row = set * this.counters.stride;
    counts[row + K.firstEnded]!++;
    counts[row + K.firstServed]!++;
    if (v.contactOutcome(c) === ServiceOutcome.resolved) counts[row + K.resolvedAtFirst]!++;
  }

  /** On an issue's first contact: records when it ended (the start of the repeat windows). */
  onAbandon(c: number): void {
    this.firstContactLost(c);
  }

  /** On an issue's first contact: records when it ended (the start of the repeat windows). */
  onBlocked(c: number): void {
    this.firstContactLost(c);
  }

  /** On an issue's first contact: records when it ended through a queue exit (balked, voicemail, re-routed, cleared). */
  onQueueExit(c: number): void {
    this.firstContactLost(c);
  }

  private firstContactLost(c: number): void {
    if (this.single) return;
    const v = this.view;
    const issue = v.contactIssue(c);
    if (!this.isCounted(issue) || v.contactAttempt(c) !== 1) return;
    this.issues.reals[issue * IssueMarkReal.stride + IssueMarkReal.firstEnd] = v.now;
    this.counters.counts[this.setOf(issue) * this.counters.stride + K.firstEnded]!++;
  }

  /** Counts a counted issue as resolved or given up, with its contacts, repeated information and customer time. */
  onIssueClosed(issue: number, resolved: boolean): void {
    if (this.single) {
      this.closeSingleContactIssue(issue, resolved);
      return;
    }
    if (!this.isCounted(issue)) return;
    const v = this.view;
    const contacts = v.issueContacts(issue) - v.issueTransfers(issue);
    const time = v.issueCustomerTime(issue);
    const repeated = v.issueRepeatedInformation(issue);
    const set = this.setOf(issue);
    const counts = this.counters.counts;
    const row = set * this.counters.stride;
    if (resolved) {
      counts[row + K.resolved]!++;
      counts[row + K.contactsOfResolved]! += contacts;
    } else counts[row + K.gaveUp]!++;
    counts[row + K.repeatedInformation]! += repeated;
    this.addCustomerTime(issue, set);
    this.issues.ints[issue * IssueMarkInt.stride + IssueMarkInt.state] = IssueState.notCounted;
  }

  /** Adds the customer time of closing issue `issue` to the running means of set `set`. */
  private addCustomerTime(issue: number, set: number): void {
    const time = this.view.issueCustomerTime(issue);
    if (!Number.isFinite(time)) throw new RangeError(`JourneyCollector: issue ${issue} closed with customer time ${time}`);
    this.times.add(set, time);
  }

  /**
   * Counts the row of a new single-contact issue as `onArrival` counts its first contact (issue and
   * contact, in the set of its class and day); returns that set, or -1 when the issue opened
   * before the warm-up (not counted).
   */
  private openSingleContactIssue(issue: number): number {
    const v = this.view;
    if (v.issueOpenedAt(issue) < this.warmup) return -1;
    const set = this.setOfNewIssue(issue);
    const row = set * this.counters.stride;
    const counts = this.counters.counts;
    counts[row + K.issues]!++;
    counts[row + K.contacts]!++; // its one contact, no transfer
    return set;
  }

  /**
   * A single-contact issue closes: its contact ended now (served by the issue's last agent, if it
   * has one; else abandoned or blocked). Counts it as `onArrival`, then `onServiceEnd` or
   * `onAbandon`/`onBlocked`, then the general `onIssueClosed` would, in one pass (the issue's one
   * contact is no transfer, and nobody heard the customer before it: one contact, nothing repeated).
   */
  private closeSingleContactIssue(issue: number, resolved: boolean): void {
    const opened = this.openSingleContactIssue(issue);
    if (opened < 0) return;
    let set = opened;
    const agent = this.view.issueLastAgent(issue);
    if (agent >= 0) {
      const group = this.view.agentGroup(agent);
      this.firstServedBy[group]!++;
      set = this.setWithGroup(set, group);
    }
    // Read after `setWithGroup`: a new set may grow (replace) the counts.
    const counts = this.counters.counts;
    const row = set * this.counters.stride;
    if (agent >= 0) {
      counts[row + K.firstServed]!++;
      if (resolved) counts[row + K.resolvedAtFirst]!++;
    }
    counts[row + K.firstEnded]!++;
    if (resolved) {
      counts[row + K.resolved]!++;
      counts[row + K.contactsOfResolved]!++;
    } else counts[row + K.gaveUp]!++;
    this.addCustomerTime(issue, set);
  }

  /** Counts a counted issue still open when the run ended. */
  onIssueOpenAtEnd(issue: number): void {
    if (this.single) {
      // Its one contact has not ended (waiting or in service): counted as it arrived, and open.
      const set = this.openSingleContactIssue(issue);
      if (set >= 0) this.countOpenAtEnd(issue, set);
      return;
    }
    if (!this.isCounted(issue)) return;
    this.countOpenAtEnd(issue, this.setOf(issue));
  }

  private countOpenAtEnd(issue: number, set: number): void {
    const counts = this.counters.counts;
    const row = set * this.counters.stride;
    counts[row + K.openAtEnd]!++;
    counts[row + K.repeatedInformation]! += this.view.issueRepeatedInformation(issue);
  }

  /** The journey metrics of the run (call after it ended). */
  result(): JourneyResult {
    const m = this.view.model;
    this.foldCounts();
    const named = (names: readonly string[], tallies: readonly JourneyTally[]): NamedJourneyMetrics[] =>
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

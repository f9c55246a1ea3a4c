import { DAY } from '../model/arrival-process';
import { CHANNELS } from '../model/channel';
import type { EconomicsDefinition } from '../model/economics';
import type { ContactCenterObserver } from '../model/observer';
import type { ContactCenterView } from '../model/view';
import { churnProbability, effortScore } from './churn';
import { ratio } from './contact-tally';
import { intervalEconomics } from './economics-intervals';
import type { AgentEconomics, EconomicsResult, Named } from './economics-result';
import { IssueCounts } from './issue-counts';
import { MoneyTally } from './money-tally';
import { scheduledAgentSeconds } from './paid-hours';
import { IntervalGrid } from './stats/interval-grid';
import { contactSlices } from './slices';

/**
 * Prices what the engine reports: agent cost (scheduled hours and outsourcer fees), channel
 * prices, penalties, the handling cost of repeat contacts, and per closed issue the expected
 * customers and value lost (churn model) and the customer effort score. It only listens, like
 * every collector. Contacts count when they arrive at or after the warm-up; issues when their
 * first contact does; agent hours from the warm-up on. Customers lost are **expected values**:
 * the churn probability of each closed issue, summed, not a random draw (exact, lower variance,
 * and no random stream, so nothing else moves). Formulas: docs/economics.md.
 */
export class EconomicsCollector implements ContactCenterObserver {
  private view!: ContactCenterView;
  private readonly def: EconomicsDefinition;
  private overall = new MoneyTally();
  private byType!: readonly MoneyTally[];
  private byChannel!: readonly MoneyTally[];
  private bySegment!: readonly MoneyTally[];
  private byClass!: readonly (readonly MoneyTally[])[];
  private byDay!: MoneyTally[];
  private segments = 1;
  private warmup = 0;
  /** Per group: contacts completed and seconds handled. */
  private handled = new Float64Array(0);
  private handledSeconds = new Float64Array(0);
  /** Per open issue: seconds waited, abandons, broken promises. */
  private readonly issues = new IssueCounts();
  /** The reporting intervals; per interval (the last slot: after the grid's end) fees, contact cost and penalties. */
  private grid!: IntervalGrid;
  private intervalFees: Float64Array = new Float64Array(0);
  private intervalContact: Float64Array = new Float64Array(0);
  private intervalPenalty: Float64Array = new Float64Array(0);
  private resolvedIssues = 0;
  private handledContacts = 0;
  private endTime = 0;

  /** Creates a collector for the model's money settings (`model.economics`). */
  constructor(economics: EconomicsDefinition) {
    this.def = economics;
  }

  /** Sets up the contact, segment and day slices of the view's model. */
  attach(view: ContactCenterView): void {
    const m = view.model;
    this.view = view;
    this.warmup = m.warmup;
    const slices = contactSlices(m, () => new MoneyTally());
    this.overall = slices.overall;
    this.byType = slices.byType;
    this.byChannel = slices.byChannel;
    this.bySegment = slices.bySegment;
    this.byClass = slices.byClass;
    this.segments = m.segments.length;
    this.byDay = Array.from({ length: Math.max(1, Math.ceil(m.horizon / DAY)) }, () => new MoneyTally());
    this.handled = new Float64Array(m.agentGroups.length);
    this.handledSeconds = new Float64Array(m.agentGroups.length);
    this.grid = IntervalGrid.covering(m.horizon, m.intervalLength);
    this.intervalFees = new Float64Array(this.grid.binCount + 1);
    this.intervalContact = new Float64Array(this.grid.binCount + 1);
    this.intervalPenalty = new Float64Array(this.grid.binCount + 1);
  }

  /** The slot of `now` in the per-interval arrays (the last slot after the grid's end). */
  private interval(): number {
    return Math.max(0, this.grid.binOf(this.view.now));
  }

  private counted(c: number): boolean {
    return this.view.contactArrival(c) >= this.warmup;
  }

  private slicesOf(c: number): readonly MoneyTally[] {
    const v = this.view;
    return this.byClass[v.contactType(c) * this.segments + v.contactSegment(c)]!;
  }

  /** The tally of the day of `now`; after the last day, the last. */
  private today(): MoneyTally {
    const days = this.byDay;
    return days[Math.min(days.length - 1, Math.max(0, Math.floor(this.view.now / DAY)))]!;
  }

  /** Adds `amount` to a field of the contact's slices and of today. */
  private charge(c: number, field: 'contactCost' | 'abandoned' | 'blocked' | 'brokenPromises' | 'waitBeyond' | 'unfinished', amount: number, of: readonly MoneyTally[] | null = null): void {
    // Stryker disable next-line ConditionalExpression,BlockStatement: adding 0 changes no sum; the early return only saves work
    if (amount === 0) return;
    const slices = of ?? this.slicesOf(c);
    for (let i = 0; i < slices.length; i++) slices[i]![field] += amount;
    this.today()[field] += amount;
    (field === 'contactCost' ? this.intervalContact : this.intervalPenalty)[this.interval()]! += amount;
  }

  /** Adds to the handling cost of the contact's slices (and to their repeat-contact cost for a repeat contact). */
  private handling(c: number, amount: number): void {
    // Stryker disable next-line ConditionalExpression,BlockStatement: adding 0 changes no sum; the early return only saves work
    if (amount === 0) return;
    const v = this.view;
    const repeat = v.contactAttempt(c) > 1 && !v.contactIsTransfer(c);
    const slices = this.slicesOf(c);
    for (let i = 0; i < slices.length; i++) {
      const t = slices[i]!;
      t.handlingCost += amount;
      if (repeat) t.repeatContactCost += amount;
    }
  }

  /** Charges the channel's per-contact price; opens the issue's journey counts on its first contact. */
  onArrival(c: number): void {
    const v = this.view;
    if (v.contactAttempt(c) === 1) {
      const issue = v.contactIssue(c);
      this.issues.open(issue, this.counted(c));
    }
    if (!this.counted(c)) return;
    const price = this.def.channelRates[v.contactChannel(c)]!.perContact;
    this.charge(c, 'contactCost', price);
    this.handling(c, price);
  }

  /** A wait ended (answered or abandoned): queue minutes, the wait-beyond penalty and the issue's wait. */
  private waited(c: number): void {
    const v = this.view;
    if (v.contactCallback(c) !== 0) return; // the customer was off the line
    const wait = v.now - v.contactQueuedAt(c);
    const issue = v.contactIssue(c);
    // Stryker disable next-line ConditionalExpression: an uncounted issue is never scored (onIssueClosed skips it) and open() clears its counts
    if (this.issues.counted(issue)) this.issues.wait[issue]! += wait;
    if (!this.counted(c)) return;
    this.charge(c, 'contactCost', (wait / 60) * this.def.channelRates[v.contactChannel(c)]!.perQueueMinute);
    const p = this.def.penalties;
    // Stryker disable next-line EqualityOperator: at wait = waitBeyond the charge is 0
    if (wait > p.waitBeyond) this.charge(c, 'waitBeyond', ((wait - p.waitBeyond) / 60) * p.perMinuteBeyond);
  }

  /** Prices the wait of an answered contact. */
  onServiceStart(c: number): void {
    this.waited(c);
  }

  /** Prices a completed contact: channel per-minute price, outsourcer fees, its handling cost. */
  onServiceEnd(c: number, agent: number): void {
    if (!this.counted(c)) return;
    const v = this.view;
    const seconds = v.now - v.contactServiceStart(c) - v.contactTimeAway(c);
    const group = v.agentGroup(agent);
    const channel = v.contactChannel(c);
    const rates = this.def.agentRates[group]!;
    const channelPart = (seconds / 60) * this.def.channelRates[channel]!.perHandledMinute;
    this.charge(c, 'contactCost', channelPart);
    this.handled[group]!++;
    this.handledSeconds[group]! += seconds;
    this.handledContacts++;
    const concurrency = v.model.agentGroups[group]!.concurrency[channel] ?? 1;
    const fee = rates.perHandledContact + (seconds / 60) * rates.perHandledMinute;
    this.today().agentCost += fee;
    this.intervalFees[this.interval()]! += fee;
    this.handling(c, channelPart + fee + (seconds / 3600) * (rates.perHour / Math.max(1, concurrency)));
  }

  /** Prices an abandon (penalty and wait) and counts it in the issue's journey. */
  onAbandon(c: number): void {
    const v = this.view;
    const issue = v.contactIssue(c);
    // Stryker disable next-line ConditionalExpression: an uncounted issue is never scored (onIssueClosed skips it) and open() clears its counts
    if (this.issues.counted(issue)) this.issues.abandons[issue]!++;
    this.waited(c);
    if (this.counted(c)) this.charge(c, 'abandoned', this.def.penalties.perAbandoned);
  }

  /** Prices a blocked contact. */
  onBlocked(c: number): void {
    if (this.counted(c)) this.charge(c, 'blocked', this.def.penalties.perBlocked);
  }

  /** Prices a contact unfinished at the end. */
  onUnfinished(c: number): void {
    if (this.counted(c)) this.charge(c, 'unfinished', this.def.penalties.perUnfinished);
  }

  /**
   * Prices a self-service session (ended at or after the warm-up) in the slices of its type and
   * segment; a contained issue opens here (it closes next, resolved, with no contact).
   */
  onSelfServiceEnd(issue: number, type: number, outcome: number): void {
    const v = this.view;
    // Stryker disable next-line ConditionalExpression: a session that sends the customer on is followed at the same instant by its first contact's arrival, which opens the issue again
    if (outcome === 0) this.issues.open(issue, v.now >= v.model.warmup);
    if (v.now < v.model.warmup) return;
    const price = this.def.channelRates[v.model.contactTypes[type]!.channel]!.perSelfServiceSession;
    // Stryker disable next-line UnaryOperator: charge() does not read the contact when it is given the slices
    this.charge(-1, 'contactCost', price, this.byClass[type * this.segments + v.issueSegment(issue)]!);
  }

  /** Prices a callback attempt; a first attempt after the promise is a broken promise. */
  onCallbackAttempt(c: number): void {
    const v = this.view;
    const broken = v.contactCallbackAttempts(c) === 1 && v.now > v.contactCallbackPromise(c);
    const issue = v.contactIssue(c);
    if (broken && this.issues.counted(issue)) this.issues.broken[issue]!++;
    if (!this.counted(c)) return;
    const price = this.def.channelRates[v.contactChannel(c)]!.perCallbackAttempt;
    this.charge(c, 'contactCost', price);
    this.handling(c, price);
    if (broken) this.charge(c, 'brokenPromises', this.def.penalties.perBrokenPromise);
  }

  /** Applies the churn model and the effort score to a closed counted issue. */
  onIssueClosed(issue: number, resolved: boolean): void {
    if (!this.issues.counted(issue)) return;
    this.issues.close(issue);
    const v = this.view;
    const segment = v.issueSegment(issue);
    const x = {
      extraContacts: Math.max(0, v.issueContacts(issue) - v.issueTransfers(issue) - 1),
      repeatedInformation: v.issueRepeatedInformation(issue),
      transfers: v.issueTransfers(issue),
      abandons: this.issues.abandons[issue]!,
      brokenPromises: this.issues.broken[issue]!,
      waitMinutes: this.issues.wait[issue]! / 60,
      unresolved: resolved ? 0 : 1,
    };
    if (resolved) this.resolvedIssues++;
    const churn = this.def.churn;
    const lost = churn === null ? 0 : churnProbability(churn[segment]!, x);
    const value = lost * v.model.segments[segment]!.value;
    const effort = effortScore(this.def.effort, x);
    const slices = this.byClass[v.issueFirstType(issue) * this.segments + segment]!;
    const day = this.today();
    for (let i = 0; i <= slices.length; i++) {
      const t = i < slices.length ? slices[i]! : day;
      t.customersLost += lost;
      t.valueLost += value;
      t.effortSum += effort;
      t.issuesClosed++;
    }
  }

  /** Notes the end of the run (agent hours are scheduled up to it). */
  onEnd(): void {
    this.endTime = this.view.now;
  }

  /** The agent cost of one group: scheduled hours at its hourly rate plus its fees. */
  private groupEconomics(group: number, from: number, to: number): AgentEconomics {
    const m = this.view.model;
    const rates = this.def.agentRates[group]!;
    const paidHours = scheduledAgentSeconds(m.agentGroups[group]!, m.horizon, from, to) / 3600;
    const handled = this.handled[group]!;
    const agentCost = paidHours * rates.perHour + handled * rates.perHandledContact + (this.handledSeconds[group]! / 60) * rates.perHandledMinute;
    return { paidHours, agentCost, handledContacts: handled, agentCostPerContact: ratio(agentCost, handled) };
  }

  /** The economics of the run (call after it ended). */
  result(): EconomicsResult {
    const m = this.view.model;
    const from = this.warmup;
    const to = this.endTime;
    const groups = m.agentGroups.map((g) => ({ name: g.name, ...this.groupEconomics(g.id, from, to) }));
    const sites: Named<AgentEconomics>[] = m.sites.map((s) => {
      const members = groups.filter((_, id) => m.agentGroups[id]!.site === s.id);
      const sum = (f: (g: AgentEconomics) => number): number => members.reduce((acc, g) => acc + f(g), 0);
      const agentCost = sum((g) => g.agentCost);
      const handled = sum((g) => g.handledContacts);
      return { name: s.name, paidHours: sum((g) => g.paidHours), agentCost, handledContacts: handled, agentCostPerContact: ratio(agentCost, handled) };
    });
    const days = this.byDay;
    days.forEach((day, d) => {
      const last = d === days.length - 1;
      const start = Math.max(from, d * DAY);
      const end = last ? to : Math.min(to, (d + 1) * DAY);
      // fees were added by day of service end; the hourly pay goes by scheduled hours in the day
      day.agentCost += m.agentGroups.reduce((acc, g) => acc + (scheduledAgentSeconds(g, m.horizon, start, end) / 3600) * this.def.agentRates[g.id]!.perHour, 0);
    });
    const o = this.overall;
    o.agentCost = groups.reduce((acc, g) => acc + g.agentCost, 0);
    const totals = o.totals();
    const intervals = intervalEconomics(m, this.def.agentRates, this.grid, { fees: this.intervalFees, contact: this.intervalContact, penalty: this.intervalPenalty }, from, to);
    const contact = (names: readonly string[], tallies: readonly MoneyTally[]) => tallies.map((t, i) => ({ name: names[i]!, ...t.contactSummary() }));
    const used = new Set(m.contactTypes.map((t) => t.channel));
    return {
      currency: this.def.currency,
      ...totals,
      costPerContact: ratio(totals.operatingCost, this.handledContacts),
      costPerResolvedIssue: ratio(totals.operatingCost, this.resolvedIssues),
      repeatContactCost: o.repeatContactCost,
      paidHours: groups.reduce((acc, g) => acc + g.paidHours, 0),
      handledContacts: this.handledContacts,
      resolvedIssues: this.resolvedIssues,
      issuesClosed: o.issuesClosed,
      meanEffort: ratio(o.effortSum, o.issuesClosed),
      penalties: o.penalties(),
      byContactType: contact(
        m.contactTypes.map((t) => t.name),
        this.byType,
      ),
      byChannel: contact(CHANNELS, this.byChannel).filter((_, ch) => used.has(ch)),
      bySegment: contact(
        m.segments.map((s) => s.name),
        this.bySegment,
      ),
      byAgentGroup: groups,
      bySite: sites,
      byDay: days.map((d, i) => ({ name: `day ${i}`, ...d.totals() })),
      intervals: intervals.slice(0, -1),
      afterIntervals: intervals[intervals.length - 1]!,
    };
  }
}

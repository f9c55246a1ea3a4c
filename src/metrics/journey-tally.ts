import { ratio } from './contact-tally';

/** Repeat-contact horizons reported, in days. */
export const REPEAT_WINDOWS_DAYS = [1, 7, 30] as const;

/**
 * Customer-journey metrics of one slice (an issue belongs to the slice of its first contact).
 * A ratio with a zero denominator is null.
 */
export interface JourneyMetrics {
  /** Issues opened (first contact arrived after the warm-up). */
  readonly issues: number;
  /** Issues whose first contact ended (served, abandoned or blocked). */
  readonly firstContactsEnded: number;
  /** Issues whose first contact was served. */
  readonly firstContactsServed: number;
  /** Issues resolved by their first contact. */
  readonly resolvedAtFirstContact: number;
  /** First-contact resolution: resolved at first contact / first contacts ended. */
  readonly fcr: number | null;
  /** Resolved at first contact / first contacts served. */
  readonly fcrOfServed: number | null;
  /** Issues resolved (at any contact). */
  readonly resolved: number;
  /** Issues whose customer gave up unresolved. */
  readonly gaveUp: number;
  /** Issues still open when the run ended. */
  readonly openAtEnd: number;
  /** Contacts about resolved issues / resolved issues. */
  readonly contactsPerResolvedIssue: number | null;
  /** Contacts that were a customer coming back about an open issue (transfers excluded). */
  readonly repeatContacts: number;
  /** Repeat contacts / all contacts of the slice's issues. */
  readonly repeatContactRate: number | null;
  /** Share of issues whose customer came back within 1, 7 and 30 days of the first contact's end. */
  readonly repeatWithin: { readonly day1: number | null; readonly day7: number | null; readonly day30: number | null };
  /** Transfers (escalations). */
  readonly transfers: number;
  /** Times customers had to repeat information to a new agent. */
  readonly repeatedInformation: number;
  /** Mean waiting and handling time per closed issue, over all its contacts (seconds). */
  readonly meanCustomerTimePerIssue: number | null;
}

/** Counters of one journey slice. */
export class JourneyTally {
  issues = 0;
  firstEnded = 0;
  firstServed = 0;
  resolvedAtFirst = 0;
  resolved = 0;
  gaveUp = 0;
  openAtEnd = 0;
  contactsOfResolved = 0;
  contacts = 0;
  repeatContacts = 0;
  readonly repeatWithin = new Float64Array(REPEAT_WINDOWS_DAYS.length);
  transfers = 0;
  repeatedInformation = 0;
  /** Issues whose customer time was recorded (closed issues). */
  customerTimeCount = 0;
  /**
   * Mean customer time per closed issue, updated as Welford's running mean (the mean of a
   * `RunningStats` fed the same values, bit for bit; the variance and extremes are not kept).
   */
  customerTimeMean = 0;

  /** Records the customer time of a closed issue. */
  addCustomerTime(time: number): void {
    const n = ++this.customerTimeCount;
    this.customerTimeMean += (time - this.customerTimeMean) / n;
  }

  /** The slice's metrics. */
  summary(): JourneyMetrics {
    const within = (k: number): number | null => ratio(this.repeatWithin[k] as number, this.firstEnded);
    return {
      issues: this.issues,
      firstContactsEnded: this.firstEnded,
      firstContactsServed: this.firstServed,
      resolvedAtFirstContact: this.resolvedAtFirst,
      fcr: ratio(this.resolvedAtFirst, this.firstEnded),
      fcrOfServed: ratio(this.resolvedAtFirst, this.firstServed),
      resolved: this.resolved,
      gaveUp: this.gaveUp,
      openAtEnd: this.openAtEnd,
      contactsPerResolvedIssue: ratio(this.contactsOfResolved, this.resolved),
      repeatContacts: this.repeatContacts,
      repeatContactRate: ratio(this.repeatContacts, this.contacts),
      repeatWithin: { day1: within(0), day7: within(1), day30: within(2) },
      transfers: this.transfers,
      repeatedInformation: this.repeatedInformation,
      meanCustomerTimePerIssue: this.customerTimeCount === 0 ? null : this.customerTimeMean,
    };
  }
}

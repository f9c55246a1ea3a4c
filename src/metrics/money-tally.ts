import { ratio } from './contact-tally';
import type { ContactEconomics, EconomicsTotals, PenaltyCosts } from './economics-result';

/**
 * Running money and customer totals of one slice (overall, a contact type, channel, segment or
 * day). Plain fields, added to on the collector's hot path.
 */
export class MoneyTally {
  /** Channel prices. */
  contactCost = 0;
  /** Penalty for abandoned contacts. */
  abandoned = 0;
  /** Penalty for blocked contacts. */
  blocked = 0;
  /** Penalty for broken callback promises. */
  brokenPromises = 0;
  /** Penalty for minutes waited beyond the threshold. */
  waitBeyond = 0;
  /** Penalty for contacts unfinished at the end. */
  unfinished = 0;
  /** Handling cost of the slice's contacts. */
  handlingCost = 0;
  /** Handling cost of its repeat contacts. */
  repeatContactCost = 0;
  /** Expected customers lost. */
  customersLost = 0;
  /** Expected value lost. */
  valueLost = 0;
  /** Effort scores of the closed issues, summed. */
  effortSum = 0;
  /** Issues closed. */
  issuesClosed = 0;
  /** Agent cost (only the overall and day tallies: set at the end). */
  agentCost = 0;

  /** Sum of the penalties. */
  penaltyCost(): number {
    return this.abandoned + this.blocked + this.brokenPromises + this.waitBeyond + this.unfinished;
  }

  /** Penalties by kind. */
  penalties(): PenaltyCosts {
    return {
      abandoned: this.abandoned,
      blocked: this.blocked,
      brokenPromises: this.brokenPromises,
      waitBeyond: this.waitBeyond,
      unfinished: this.unfinished,
    };
  }

  /** The slice's contact economics. */
  contactSummary(): ContactEconomics {
    return {
      contactCost: this.contactCost,
      penaltyCost: this.penaltyCost(),
      handlingCost: this.handlingCost,
      repeatContactCost: this.repeatContactCost,
      customersLost: this.customersLost,
      valueLost: this.valueLost,
      meanEffort: ratio(this.effortSum, this.issuesClosed),
    };
  }

  /** The slice's totals (agent cost included). */
  totals(): EconomicsTotals {
    const penaltyCost = this.penaltyCost();
    const operatingCost = this.agentCost + this.contactCost + penaltyCost;
    return {
      agentCost: this.agentCost,
      contactCost: this.contactCost,
      penaltyCost,
      operatingCost,
      customersLost: this.customersLost,
      valueLost: this.valueLost,
      totalCost: operatingCost + this.valueLost,
    };
  }
}

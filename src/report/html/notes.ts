import type { StreamMode } from '../../experiment/compare';
import { escapeHtml } from './escape';

/**
 * The "how to read this report" notes: what the intervals mean, common random numbers, and the
 * definitions of the headline metrics.
 *
 * @module
 */

/** The notes section, adapted to a single study or compared designs and their stream mode. */
export function renderNotes(level: string, compared: boolean, mode: StreamMode | undefined, withIntervals = true): string {
  const items = [
    withIntervals ? `<li><b>Replications and intervals.</b> Each replication is an independent simulated run of the whole horizon with its own random numbers (replication r uses the substreams <code>replication/r</code> of the seed). Every figure is the mean over the replications; <i>± h</i> is the half-width of the ${escapeHtml(level)} Student t confidence interval of that mean: if the study were repeated many times, about ${escapeHtml(level)} of such intervals would contain the true long-run mean. More replications give narrower intervals (the half-width shrinks like 1/√R).</li>`
      : '<li><b>One replication.</b> This report shows one simulated run per design: a single value of a random outcome, with no confidence interval and no test of significance. A second run with other random numbers would give other values; run several replications to know how far they vary.</li>',
  ];
  if (compared && withIntervals) {
    items.push(
      mode === 'independent'
        ? '<li><b>Independent streams.</b> These designs were run with independent random numbers, so each difference carries the noise of both designs; its confidence interval is wider than with common random numbers.</li>'
        : '<li><b>Common random numbers (CRN).</b> Every design was run on the same replications with the same random numbers: in replication r all designs see the same customers arriving at the same times, with the same segments, patience and handle-time draws. The paired difference design − baseline, replication by replication, then measures the effect of the design rather than luck, and its interval is much narrower than comparing two separate intervals.</li>',
      '<li><b>Significance.</b> A difference is marked <b>*</b> when its confidence interval excludes 0. Overlapping intervals of the two designs do not mean the difference is not significant: read the Δ column. Each mark is a test at the stated level; with many designs and metrics some marks are expected by chance (see the multiple-comparisons note in the summary).</li>',
    );
  }
  items.push(
    '<li><b>Service level</b> = contacts answered within their type\'s target time ÷ (answered + abandoned), counted in the interval in which the contact arrived. <b>ASA</b> is the mean wait of answered contacts. <b>Abandonment rate</b> = abandoned ÷ (answered + abandoned).</li>',
    '<li><b>First-contact resolution (FCR)</b> = issues resolved by their first contact ÷ issues whose first contact ended. <b>Repeat-contact rate</b> = contacts in which a customer came back about an open issue ÷ all contacts of the issues. <b>Occupancy</b> = time agents spent holding a contact (in service or wrap-up) ÷ time logged on.</li>',
    '<li><b>Callbacks.</b> Accepted / offered is the share of callback offers the customers took; a promise is kept when the agent\'s first call-back attempt is made no later than promised.</li>',
  );
  return `<section class="notes" id="notes"><h2>How to read this report</h2><ul>${items.join('')}</ul></section>`;
}

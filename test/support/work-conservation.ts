import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';

/**
 * A test observer that checks work conservation: between events, no waiting contact could be
 * served by an agent with free capacity for it. Every built-in policy (with its default options)
 * but `fixed-queue-ratio-threshold` (which keeps a group off other types below a threshold, on
 * purpose) is work-conserving: a contact arriving to a free qualified agent is routed at once, and an
 * agent that frees up takes any waiting contact it can serve.
 *
 * The state between two events is what the first callback of the next event sees, so the check
 * runs when a contact arrives (before it is routed; it is not yet in a queue) and when one
 * abandons (it has just left its queue, which frees no agent). Within one queue all contacts
 * share type and channel, so checking the queue heads is enough. Throws at the first violation.
 */
export class WorkConservationChecker implements ContactCenterObserver {
  private view!: ContactCenterView;
  /** Number of checks made (to show the checker ran). */
  checks = 0;

  attach(view: ContactCenterView): void {
    this.view = view;
  }

  onArrival(): void {
    this.check();
  }

  onAbandon(): void {
    this.check();
  }

  private check(): void {
    const v = this.view;
    this.checks++;
    for (let q = 0; q < v.queueCount; q++) {
      const head = v.queueHead(q);
      if (head < 0) continue;
      for (let a = 0; a < v.agentCount; a++) {
        if (v.canServe(a, head)) {
          throw new Error(
            `work conservation violated at t=${v.now}: contact #${v.contactSerial(head)} (type ${v.contactType(head)}) ` +
              `waits since ${v.contactQueuedAt(head)} while agent ${a} (group ${v.agentGroup(a)}) could serve it`,
          );
        }
      }
    }
  }
}

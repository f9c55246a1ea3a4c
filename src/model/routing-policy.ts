import type { ContactCenterView } from './view';

/**
 * A routing policy answers the two questions every ACD asks. It only *chooses*: it returns ids
 * and the engine checks the choice, changes the state and tells the observers, so no policy can
 * double-book an agent or lose a contact.
 *
 * The engine owns this interface (it is what the engine consumes); the built-in policies in
 * `routing/` implement it.
 */
export interface RoutingPolicy {
  /**
   * A contact became routable (it arrived, or its eligibility widened): return an agent that can
   * serve it now (`view.canServe(agent, contact)`), or -1 to leave it waiting.
   */
  selectAgent(contact: number, view: ContactCenterView): number;
  /**
   * An agent gained free capacity: return a waiting contact it can serve now, or -1 to stay idle.
   * Called again while the agent still has free capacity and the previous call chose a contact.
   */
  selectContact(agent: number, view: ContactCenterView): number;
  /**
   * Optional: called when a contact starts waiting. Return a delay (seconds) after which the engine
   * offers the contact to the policy again through `selectAgent` even if no agent frees up in the
   * meantime — e.g. when a contact held for one agent may go to anyone after a wait limit — or
   * Infinity (or omit the method) for never.
   */
  reconsiderAfter?(contact: number, view: ContactCenterView): number;
}

import type { Distribution } from '../random/distributions/distribution';

/**
 * What the agent's capacity slot does while a messaging customer composes a reply:
 * `released` — the slot is free during the gap (the agent may take other work) and the reply is
 * routed again; `held` — the slot stays busy until the customer replies (the same agent answers
 * at once).
 */
export type SlotDuringGap = 'held' | 'released';

/**
 * A messaging session (scenario `contactTypes[].session`, see docs/channels.md): an asynchronous
 * conversation of several agent turns, the customer replying after a gap between two turns. Each
 * turn takes the type's handle time (the first one the contact's own draw); the session ends after
 * its last turn (resolved or not, as the journey's resolution decides for the whole session) or,
 * when the customer does not reply within `timeout`, unresolved at the timeout.
 */
export interface MessagingSessionDefinition {
  /**
   * Agent turns per session: a draw `x` gives `min(MAX_SESSION_TURNS, max(1, round(x)))` turns
   * (scenario `exchanges`: a whole number, or a distribution).
   */
  readonly exchanges: Distribution;
  /** Time the customer takes to reply after an agent turn (scenario `replyGap`). */
  readonly replyGap: Distribution;
  /** Whether the agent's slot is held or released during a reply gap (scenario `slotDuringGap`). */
  readonly slotDuringGap: SlotDuringGap;
  /**
   * With `released`: the reply goes back to the agent of the previous turn when that agent can take
   * it at once (on duty, a free messaging slot), else it is routed like a new contact (scenario
   * `sticky`, default true). False: always routed by the policy. Ignored with `held`.
   */
  readonly sticky: boolean;
  /**
   * A customer who has not replied after this long (seconds) has stopped: the session ends
   * unresolved then (scenario `timeout`; Infinity: customers always reply).
   */
  readonly timeout: number;
  /**
   * With `released` and `sticky`: how long (seconds) a reply whose previous agent cannot take it at
   * once waits for that agent to have a free slot before it is routed like a new contact (scenario
   * `sticky: { waitFor }`). Absent or 0: the reply goes back only at once, as with `sticky: true`.
   */
  readonly stickyWait?: number;
  /**
   * Extra work (seconds at full speed) on a later turn taken by another agent than the previous
   * turn's: the new agent reads the thread, the customer repeats themselves (scenario
   * `contextLoss`). Absent: none.
   */
  readonly contextLoss?: Distribution;
  /**
   * How long a customer whose reply is not taken at once waits for an agent before giving up: the
   * session then ends unresolved (scenario `replyPatience`). Absent: replies never abandon.
   */
  readonly replyPatience?: Distribution;
  /**
   * With `released`: the agent's group wrap-up follows every turn, not only the session's last
   * (scenario `wrapUpPerTurn`); the slot is freed when it ends. Absent or false: once per session.
   */
  readonly wrapUpPerTurn?: boolean;
}

/**
 * True when session `def` uses one of the options that came after the first sessions (timed
 * stickiness, context loss, reply patience, wrap-up per turn): its type's metrics then report
 * turns by another agent and abandoned replies.
 */
export function usesSessionExtras(def: MessagingSessionDefinition): boolean {
  return (def.stickyWait ?? 0) > 0 || def.contextLoss !== undefined || def.replyPatience !== undefined || def.wrapUpPerTurn === true;
}

/** The most agent turns a session takes, whatever `exchanges` draws (keeps a heavy tail finite). */
export const MAX_SESSION_TURNS = 10_000;

/**
 * About how long a contact takes an agent's slot, for load estimates: the mean handle time, or for
 * a session of E[k] turns (the mean of `exchanges`) E[k] × the mean handle time, plus, with `held`,
 * (E[k] − 1) × the mean reply gap, and with `released` and `contextLoss`, (E[k] − 1) × the mean
 * extra time: the upper bound, as if every reply reached another agent (nearly so with
 * `sticky: false` and many agents; fewer with `sticky`). Rounding the turns and timeouts are
 * ignored; the wrap-up after each turn (`wrapUpPerTurn`) is the group's, see {@link meanWrapUpsPerSession}.
 *
 * @param meanHandleTime - the mean handle time of the contact type (seconds)
 * @param session - the type's session, if any
 */
export function meanSlotTime(meanHandleTime: number, session: MessagingSessionDefinition | undefined): number {
  if (session === undefined) return meanHandleTime;
  const turns = Math.max(1, session.exchanges.mean);
  const released = session.slotDuringGap === 'released';
  const gaps = released ? 0 : (turns - 1) * session.replyGap.mean;
  const contextLoss = released && session.contextLoss !== undefined ? (turns - 1) * session.contextLoss.mean : 0;
  return turns * meanHandleTime + gaps + contextLoss;
}

/**
 * Wrap-ups per session beyond the session's own (the one after its last turn), for load estimates:
 * E[k] − 1 with `released` and `wrapUpPerTurn` (each turn leaving the customer to reply has the
 * group's wrap-up), else 0.
 */
export function meanWrapUpsPerSession(session: MessagingSessionDefinition | undefined): number {
  if (session === undefined || session.slotDuringGap !== 'released' || session.wrapUpPerTurn !== true) return 0;
  return Math.max(1, session.exchanges.mean) - 1;
}

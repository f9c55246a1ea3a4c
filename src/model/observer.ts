import type { ContactCenterView } from './view';

/**
 * How a contact left the center through a queue exit (see docs/queue-exits.md): `balked` — at
 * arrival instead of waiting; `voicemail` — left a message after its type's maximum wait;
 * `rerouted` — became a contact of another type after the maximum wait; `cleared` — its queue was
 * cleared at closing.
 */
export type QueueExitKind = 'balked' | 'voicemail' | 'rerouted' | 'cleared';

/**
 * Listens to the engine. Observers never change state: they receive the engine's read-only view
 * once with {@link ContactCenterObserver.attach} and are then told what happens. Every method is
 * optional. The contact id is valid (its fields readable through the view) during the call.
 */
export interface ContactCenterObserver {
  /** Receives the view before the run starts. */
  attach?(view: ContactCenterView): void;
  /**
   * Asked once per implemented hook when the run starts (after `attach`): return false for a hook
   * this observer does not need in this run (e.g. callback metrics in a model without callbacks),
   * so the engine never calls it. Without this method every implemented hook is called.
   */
  subscribes?(hook: ObserverHook): boolean;
  /** A contact arrived (before routing). */
  onArrival?(contact: number): void;
  /** A contact was turned away because the waiting room of its channel was full. Terminal. */
  onBlocked?(contact: number): void;
  /** A contact entered a waiting queue. */
  onQueued?(contact: number, queue: number): void;
  /** A contact left its waiting queue (to service or by abandoning). */
  onDequeued?(contact: number, queue: number): void;
  /** Service began; the wait was `now - contactQueuedAt(contact)` (0 when served at once). */
  onServiceStart?(contact: number, agent: number): void;
  /** Handling ended (the contact is served; wrap-up may follow). Terminal. */
  onServiceEnd?(contact: number, agent: number): void;
  /** The customer abandoned while waiting. Terminal. */
  onAbandon?(contact: number): void;
  /**
   * The run ended with this contact still waiting, in service, parked as a scheduled callback or
   * being called back without answer (then `contactAgent` is -1: the attempt is not a service).
   * Terminal.
   */
  onUnfinished?(contact: number): void;
  /**
   * An agent's load or duty changed (after the change). An agent who puts a contact down and
   * takes the next one at the same instant is reported once, after taking it.
   */
  onAgentChange?(agent: number): void;
  /** An issue closed: resolved, or the customer gave up. Fields readable during the call. */
  onIssueClosed?(issue: number, resolved: boolean): void;
  /** The run ended with this issue still open (a contact or a return pending). */
  onIssueOpenAtEnd?(issue: number): void;
  /** A new contact that would wait was offered a callback (after its onArrival). */
  onCallbackOffered?(contact: number, predictedWait: number, accepted: boolean): void;
  /** An agent calls a callback contact back; `answered` false: nobody answers, the agent is busy `attemptTime`. */
  onCallbackAttempt?(contact: number, agent: number, answered: boolean): void;
  /**
   * A contact left through a queue exit (balked at arrival, left a voicemail, was re-routed, was
   * cleared at closing). Terminal. A re-routed contact's successor arrives right after (its own
   * `onArrival`).
   */
  onQueueExit?(contact: number, exit: QueueExitKind): void;
  /**
   * A waiting contact reached its type's maximum wait and was turned into a callback: it keeps
   * its place in line, off the line (not terminal).
   */
  onConvertedToCallback?(contact: number): void;
  /** A new contact that would wait was told its predicted wait (seconds) at arrival (after its onArrival). */
  onAnnouncement?(contact: number, announcedWait: number): void;
  /**
   * A new customer's self-service (IVR, bot) session about `issue` ended, before any contact of
   * the issue; `outcome` is a `SelfServiceOutcome`: 0 contained — the stage resolved the issue (it
   * closes next); 1 escalated, 2 opted out — the customer goes on to the queue as a contact of
   * `type` (its onArrival follows). See docs/channels.md.
   */
  onSelfServiceEnd?(issue: number, type: number, outcome: number): void;
  /**
   * A messaging session's agent turn ended and its customer is to reply (see docs/channels.md):
   * `agent` did the turn. With `slotDuringGap: held` the agent still holds the contact; with
   * `released` the contact is `awaitingReply` with no agent (`contactAgent` -1).
   */
  onSessionGap?(contact: number, agent: number): void;
  /**
   * A messaging session's customer replied and `agent` takes its next turn now (the first turn is
   * `onServiceStart`); the reply came at `contactQueuedAt(contact)`.
   */
  onSessionTurn?(contact: number, agent: number): void;
  /** The warm-up period ended: statistics start now. */
  onWarmupEnd?(): void;
  /** The run ended at `now`. */
  onEnd?(): void;
}

/** The name of a notification method of {@link ContactCenterObserver}. */
export type ObserverHook = Exclude<keyof ContactCenterObserver, 'attach' | 'subscribes'>;

import { EventPriority } from '../core/priority';
import type { EventKind } from '../core/simulator';
import type { RandomStreams, UniformSource } from '../random/streams';
import { growFloat64, growInt32, growUint8 } from '../util/typed-array-growth';
import type { ModelDefinition, SelfServiceDefinition } from './definition';
import type { EngineCore } from './engine-core';
import type { IssueFlow } from './issue-flow';
import { IssueInt, IssueReal } from './issue-table';

/** How a self-service session ended (the third argument of `onSelfServiceEnd`). */
export const SelfServiceOutcome = {
  /** The stage resolved the issue; no agent is involved. */
  contained: 0,
  /** The customer stayed to the end, unresolved, and goes on to the queue with the story told. */
  escalated: 1,
  /** The customer asked for an agent early and goes on to the queue. */
  optedOut: 2,
} as const;

/** A value of {@link SelfServiceOutcome}. */
export type SelfServiceOutcomeValue = (typeof SelfServiceOutcome)[keyof typeof SelfServiceOutcome];

/**
 * Marks in `IssueTable.lastAgent` after an escalated session: the stage passed the customer's
 * context on (the next agent has it), or did not (the customer repeats the story to whoever
 * answers, whatever `journey.context` says). Read by `JourneyRules.hasContext`.
 */
export const SELF_SERVICE_AGENT = { withContext: -2, withoutContext: -3 } as const;

/** True when some contact type of the model has a self-service stage. */
export function usesSelfService(model: ModelDefinition): boolean {
  return model.contactTypes.some((t) => t.selfService !== undefined);
}

/**
 * The self-service (IVR, bot) stage before the queue (see docs/channels.md). A new customer of a
 * type with a stage opens the issue, spends the drawn time in the stage, and then either has the
 * issue resolved (contained: it closes resolved, its customer time is the time in the stage) or
 * goes on to the queue as a new contact of the type.
 *
 * Random stream `self-service:<type>`: per session, in this order, the opt-out uniform, the time
 * in the stage (from `optOutTime` or `time`), the containment uniform; all three are drawn
 * whatever the outcome, so the sessions of two policies stay synchronized. No other stream moves,
 * and a model without a stage never builds this.
 */
export class SelfServiceFlow {
  private readonly defs: readonly (SelfServiceDefinition | undefined)[];
  private readonly streams: readonly (UniformSource | null)[];
  private readonly kEnd: EventKind;
  /** Per issue slot: the session's type, start and outcome. */
  private typeOf: Int32Array = new Int32Array(64);
  private startOf: Float64Array = new Float64Array(64);
  private outcomeOf: Uint8Array = new Uint8Array(64);

  /**
   * @param toQueue - a customer who was not contained goes on as a new contact of `type` about `issue`
   */
  constructor(
    private readonly core: EngineCore,
    streams: RandomStreams,
    private readonly issueFlow: IssueFlow,
    private readonly toQueue: (type: number, issue: number) => void,
  ) {
    const types = core.model.contactTypes;
    this.defs = types.map((t) => t.selfService);
    this.streams = types.map((t) => (t.selfService === undefined ? null : streams.stream(`self-service:${t.name}`)));
    this.kEnd = core.sim.defineEvent('self-service-end', (issue) => this.end(issue));
  }

  /** True when new customers of `type` go through a self-service stage first. */
  applies(type: number): boolean {
    return this.defs[type] !== undefined;
  }

  /** A new customer of `type` about `issue` (just opened) enters the stage now. */
  begin(type: number, issue: number): void {
    const def = this.defs[type]!;
    const u = this.streams[type]!;
    // Stryker disable next-line EqualityOperator: a uniform equals the probability with probability 0 (and never at 0 or 1: uniforms lie strictly inside)
    const optedOut = u.next() < def.optOut;
    const time = optedOut ? (def.optOutTime === null ? 0 : def.optOutTime.sample(u)) : def.time.sample(u);
    // Stryker disable next-line EqualityOperator: a uniform equals the probability with probability 0 (and never at 0 or 1: uniforms lie strictly inside)
    const contained = u.next() < def.containment;
    if (issue >= this.typeOf.length) this.grow(issue);
    this.typeOf[issue] = type;
    this.startOf[issue] = this.core.sim.now;
    this.outcomeOf[issue] = optedOut ? SelfServiceOutcome.optedOut : contained ? SelfServiceOutcome.contained : SelfServiceOutcome.escalated;
    this.core.sim.schedule(time, this.kEnd, issue, EventPriority.arrival);
  }

  private end(issue: number): void {
    const { sim, state, notify } = this.core;
    const issues = state.issues;
    const type = this.typeOf[issue] as number;
    const outcome = this.outcomeOf[issue] as SelfServiceOutcomeValue;
    issues.reals[issue * IssueReal.stride + IssueReal.customerTime]! += sim.now - (this.startOf[issue] as number);
    if (outcome === SelfServiceOutcome.escalated) {
      // The customer told the story to the stage: the first agent has it, or hears it again. The
      // issue's lastChannel is not set: JourneyRules.hasContext never reads it while lastAgent holds
      // a stage mark, and the first agent's service sets both.
      issues.ints[issue * IssueInt.stride + IssueInt.informed] = 1;
      issues.ints[issue * IssueInt.stride + IssueInt.lastAgent] = this.defs[type]!.context ? SELF_SERVICE_AGENT.withContext : SELF_SERVICE_AGENT.withoutContext;
    }
    notify.selfServiceEnd(issue, type, outcome);
    if (outcome === SelfServiceOutcome.contained) this.issueFlow.close(issue, true);
    else this.toQueue(type, issue);
  }

  private grow(issue: number): void {
    // Stryker disable next-line ArithmeticOperator: the loop below doubles n past `issue` from any start
    let n = this.typeOf.length * 2;
    while (n <= issue) n *= 2;
    this.typeOf = growInt32(this.typeOf, n);
    this.startOf = growFloat64(this.startOf, n);
    this.outcomeOf = growUint8(this.outcomeOf, n);
  }
}

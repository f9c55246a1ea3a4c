import type { RandomStreams, UniformSource } from '../random/streams';
import type { CenterState } from './center-state';
import { ContactInt, ContactReal, ServiceOutcome, type ServiceOutcomeValue } from './contact-table';
import type { JourneyDefinition, ModelDefinition, RepeatDefinition } from './definition';
import { IssueInt, type IssueTable } from './issue-table';
import { SELF_SERVICE_AGENT } from './self-service-flow';

/** The journey settings used when a model gives none: no context, no handle-time effects. */
export const DEFAULT_JOURNEY: JourneyDefinition = {
  context: 'none',
  contextHandleFactor: 1,
  repeatHandleFactor: 1,
  maxContacts: 10,
  returnWhenClosed: 'arrive',
};

/**
 * True when every issue of `model` has exactly one contact, which ends it: no contact type has a
 * `repeat`, `retrial` or `transfer` (no contact comes back or passes on), a `callback`, queue
 * exits, a self-service stage, silent abandonment or messaging sessions. An issue then opens with
 * its contact's arrival and closes when that contact ends (served: resolved or given up;
 * abandoned or blocked: given up), or is still open when the run ends; the agent who served it is
 * the issue's last agent. Decided once per model; the journey collector uses it to keep its
 * counts from the issue's close alone (see `JourneyCollector`).
 */
export function singleContactIssues(model: ModelDefinition): boolean {
  return model.contactTypes.every(
    (t) =>
      t.repeat === null &&
      t.retrial === null &&
      t.transfer === null &&
      t.callback === null &&
      t.queueExits === undefined &&
      t.selfService === undefined &&
      t.silentAbandonment === undefined &&
      t.session === undefined,
  );
}

/** When and as what a customer comes back. */
export interface Return {
  readonly delay: number;
  readonly type: number;
}

/**
 * The rules of the customer journey: whether the serving agent has the customer's context, how
 * that changes the handle time, whether a service resolves the issue or ends in a transfer, and
 * whether a customer comes back. Pure decisions over the state; the engine applies them.
 *
 * Random streams: `resolution:<type>` gives each contact one uniform at arrival (so the same
 * contact is resolved under two policies whenever its probability allows it under both);
 * `transfer:<type>` and `return:<type>` are drawn when a service ends, a customer abandons or
 * is blocked.
 */
export class JourneyRules {
  readonly settings: JourneyDefinition;
  private readonly resolutionStream: UniformSource[];
  /** Per type, whether it has a resolution rule (else its resolution uniform is never used). */
  private readonly hasResolution: Uint8Array;
  private readonly transferStream: UniformSource[];
  private readonly returnStream: UniformSource[];

  constructor(
    private readonly model: ModelDefinition,
    private readonly state: CenterState,
    private readonly issues: IssueTable,
    streams: RandomStreams,
  ) {
    this.settings = model.journey ?? DEFAULT_JOURNEY;
    const types = model.contactTypes;
    this.resolutionStream = types.map((t) => streams.stream(`resolution:${t.name}`));
    this.hasResolution = Uint8Array.from(types, (t) => (t.resolution === null ? 0 : 1));
    this.transferStream = types.map((t) => streams.stream(`transfer:${t.name}`));
    this.returnStream = types.map((t) => streams.stream(`return:${t.name}`));
  }

  /**
   * The resolution uniform of a new contact of `type`; 0 without a draw when the type has no
   * resolution rule ({@link JourneyRules.outcome} then never reads it, and the
   * `resolution:<type>` stream serves only this draw, so no other draw moves).
   */
  drawResolution(type: number): number {
    return this.hasResolution[type] === 1 ? this.resolutionStream[type]!.next() : 0;
  }

  /**
   * Whether the agent about to serve contact `c` has the customer's history: on the issue's first
   * contact there is nothing to know; afterwards the agent who served the customer last has it,
   * the first agent after a self-service stage has it when the stage passed it on, and others have
   * it when context is carried over (`omnichannel`, or `same-channel` with the
   * same channel as the last served contact).
   */
  hasContext(c: number, agent: number): boolean {
    const contacts = this.state.contacts;
    const issue = contacts.ints[c * ContactInt.stride + ContactInt.issue] as number;
    if (this.issues.ints[issue * IssueInt.stride + IssueInt.informed] === 0) return false;
    const last = this.issues.ints[issue * IssueInt.stride + IssueInt.lastAgent] as number;
    if (last === agent) return true;
    // Told only to a self-service stage: the agent has it when the stage passed it on.
    // Stryker disable next-line EqualityOperator: an informed issue's last agent is an agent (≥ 0) or a stage mark (-2, -3), never -1 (allocate sets -1 with informed 0)
    if (last < -1) return last === SELF_SERVICE_AGENT.withContext;
    const mode = this.settings.context;
    if (mode === 'omnichannel') return true;
    return mode === 'same-channel' && this.issues.ints[issue * IssueInt.stride + IssueInt.lastChannel] === this.state.typeChannel[contacts.ints[c * ContactInt.stride + ContactInt.type] as number];
  }

  /** Handle-time multiplier of contact `c` given whether its agent has context (see {@link hasContext}). */
  handleFactor(c: number, context: boolean): number {
    if (context) return this.settings.contextHandleFactor;
    const issue = this.state.contacts.ints[c * ContactInt.stride + ContactInt.issue] as number;
    return this.issues.ints[issue * IssueInt.stride + IssueInt.informed] === 1 ? this.settings.repeatHandleFactor : 1;
  }

  /** True when serving `c` without context makes the customer repeat what an agent already heard. */
  repeatsInformation(c: number, context: boolean): boolean {
    return !context && this.issues.ints[(this.state.contacts.ints[c * ContactInt.stride + ContactInt.issue] as number) * IssueInt.stride + IssueInt.informed] === 1;
  }

  /**
   * How the service of contact `c` by `agent` ends for the issue. A transfer counts towards
   * `journey.maxContacts` like any contact: when the issue already has that many contacts, the
   * transfer drawn does not happen and the contact ends unresolved (a group without authority
   * cannot resolve it), so the customer gives up ({@link JourneyRules.nextContact} sees the limit).
   * This bounds transfer loops (a type transferring back to the type that transferred to it).
   */
  outcome(c: number, agent: number): ServiceOutcomeValue {
    const contacts = this.state.contacts;
    const type = contacts.ints[c * ContactInt.stride + ContactInt.type] as number;
    const def = this.model.contactTypes[type]!;
    const groupId = this.state.agents.group[agent] as number;
    const group = this.model.agentGroups[groupId]!;
    if (def.transfer !== null && !group.authority) {
      if (this.transferStream[type]!.next() < def.transfer.probability) {
        if ((this.issues.ints[(contacts.ints[c * ContactInt.stride + ContactInt.issue] as number) * IssueInt.stride + IssueInt.contacts] as number) >= this.settings.maxContacts) return ServiceOutcome.unresolved;
        return ServiceOutcome.transferred;
      }
    }
    const r = def.resolution;
    if (r === null) return ServiceOutcome.resolved;
    const primary = def.requirements[0];
    const profiles = this.state.profiles;
    const level = primary === undefined ? 0 : (group.proficiency[primary.skill] ?? 0);
    const factor =
      profiles !== null && profiles.individual[groupId] === 1
        ? profiles.resolutionMultiplier(agent, type, c)
        : primary === undefined
          ? 1
          : (r.byProficiency[level] ?? 1);
    const p = r.probability * factor * (contacts.ints[c * ContactInt.stride + ContactInt.context] === 1 ? r.withContext : 1);
    return (contacts.reals[c * ContactReal.stride + ContactReal.resolutionDraw] as number) < p ? ServiceOutcome.resolved : ServiceOutcome.unresolved;
  }

  /**
   * Whether the customer of `issue` comes back after a contact of `type` ended unresolved
   * (`behaviour` is the type's `repeat`) or was abandoned or blocked (its `retrial`), and when and
   * as what. Null when the customer gives up (no rule, the draw says no, or `maxContacts` reached).
   */
  nextContact(issue: number, type: number, behaviour: RepeatDefinition | null): Return | null {
    if (behaviour === null || (this.issues.ints[issue * IssueInt.stride + IssueInt.contacts] as number) >= this.settings.maxContacts) return null;
    const u = this.returnStream[type]!;
    if (u.next() >= behaviour.probability) return null;
    const delay = behaviour.delay.sample(u);
    const pickU = u.next();
    let acc = 0;
    let next = type;
    const choices = behaviour.next;
    for (let k = 0; k < choices.length; k++) {
      const [t, p] = choices[k]!;
      acc += p;
      next = t;
      if (pickU < acc) break;
    }
    return { delay, type: next };
  }
}

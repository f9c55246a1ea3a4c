import type { CallbackDefinition, ContactTypeDefinition, ModelDefinition, SegmentDefinition } from '../../src/model/definition';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { deterministic } from '../../src/random/distributions/deterministic';
import { BUILT_IN_POLICIES } from '../../src/routing/registry';
import { simulateModel } from '../../src/run/simulate';
import { journeyModel } from './journey-model';

/** Names of every built-in routing policy. */
export const POLICIES = Object.keys(BUILT_IN_POLICIES);

/**
 * A scheduled callback, accepted by everyone offered one (acceptance base 1), always answered.
 * With one agent and 100 s calls the queue-position predictor says 100 s to a caller with nobody
 * of its type waiting and 200 s with one waiting.
 */
export function scheduledCallback(p: { offerAbove: number; promiseAfter: number; window: number }): CallbackDefinition {
  return {
    mode: 'scheduled',
    offerAbove: p.offerAbove,
    predictor: 'queue-position',
    acceptance: { base: 1, perMinute: 0 },
    promiseAfter: p.promiseAfter,
    window: p.window,
    noAnswer: 0,
    attemptTime: 30,
    retryDelay: 600,
    maxAttempts: 1,
  };
}

/**
 * One agent, 100 s calls (deterministic), patient customers (1,000 s), contacts at the trace
 * `times` of each type in `types` (all need the one skill the agent has), the given segments.
 */
export function exactModel(p: {
  types: readonly (Partial<ContactTypeDefinition> & { times: readonly number[] })[];
  segments?: readonly Omit<SegmentDefinition, 'id'>[];
  policy: string;
}): ModelDefinition {
  const base = journeyModel({ type: { patience: deterministic({ value: 1000 }) } });
  const template = base.contactTypes[0]!;
  const segments = (p.segments ?? [{ name: 'all', share: 1, value: 1, priority: 0 }]).map((s, id) => ({ ...s, id }));
  return {
    ...base,
    segments,
    contactTypes: p.types.map(({ times, ...type }, id) => ({
      ...template,
      name: `type${id}`,
      segmentMix: segments.map((s) => s.share),
      ...type,
      id,
      arrivals: { kind: 'trace', times },
    })),
    routing: { policy: p.policy, options: {} },
  };
}

/** Records `#serial@time` at each service start and the segment of each contact by serial. */
export class StartLog implements ContactCenterObserver {
  readonly starts: string[] = [];
  readonly segments: number[] = [];
  private view!: ContactCenterView;
  attach(view: ContactCenterView): void {
    this.view = view;
  }
  onArrival(c: number): void {
    this.segments[this.view.contactSerial(c)] = this.view.contactSegment(c);
  }
  onServiceStart(c: number): void {
    this.starts.push(`#${this.view.contactSerial(c)}@${this.view.now}`);
  }
}

/** Runs `model` with the invariant checks on; returns the start log and the callback metrics. */
export function runExact(model: ModelDefinition, seed = 1) {
  const log = new StartLog();
  const result = simulateModel(model, { seed, observers: [log], checkInvariants: true });
  return { log, callbacks: result.callbacks[0]! };
}

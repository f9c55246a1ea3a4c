import { describe, expect, it } from 'vitest';
import type { CallbackDefinition, ModelDefinition } from '../../src/model/definition';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel } from '../../src/run/simulate';
import { journeyModel } from './journey-model';

// Predicted waits by queue position with one agent and 100 s handle time: the contact at 1 sees
// 100 s (1.67 min), the one at 2 sees 200 s (3.33 min). Acceptance 3 − 0.9/min: 1 and 0.
const base: CallbackDefinition = {
  mode: 'virtual-hold',
  offerAbove: 50,
  predictor: 'queue-position',
  acceptance: { base: 3, perMinute: -0.9 },
  promiseAfter: 300,
  window: 0,
  noAnswer: 0,
  attemptTime: 30,
  retryDelay: 600,
  maxAttempts: 2,
};

function model(callback: Partial<CallbackDefinition>): ModelDefinition {
  return journeyModel({
    arrivals: { kind: 'trace', times: [0, 1, 2] },
    type: { patience: deterministic({ value: 1000 }), callback: { ...base, ...callback } },
  });
}

class Starts implements ContactCenterObserver {
  log: string[] = [];
  private v!: ContactCenterView;
  attach(view: ContactCenterView): void {
    this.v = view;
  }
  onServiceStart(c: number): void {
    this.log.push(`#${this.v.contactSerial(c)}@${this.v.now}`);
  }
}

function run(m: ModelDefinition): { log: string[]; result: ReturnType<typeof simulateModel> } {
  const starts = new Starts();
  const result = simulateModel(m, { observers: [starts], checkInvariants: true });
  return { log: starts.log, result };
}

describe('callbacks', () => {
  it('keeps the place in line of a virtual-hold callback, and keeps the promise', () => {
    const { log, result } = run(model({}));
    // #1 accepts a virtual-hold callback (keeps its place ahead of #2); #2 declines and holds.
    expect(log).toEqual(['#0@0', '#1@100', '#2@200']);
    const cb = result.callbacks[0]!;
    expect([cb.offered, cb.accepted, cb.attempts, cb.completed, cb.promisesKept, cb.promisesBroken]).toEqual([2, 1, 1, 1, 1, 0]);
    expect(cb.meanTimeToCallback).toBe(99);
    expect(cb.customerHoursSaved).toBeCloseTo(99 / 3600, 12);
  });

  it('calls scheduled callbacks back at the promised time, at the head of the line', () => {
    const { log, result } = run(model({ mode: 'scheduled', promiseAfter: 150, window: 60 }));
    // Both later customers accept (the queue is empty when #2 arrives: #1 is parked, not waiting).
    // #1 is due at 151 and reached at once; #2 is due at 152, waits at the head and is reached at 251.
    expect(log).toEqual(['#0@0', '#1@151', '#2@251']);
    const cb = result.callbacks[0]!;
    expect([cb.accepted, cb.promisesKept, cb.promisesBroken]).toEqual([2, 1, 1]);
    const generous = run(model({ mode: 'scheduled', promiseAfter: 150, window: 100 })).result.callbacks[0]!;
    expect([generous.promisesKept, generous.promisesBroken]).toEqual([2, 0]);
  });

  it('retries an unanswered callback, keeps the agent busy while dialing, and gives up after maxAttempts', () => {
    const { log, result } = run(model({ noAnswer: 1 }));
    // Attempts at 100 (agent busy until 130) and 730; #2 is served 130–230.
    expect(log).toEqual(['#0@0', '#2@130']);
    const cb = result.callbacks[0]!;
    expect([cb.attempts, cb.unanswered, cb.completed, cb.failed]).toEqual([2, 2, 0, 1]);
    expect(result.overall.abandoned).toBe(1);
    expect(result.overall.served).toBe(2);
  });

  it('offers nothing when the predicted wait is short', () => {
    const { result } = run(model({ offerAbove: 1e6 }));
    expect(result.callbacks[0]!.offered).toBe(0);
  });
});

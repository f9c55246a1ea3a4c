import { expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { deterministic } from '../../src/random/distributions/deterministic';
import { expMean, singleQueueModel } from '../support/models';
import { describeReplicated, expectAgreement, summarize } from '../support/replicate';
import { runWindow } from '../support/steady-state';

/**
 * Messaging sessions with released slots at an infinite-server center (40 agents for a mean of 6
 * busy: nobody ever waits). A session of k = 3 turns of exponential work (mean 120 s) with
 * exponential reply gaps (mean 300 s) between them stays E[T] = 3·120 + 2·300 = 960 s, whatever the
 * distributions; with Poisson arrivals at λ = 60/h:
 * - the agents' busy time is the turns' work alone (the gaps free the slot): mean busy agents =
 *   λ·k·120 = 6, i.e. occupancy 6/40 = 0.15 (M/G/∞ on the turns);
 * - Little's law on sessions in the system: L = λ·E[T] = 16, and the measured time-average of
 *   sessions present equals λ̂ × the measured mean resolution time on each sample path, up to edge
 *   terms (sessions present at the warm-up or the horizon, about 2·E[T]/T relative).
 * With `held` the gaps take the slot too: mean busy agents = λ·(3·120 + 2·300) = 16.
 */
const RATE = 60 / 3600;
const WORK = 120;
const GAP = 300;
const TURNS = 3;
const AGENTS = 40;
const SESSION_TIME = TURNS * WORK + (TURNS - 1) * GAP;

/** Time-average number of contacts present between the warm-up and the horizon. */
class SessionsPresent implements ContactCenterObserver {
  private view!: ContactCenterView;
  private present = 0;
  private last = 0;
  private area = 0;
  attach(view: ContactCenterView): void {
    this.view = view;
  }
  private change(delta: number): void {
    const { now, model } = this.view;
    const from = Math.max(this.last, model.warmup);
    const to = Math.min(now, model.horizon);
    if (to > from) this.area += this.present * (to - from);
    this.last = now;
    this.present += delta;
  }
  onArrival(): void {
    this.change(1);
  }
  onServiceEnd(): void {
    this.change(-1);
  }
  onUnfinished(): void {
    this.change(-1);
  }
  /** The time average over [warm-up, horizon]. */
  mean(): number {
    const m = this.view.model;
    return this.area / (m.horizon - m.warmup);
  }
}

function sessionCenter(slotDuringGap: 'held' | 'released'): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: RATE, handleTime: expMean(WORK), agents: AGENTS, ...runWindow(RATE, 4000, 10 * SESSION_TIME) });
  const session = { exchanges: deterministic({ value: TURNS }), replyGap: expMean(GAP), slotDuringGap, sticky: true, timeout: Infinity };
  return {
    ...base,
    contactTypes: base.contactTypes.map((t) => ({ ...t, channel: 3, session })),
    agentGroups: base.agentGroups.map((g) => ({ ...g, concurrency: [0, 0, 0, 1] })),
  };
}

const released = 'M/G/∞ messaging sessions, released slots (3 turns of 120 s, gaps of 300 s)';
describeReplicated(released, sessionCenter('released'), { replications: 10, observer: () => new SessionsPresent() }, (replications) => {
  it('keeps the agents busy for the turns only: mean busy agents = λ·k·work', () => {
    const busy = summarize(replications().map((r) => (r.result.agents.occupancy ?? NaN) * AGENTS));
    expectAgreement(`${released}: busy agents`, busy, RATE * TURNS * WORK, { maxRelativeHalfWidth: 0.05 });
  });
  it('has the session time k·work + (k − 1)·gap and Little’s law on sessions in the system', () => {
    const time = summarize(replications().map((r) => r.result.messagingSessions![0]!.meanResolutionTime));
    expectAgreement(`${released}: resolution time`, time, SESSION_TIME, { maxRelativeHalfWidth: 0.03 });
    const present = summarize(replications().map((r) => r.observer!.mean()));
    expectAgreement(`${released}: sessions in system`, present, RATE * SESSION_TIME, { maxRelativeHalfWidth: 0.05 });
    const little = replications().map((r) => {
      const m = r.result;
      const window = sessionCenterWindow();
      return r.observer!.mean() / ((m.overall.offered / window) * m.messagingSessions![0]!.meanResolutionTime!) - 1;
    });
    expectAgreement(`${released}: L/(λW) − 1`, summarize(little), 0, { maxHalfWidth: 0.02, absoluteFloor: (3 * 2 * SESSION_TIME) / sessionCenterWindow() });
  });
  it('answers every reply at once (infinite servers) and every session takes its 3 turns', () => {
    const s = replications().map((r) => r.result.messagingSessions![0]!);
    for (const x of s) expect([x.meanResponseTime, x.meanTurns, x.timedOut]).toEqual([0, TURNS, 0]);
  });
});

const held = 'M/G/∞ messaging sessions, held slots (3 turns of 120 s, gaps of 300 s)';
describeReplicated(held, sessionCenter('held'), { replications: 10 }, (replications) => {
  it('keeps the slot through the gaps: mean busy agents = λ·(k·work + (k − 1)·gap)', () => {
    const busy = summarize(replications().map((r) => (r.result.agents.occupancy ?? NaN) * AGENTS));
    expectAgreement(`${held}: busy agents`, busy, RATE * SESSION_TIME, { maxRelativeHalfWidth: 0.05 });
  });
});

function sessionCenterWindow(): number {
  const m = sessionCenter('released');
  return m.horizon - m.warmup;
}

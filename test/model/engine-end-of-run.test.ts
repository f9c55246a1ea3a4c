import { describe, expect, it } from 'vitest';
import { ContactState } from '../../src/model/contact-table';
import type { ModelDefinition } from '../../src/model/definition';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulate, simulateModel } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';
import { singleQueueModel } from '../support/models';

/** One agent, calls of 10 s arriving at `times` (one voice type, FIFO). */
function traceModel(times: number[], overrides: Partial<Parameters<typeof singleQueueModel>[0]> = {}): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 10 }), agents: 1, horizon: 1000, ...overrides });
  return { ...base, contactTypes: [{ ...base.contactTypes[0]!, arrivals: { kind: 'trace', times } }] };
}

const stateName = (s: number): string => Object.entries(ContactState).find(([, v]) => v === s)![0];

/**
 * Logs, as `time what #serial ...`, what the observers are told about a contact leaving (with the
 * state and agent the view shows them at that moment), the issues open at the end, and the queue
 * as the run ends.
 */
class EndLog implements ContactCenterObserver {
  readonly lines: string[] = [];
  /** Issue ids of the contacts told unfinished, and of the issues told open at the end. */
  readonly unfinishedIssues: number[] = [];
  readonly openIssues: number[] = [];
  private v!: ContactCenterView;
  attach(view: ContactCenterView): void {
    this.v = view;
  }
  private push(what: string, c: number): void {
    const v = this.v;
    this.lines.push(`${v.now} ${what} #${v.contactSerial(c)} ${stateName(v.contactState(c))} a${v.contactAgent(c)}`);
  }
  onDequeued(c: number): void {
    this.push('dequeued', c);
  }
  onBlocked(c: number): void {
    this.push('blocked', c);
  }
  onAbandon(c: number): void {
    this.push('abandon', c);
  }
  onUnfinished(c: number): void {
    this.push('unfinished', c);
    this.unfinishedIssues.push(this.v.contactIssue(c));
  }
  onIssueOpenAtEnd(issue: number): void {
    this.openIssues.push(issue);
  }
  onWarmupEnd(): void {
    this.lines.push(`${this.v.now} warm-up end`);
  }
  onEnd(): void {
    const v = this.v;
    this.lines.push(`${v.now} end: ${v.waitingOfType(0)} waiting, queue of ${v.queueLength(v.queueOf(0, 0))}`);
  }
}

function run(model: ModelDefinition): EndLog {
  const log = new EndLog();
  simulateModel(model, { seed: 1, observers: [log], checkInvariants: true });
  return log;
}

describe('the engine at the end of a cut run', () => {
  it('takes the waiting contacts out of their queue, and only them, and tells every one left unfinished', () => {
    // #0 is served 0–10, #1 from 10 (in service at the cut, 15), #2 still waits at 15 (the order
    // among contacts at the end is not part of the contract: the lines are compared sorted).
    const log = run({ ...traceModel([0, 1, 2]), horizon: 15, endOfDay: 'cut' });
    expect(log.lines.slice(0, 1)).toEqual(['10 dequeued #1 waiting a-1']);
    expect(log.lines.slice(1, -1).sort()).toEqual(['15 dequeued #2 waiting a-1', '15 unfinished #1 unfinished a0', '15 unfinished #2 unfinished a-1']);
    expect(log.lines.at(-1)).toBe('15 end: 0 waiting, queue of 0');
  });

  it('reports as open at the end exactly the issues of the contacts left unfinished', () => {
    // #0's issue closes when it is served (no resolution rule: resolved); #1's and #2's stay open.
    const log = run({ ...traceModel([0, 1, 2]), horizon: 15, endOfDay: 'cut' });
    expect(log.unfinishedIssues).toHaveLength(2);
    expect([...log.openIssues].sort()).toEqual([...log.unfinishedIssues].sort());
  });

  it('ends a scheduled callback parked past the horizon as unfinished, with no agent', () => {
    // #0 is served 0–100; #1 (at 1) is predicted a wait, accepts a callback promised at 1001, and
    // is still parked at the cut (500).
    const log = new EndLog();
    const result = simulate(callbackScenario(500, { mode: 'scheduled', promise: 1000 }), { seed: 1, observers: [log], checkInvariants: true });
    expect(log.lines.filter((l) => l.includes('unfinished'))).toEqual(['500 unfinished #1 unfinished a-1']);
    expect(result.overall.unfinished).toBe(1);
  });

  it('ends a callback being dialled (nobody answers) as unfinished and still waiting for an agent', () => {
    // #1 accepts a virtual-hold callback; at 100 the agent calls it back, nobody answers, and the
    // agent is dialling 100–160: the cut at 130 finds the contact dialling.
    const log = new EndLog();
    const result = simulate(callbackScenario(130, { mode: 'virtual-hold', noAnswer: 1, attemptTime: 60, retryAfter: 600, maxAttempts: 3 }), {
      seed: 1,
      observers: [log],
      checkInvariants: true,
    });
    expect(log.lines.filter((l) => l.includes('unfinished'))).toEqual(['130 unfinished #1 unfinished a-1']);
    expect(result.overall.unfinished).toBe(1);
  });
});

/** One agent, calls of 100 s at 0 and 1 that are offered (and accept) a callback; cut at `horizon`. */
function callbackScenario(horizon: number, callback: Record<string, unknown>): ScenarioInput {
  return {
    name: 'callbacks at the cut',
    horizon,
    interval: horizon,
    endOfDay: 'cut',
    skills: ['s'],
    contactTypes: [
      {
        name: 'calls',
        skills: { s: 1 },
        handleTime: { kind: 'deterministic', value: 100 },
        arrivals: { trace: [0, 1] },
        callback: { offerWhenWaitAbove: 0, acceptance: 1, ...callback },
      },
    ],
    agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 1 }],
  } as unknown as ScenarioInput;
}

describe('what observers see of a contact that leaves unserved', () => {
  it('shows a blocked contact as blocked and an abandoning one as abandoned when they are told', () => {
    // Room for one waiting call: #0 is served 0–10, #1 waits from 1, #2 finds the room full at 2;
    // #1's patience (4 s) runs out at 5.
    const log = run(traceModel([0, 1, 2], { waitingRoom: 1, patience: deterministic({ value: 4 }) }));
    expect(log.lines.filter((l) => l.includes('blocked') || l.includes('abandon'))).toEqual(['2 blocked #2 blocked a-1', '5 abandon #1 abandoned a-1']);
  });
});

describe('the end of the warm-up', () => {
  it('is told once, at the warm-up’s end, and never in a model without warm-up', () => {
    const at = (warmup: number): string[] => run({ ...traceModel([0, 1, 50]), warmup }).lines.filter((l) => l.includes('warm-up'));
    expect(at(40)).toEqual(['40 warm-up end']);
    expect(at(0)).toEqual([]);
  });
});

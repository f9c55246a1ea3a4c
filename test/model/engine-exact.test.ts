import { describe, expect, it } from 'vitest';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import type { ModelDefinition } from '../../src/model/definition';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel } from '../../src/run/simulate';
import { singleQueueModel } from '../support/models';

/** Records (time, what, contact serial, agent) for exact assertions. */
class Recorder implements ContactCenterObserver {
  log: string[] = [];
  private v!: ContactCenterView;
  attach(view: ContactCenterView): void {
    this.v = view;
  }
  private push(what: string, c: number, agent = -1): void {
    this.log.push(`${this.v.now} ${what} #${this.v.contactSerial(c)}${agent >= 0 ? ` a${agent}` : ''}`);
  }
  onArrival(c: number): void {
    this.push('arrive', c);
  }
  onServiceStart(c: number, a: number): void {
    this.push('start', c, a);
  }
  onServiceEnd(c: number, a: number): void {
    this.push('end', c, a);
  }
  onAbandon(c: number): void {
    this.push('abandon', c);
  }
  onBlocked(c: number): void {
    this.push('blocked', c);
  }
  onUnfinished(c: number): void {
    this.push('unfinished', c);
  }
}

function traceModel(times: number[], overrides: Partial<Parameters<typeof singleQueueModel>[0]> = {}): ModelDefinition {
  const base = singleQueueModel({
    arrivalRate: 1,
    handleTime: deterministic({ value: 10 }),
    agents: 1,
    horizon: 1000,
    endOfDay: 'drain',
    ...overrides,
  });
  return {
    ...base,
    contactTypes: [{ ...base.contactTypes[0]!, arrivals: { kind: 'trace', times } }],
  };
}

function run(model: ModelDefinition): { log: string[]; result: ReturnType<typeof simulateModel> } {
  const rec = new Recorder();
  const result = simulateModel(model, { seed: 1, observers: [rec], checkInvariants: true });
  return { log: rec.log, result };
}

describe('engine: exact small scenarios', () => {
  it('serves a contact arriving at the very instant an agent frees up, without waiting', () => {
    const { log, result } = run(traceModel([0, 10]));
    expect(log).toEqual(['0 arrive #0', '0 start #0 a0', '10 end #0 a0', '10 arrive #1', '10 start #1 a0', '20 end #1 a0']);
    expect(result.overall.asa).toBe(0);
  });

  it('queues FIFO and serves in arrival order', () => {
    const { log } = run(traceModel([0, 1, 2]));
    expect(log.filter((l) => l.includes('start'))).toEqual(['0 start #0 a0', '10 start #1 a0', '20 start #2 a0']);
  });

  it('lets a customer abandon when patience runs out, and cancels the timer when service starts', () => {
    const model = traceModel([0, 1, 2], { patience: deterministic({ value: 9.5 }) });
    const { log, result } = run(model);
    // #1 waits from 1 and would leave at 10.5, but is served at 10; #2 waits from 2 and leaves at 11.5.
    expect(log).toContain('10 start #1 a0');
    expect(log).toContain('11.5 abandon #2');
    expect(result.overall.abandoned).toBe(1);
    expect(result.overall.served).toBe(2);
    expect(result.overall.meanTimeToAbandon).toBe(9.5);
  });

  it('serves rather than loses a customer whose patience ends at the instant an agent frees up', () => {
    const model = traceModel([0, 0], { patience: deterministic({ value: 10 }) });
    const { result } = run(model);
    expect(result.overall.served).toBe(2);
    expect(result.overall.abandoned).toBe(0);
  });

  it('blocks contacts when the waiting room is full', () => {
    const { log, result } = run(traceModel([0, 1, 2, 3], { waitingRoom: 1 }));
    expect(log).toContain('2 blocked #2');
    expect(log).toContain('3 blocked #3');
    expect(result.overall.blocked).toBe(2);
    expect(result.overall.blockingRate).toBe(0.5);
  });

  it('frees a place in the waiting room when a waiting contact is taken', () => {
    // Room for one: #1 waits 1–10 and is taken at 10, #3 waits 21–30 and is taken at 30; nobody is blocked.
    const { result } = run(traceModel([0, 1, 20, 21], { waitingRoom: 1 }));
    expect(result.overall.blocked).toBe(0);
    expect(result.overall.served).toBe(4);
  });

  it('marks contacts still in the system at the horizon as unfinished in a cut run', () => {
    const model = { ...traceModel([0, 1, 2]), horizon: 15, endOfDay: 'cut' as const };
    const { log, result } = run(model);
    expect(log.filter((l) => l.includes('unfinished'))).toEqual(['15 unfinished #1', '15 unfinished #2']);
    expect(result.overall.unfinished).toBe(2);
    expect(result.overall.answered).toBe(2);
    expect(result.overall.served).toBe(1);
  });

  it('lets an agent finish the contact in hand at the end of a shift, then log off', () => {
    const base = traceModel([0, 5, 12]);
    const model: ModelDefinition = {
      ...base,
      agentGroups: [{ ...base.agentGroups[0]!, staffing: { kind: 'shifts', shifts: [{ start: 0, end: 6, agents: 1 }], period: 86_400 } }],
    };
    const { log, result } = run(model);
    // The agent is busy with #0 until 10 (past its shift end at 6), finishes it, and logs off: #1 and #2 stay unserved.
    expect(log).toContain('10 end #0 a0');
    expect(log.filter((l) => l.includes('start'))).toEqual(['0 start #0 a0']);
    expect(result.overall.unfinished).toBe(2);
    expect(result.agents.staffedHours * 3600).toBeCloseTo(10, 9);
  });

  it('brings agents on duty at interval boundaries and gives them waiting work at once', () => {
    const base = traceModel([0, 1]);
    const model: ModelDefinition = {
      ...base,
      agentGroups: [{ ...base.agentGroups[0]!, staffing: { kind: 'intervals', intervalLength: 100, agents: [0, 2], period: 86_400 } }],
    };
    const { log } = run(model);
    expect(log.filter((l) => l.includes('start'))).toEqual(['100 start #0 a0', '100 start #1 a1']);
  });

  it('excludes contacts that arrive during the warm-up from statistics', () => {
    const model = { ...traceModel([0, 1, 50, 51]), warmup: 40 };
    const { result } = run(model);
    expect(result.overall.offered).toBe(2);
    expect(result.overall.asa).toBe(4.5);
  });
});

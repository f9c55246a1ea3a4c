import { describe, expect, it } from 'vitest';
import {
  agentsForBlocking,
  agentsForServiceLevel,
  erlangA,
  erlangB,
  erlangC,
  erlangCStaffing,
  finiteQueue,
  priorityQueue,
} from '../../src/analytic/index';

const ok = { arrivalRate: 0.05, meanServiceTime: 180, agents: 12 } as const;

describe('input validation', () => {
  it('rejects a negative or non-finite arrival rate, naming the field', () => {
    expect(() => erlangC({ ...ok, arrivalRate: -1 })).toThrow(RangeError);
    expect(() => erlangC({ ...ok, arrivalRate: -1 })).toThrow(/erlangC: arrivalRate .*-1/);
    expect(() => erlangA({ ...ok, meanPatience: 60, arrivalRate: Number.NaN })).toThrow(/arrivalRate/);
    expect(() => finiteQueue({ ...ok, capacity: 20, arrivalRate: Infinity })).toThrow(/arrivalRate/);
  });

  it('rejects zero, negative and non-integer agents', () => {
    for (const agents of [0, -3, 2.5, Number.NaN]) {
      expect(() => erlangC({ ...ok, agents })).toThrow(RangeError);
      expect(() => erlangC({ ...ok, agents })).toThrow(/agents must be a positive integer/);
      expect(() => erlangB(5, agents)).toThrow(/erlangB: agents/);
      expect(() => erlangA({ ...ok, agents, meanPatience: 60 })).toThrow(/erlangA: agents/);
    }
  });

  it('rejects a non-positive mean service time or patience', () => {
    expect(() => erlangC({ ...ok, meanServiceTime: 0 })).toThrow(/meanServiceTime must be a positive/);
    expect(() => erlangA({ ...ok, meanPatience: 0 })).toThrow(/meanPatience/);
    expect(() => erlangA({ ...ok, meanPatience: Infinity })).toThrow(/meanPatience/);
  });

  it('rejects wrong types with a TypeError', () => {
    expect(() => erlangC({ ...ok, agents: '12' as unknown as number })).toThrow(TypeError);
    expect(() => erlangC(null as unknown as typeof ok)).toThrow(TypeError);
    expect(() => priorityQueue({ ...ok, arrivalRates: 0.1 as unknown as number[] })).toThrow(TypeError);
  });

  it('rejects targets and times outside their ranges', () => {
    expect(() => agentsForBlocking(10, 0)).toThrow(/targetBlocking must be in \(0, 1\]/);
    expect(() => erlangB(-1, 3)).toThrow(/offeredLoad/);
    const target = { arrivalRate: 0.05, meanServiceTime: 180, targetTime: 20, target: 1 };
    expect(() => agentsForServiceLevel(target)).toThrow(/target must be in \[0, 1\)/);
    expect(() => agentsForServiceLevel({ ...target, target: 0.8, targetTime: -5 })).toThrow(/targetTime/);
    expect(() => erlangCStaffing({ ...target, target: 0.8, maxOccupancy: 0 })).toThrow(/maxOccupancy/);
    expect(() => erlangCStaffing({ ...target, target: 0.8, rowsAfter: 1.5 })).toThrow(/rowsAfter/);
    expect(() => erlangC(ok).serviceLevel(-1)).toThrow(/targetTime/);
    expect(() => erlangC(ok).waitQuantile(1)).toThrow(/p must be in \[0, 1\)/);
    expect(() => erlangA({ ...ok, meanPatience: 60 }).serviceLevel(Number.NaN)).toThrow(/targetTime/);
  });

  it('rejects a capacity below the number of agents', () => {
    expect(() => finiteQueue({ ...ok, capacity: 11 })).toThrow(/capacity must be an integer >= agents \(12\), got 11/);
    expect(() => finiteQueue({ ...ok, capacity: 12.5 })).toThrow(/capacity/);
  });

  it('refuses an Erlang A queue that would need millions of states, with a clear message', () => {
    // Overload 100× with a patience of 30 years: the queue settles around 10^11 contacts.
    expect(() => erlangA({ arrivalRate: 100, meanServiceTime: 1, agents: 1, meanPatience: 1e9 })).toThrow(
      /erlangA: the queue-length distribution needs more than 5000000 states/,
    );
  });

  it('rejects empty or negative priority classes', () => {
    expect(() => priorityQueue({ ...ok, arrivalRates: [] })).toThrow(/at least one class/);
    expect(() => priorityQueue({ ...ok, arrivalRates: [0.1, -0.2] })).toThrow(/arrivalRates\[1\]/);
  });
});

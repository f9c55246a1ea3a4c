import { describe, expect, it } from 'vitest';
import { simulate, simulateModel } from '../../src/run/simulate';
import { center } from '../support/interruption-center';

/**
 * The detailed metrics' busy time and per-group intervals when the run is cut inside an interval,
 * worked by hand: 2 agents, 40-minute calls at 0 and 75 min, hourly intervals, cut at 90 min.
 * Call 1 is served 0–40 min; call 2 from 75 min and is still in service at the cut.
 */
const input = {
  name: 'detailed-cut',
  horizon: '90m',
  interval: '1h',
  endOfDay: 'cut',
  skills: ['s'],
  contactTypes: [{ name: 'a', skills: { s: 1 }, handleTime: { kind: 'deterministic', value: '40m' }, arrivals: { trace: [0, 4500] } }],
  agentGroups: [{ name: 'g', skills: { s: 1 }, agents: 2 }],
};

describe('detailed metrics of a run cut inside an interval', () => {
  it('count the busy time of a contact still in service up to the cut', () => {
    const d = simulate(input as never, { seed: 1, checkInvariants: true, metrics: { detailed: true } }).detailed!;
    // 40 min + 15 min busy with type a, out of 2 × 1.5 h on duty.
    expect(d.busyByAgentGroup[0]!.byContactType[0]!.busyHours).toBeCloseTo(55 / 60, 12);
    expect(d.busyByAgentGroup[0]!.byContactType[0]!.share).toBeCloseTo(55 / 60 / 3, 12);
  });

  it('close the last interval at the cut, not at the interval’s end', () => {
    const [first, second] = simulate(input as never, { seed: 1, checkInvariants: true, metrics: { detailed: true } }).detailed!.byAgentGroupAndInterval[0]!.intervals;
    expect(first!.occupancy).toBeCloseTo(2400 / 7200, 12);
    // [60, 90) min: 900 s busy of 2 × 1,800 s on duty.
    expect(second!.occupancy).toBeCloseTo(900 / 3600, 12);
    expect(second!.agentsOnDuty).toBeCloseTo(2, 12);
  });
});

/**
 * A chat served from 0 s for 1,000 s of work, suspended 100–400 s by a 300-s call (interruptions),
 * so it ends at 1,300 s; warm-up 600 s. After the warm-up the chat is in service 600–1,300 s: 700 s,
 * which is also the group's occupied time (occupancy × staffed time).
 */
describe('detailed metrics of a contact suspended before the warm-up', () => {
  const model = center({
    types: [
      { name: 'chat', channel: 1, at: [0], time: 1000 },
      { name: 'call', channel: 0, at: [100], time: 300 },
    ],
    concurrency: [1, 1, 0, 0],
    suspends: [1],
    horizon: 2000,
  });

  // KNOWN BUG (found in session qs): DetailTally.serviceEnded subtracts all of the contact's time
  // away, also the 300 s before the warm-up, and reports 400 s. A fix needs the time away at the
  // warm-up of the contacts then in service, which only the collector (onWarmupEnd) can take.
  // When it is fixed, this test fails: make it an ordinary `it`.
  it.fails('count its time in service after the warm-up only', () => {
    const r = simulateModel({ ...model, warmup: 600 }, { checkInvariants: true, metrics: { detailed: true } });
    const group = r.byAgentGroup[0]!;
    expect(group.occupancy! * group.staffedHours).toBeCloseTo(700 / 3600, 12);
    expect(r.detailed!.busyByAgentGroup[0]!.byContactType[0]!.busyHours).toBeCloseTo(700 / 3600, 12);
  });

  it('count all of it without a warm-up: 1,000 s of chat and 300 s of call', () => {
    const r = simulateModel(model, { checkInvariants: true, metrics: { detailed: true } });
    const [chat, call] = r.detailed!.busyByAgentGroup[0]!.byContactType;
    expect(chat!.busyHours).toBeCloseTo(1000 / 3600, 12);
    expect(call!.busyHours).toBeCloseTo(300 / 3600, 12);
  });
});

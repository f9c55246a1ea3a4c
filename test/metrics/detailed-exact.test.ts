import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';

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

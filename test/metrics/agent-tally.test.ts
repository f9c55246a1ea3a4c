import { describe, expect, it } from 'vitest';
import { AgentTally, ServedField as F } from '../../src/metrics/agent-tally';
import { IntervalGrid } from '../../src/metrics/stats/interval-grid';
import type { ContactCenterView } from '../../src/model/view';

/**
 * A stub view: agents 0 and 1 in group desk, agent 2 in group back (both at site hq), agent 3 in
 * group home (site remote, an individual named ann). Loads are voice calls.
 */
function stubCenter(groups = 3) {
  const groupOf = groups === 1 ? [0, 0] : [0, 0, 1, 2];
  const load = groupOf.map(() => 0);
  const available = groupOf.map(() => false);
  const agentGroups = [
    { id: 0, name: 'desk', site: 0, concurrency: [1] },
    { id: 1, name: 'back', site: 0, concurrency: [1] },
    { id: 2, name: 'home', site: 1, concurrency: [1], individuals: { agents: [{ name: 'ann' }] } },
  ].slice(0, groups);
  const view = {
    now: 0,
    agentCount: groupOf.length,
    model: { agentGroups, sites: groups === 1 ? [{ id: 0, name: 'hq' }] : [{ id: 0, name: 'hq' }, { id: 1, name: 'remote' }] },
    agentGroup: (a: number) => groupOf[a]!,
    agentAvailable: (a: number) => available[a]!,
    agentLoad: (a: number, ch?: number) => (ch === undefined || ch === 0 ? load[a]! : 0),
  };
  return { view, load, available, asView: view as unknown as ContactCenterView };
}

describe('AgentTally', () => {
  it('sums agent time and the caller’s answered counts per group, site, all agents and agent, by hand', () => {
    const { view, load, available, asView } = stubCenter();
    // two intervals of 50 s
    const tally = new AgentTally(asView, IntervalGrid.covering(100, 50), true);
    const at = (now: number, a: number) => {
      view.now = now;
      tally.change(a);
    };
    for (let a = 0; a < 4; a++) {
      available[a] = true;
      at(0, a);
    }
    load[0] = 1;
    at(20, 0); // agent 0 busy 20..60
    load[0] = 0;
    at(60, 0);
    available[2] = false;
    at(80, 2); // agent 2 logs off at 80
    available[3] = false;
    at(110, 3); // agent 3 logs off at 110, after the intervals' end
    // what the collector counts on its hot path
    const serve = (records: Float64Array, i: number, ...handles: number[]) => {
      records[i * F.stride + F.answered] = handles.length;
      for (const h of handles) AgentTally.serve(records, i * F.stride, h);
    };
    serve(tally.groupServed, 0, 100, 200);
    serve(tally.groupServed, 1, 30);
    serve(tally.agentServed, 0, 100, 200);
    tally.agentServed[0 * F.stride + F.resolved] = 1;
    serve(tally.agentServed, 2, 30);
    tally.agentServed[2 * F.stride + F.resolved] = 1;
    view.now = 120;
    tally.close(120, 100);

    // per interval: 4 agents × 50 s, then 4 × 30 s + 3 × 20 s; busy 30 s, then 10 s
    expect([tally.staffedIn(0), tally.staffedIn(1), tally.busyIn(0), tally.busyIn(1)]).toEqual([200, 180, 30, 10]);
    expect([tally.meanStaffedIn(0), tally.meanStaffedIn(1)]).toEqual([4, 3.6]);
    const h = (s: number) => s / 3600;
    const { all, byGroup, bySite } = tally.summaries();
    expect(byGroup).toEqual([
      { name: 'desk', staffedHours: h(240), occupancy: 40 / 240, utilization: 40 / 240, answered: 2, served: 2, meanHandleTime: 150 },
      { name: 'back', staffedHours: h(80), occupancy: 0, utilization: 0, answered: 1, served: 1, meanHandleTime: 30 },
      { name: 'home', staffedHours: h(110), occupancy: 0, utilization: 0, answered: 0, served: 0, meanHandleTime: null },
    ]);
    expect(bySite).toEqual([
      { name: 'hq', staffedHours: h(320), occupancy: 40 / 320, utilization: 40 / 320, answered: 3, served: 3, meanHandleTime: 110 },
      { name: 'remote', staffedHours: h(110), occupancy: 0, utilization: 0, answered: 0, served: 0, meanHandleTime: null },
    ]);
    expect(all).toEqual({ staffedHours: h(430), occupancy: 40 / 430, utilization: 40 / 430, answered: 3, served: 3, meanHandleTime: 110 });
    expect(tally.byAgent()).toEqual([
      { name: 'desk#0', group: 'desk', staffedHours: h(120), occupancy: 1 / 3, utilization: 1 / 3, answered: 2, served: 2, meanHandleTime: 150, resolved: 1, resolutionRate: 0.5 },
      { name: 'desk#1', group: 'desk', staffedHours: h(120), occupancy: 0, utilization: 0, answered: 0, served: 0, meanHandleTime: null, resolved: 0, resolutionRate: null },
      { name: 'back#0', group: 'back', staffedHours: h(80), occupancy: 0, utilization: 0, answered: 1, served: 1, meanHandleTime: 30, resolved: 1, resolutionRate: 1 },
      { name: 'ann', group: 'home', staffedHours: h(110), occupancy: 0, utilization: 0, answered: 0, served: 0, meanHandleTime: null, resolved: 0, resolutionRate: null },
    ]);
  });

  it('closes the intervals at the run end when the last change came later than the grid end, and forgets time before restart()', () => {
    const { view, load, available, asView } = stubCenter(1);
    const tally = new AgentTally(asView, IntervalGrid.covering(100, 50), false);
    // one record per group; no per-agent records without perAgent
    expect([tally.groupServed.length, tally.agentServed.length]).toEqual([F.stride, 0]);
    available[0] = true;
    view.now = 10;
    tally.change(0);
    load[1] = 1;
    view.now = 30;
    tally.change(1); // agent 1 busy from 30 (on duty while holding the call)
    tally.restart(40);
    view.now = 70;
    tally.close(70, 70); // the run ended at 70, before the grid's end
    expect([tally.staffedIn(0), tally.staffedIn(1), tally.busyIn(0), tally.busyIn(1)]).toEqual([40 + 20, 40, 20, 20]);
    expect(tally.summaries().all).toEqual({ staffedHours: 60 / 3600, occupancy: 0.5, utilization: 0.5, answered: 0, served: 0, meanHandleTime: null });
  });
});

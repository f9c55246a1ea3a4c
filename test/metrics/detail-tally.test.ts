import { describe, expect, it } from 'vitest';
import { DetailTally } from '../../src/metrics/detail-tally';
import type { NamedAgentMetrics } from '../../src/metrics/result';
import { IntervalGrid } from '../../src/metrics/stats/interval-grid';
import type { ContactCenterView } from '../../src/model/view';

/**
 * DetailTally driven by hand through a stub view: contact types alpha and beta, agent groups
 * front (agent 0) and back (agent 1), hourly intervals over 2 h. Contacts carry their type,
 * service start and time away (time suspended by calls, or a session's reply gaps).
 */
interface StubContact {
  type: number;
  serviceStart?: number;
  timeAway?: number;
}

function stubCenter() {
  const contacts: StubContact[] = [];
  const groupOf = [0, 1];
  const view = {
    now: 0,
    agentCount: groupOf.length,
    model: {
      contactTypes: [
        { id: 0, name: 'alpha' },
        { id: 1, name: 'beta' },
      ],
      agentGroups: [
        { id: 0, name: 'front' },
        { id: 1, name: 'back' },
      ],
    },
    agentGroup: (a: number) => groupOf[a]!,
    contactType: (c: number) => contacts[c]!.type,
    contactServiceStart: (c: number) => contacts[c]!.serviceStart ?? 0,
    contactTimeAway: (c: number) => contacts[c]!.timeAway ?? 0,
  };
  const tally = new DetailTally(view as unknown as ContactCenterView, IntervalGrid.covering(7200, 3600));
  return { view, contacts, tally };
}

/** The agent metrics the tally reads: only the groups' staffed hours. */
const staffed = (front: number, back: number) =>
  [
    { name: 'front', staffedHours: front },
    { name: 'back', staffedHours: back },
  ] as unknown as NamedAgentMetrics[];

describe('DetailTally', () => {
  it('counts a contact as delayed only when it waited more than 0 s, answered or abandoned', () => {
    const { tally } = stubCenter();
    tally.answer(0, 10, 0, true); // answered at once
    tally.abandon(0, 20, 0); // hung up at once
    tally.abandon(0, 30, 5);
    tally.answer(0, 40, 12, false);
    tally.abandon(1, 50, 0);
    tally.close(7200);
    const d = tally.result(staffed(1, 1));
    expect(d.delays).toEqual({ answeredOrAbandoned: 5, delayed: 2, delayProbability: 2 / 5, answeredAfterDelay: 1, meanDelayedWait: 12 });
    expect(d.delaysByContactType).toEqual([
      { name: 'alpha', answeredOrAbandoned: 4, delayed: 2, delayProbability: 1 / 2, answeredAfterDelay: 1, meanDelayedWait: 12 },
      { name: 'beta', answeredOrAbandoned: 1, delayed: 0, delayProbability: 0, answeredAfterDelay: 0, meanDelayedWait: null },
    ]);
  });

  it('divides an interval’s service level and abandonment rate by answered + abandoned', () => {
    const { tally } = stubCenter();
    // interval 0 of alpha: 4 offered, 2 answered (one within target), 1 abandoned, 1 not finished
    for (const arrival of [100, 200, 300, 400]) tally.offer(0, arrival);
    tally.answer(0, 100, 10, true);
    tally.answer(0, 200, 50, false);
    tally.abandon(0, 300, 40);
    tally.close(7200);
    const [first, second] = tally.result(staffed(1, 1)).byContactTypeAndInterval[0]!.intervals;
    expect(first).toEqual({
      start: 0,
      offered: 4,
      answered: 2,
      abandoned: 1,
      answeredWithinTarget: 1,
      serviceLevel: 1 / 3,
      asa: 30,
      abandonmentRate: 1 / 3,
    });
    expect(second).toEqual({ start: 3600, offered: 0, answered: 0, abandoned: 0, answeredWithinTarget: 0, serviceLevel: null, asa: null, abandonmentRate: null });
  });

  it('counts service time from the warm-up on, less the time away, and nothing for a service that ended before the warm-up', () => {
    const { view, contacts, tally } = stubCenter();
    const warmup = 600;
    contacts.push(
      { type: 1, serviceStart: 1000, timeAway: 300 }, // 1000–2800 s, 300 s of it away: 1500 s
      { type: 0, serviceStart: 100 }, // 100–400 s, all before the warm-up: nothing
      { type: 0, serviceStart: 500 }, // 500–1300 s: 700 s after the warm-up
    );
    view.now = 2800;
    tally.serviceEnded(0, 1, warmup);
    view.now = 400;
    tally.serviceEnded(1, 0, warmup);
    view.now = 1300;
    tally.serviceEnded(2, 0, warmup);
    tally.close(7200);
    const rows = tally.result(staffed(2, 1)).busyByAgentGroup;
    expect(rows).toEqual([
      {
        name: 'front',
        staffedHours: 2,
        byContactType: [
          { name: 'alpha', busyHours: 700 / 3600, share: 700 / 3600 / 2 },
          { name: 'beta', busyHours: 0, share: 0 },
        ],
      },
      {
        name: 'back',
        staffedHours: 1,
        byContactType: [
          { name: 'alpha', busyHours: 0, share: 0 },
          { name: 'beta', busyHours: 1500 / 3600, share: 1500 / 3600 },
        ],
      },
    ]);
  });
});

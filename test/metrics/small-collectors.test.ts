import { describe, expect, it } from 'vitest';
import { ServiceOutcome } from '../../src/model/contact-table';
import type { ContactCenterView } from '../../src/model/view';
import { InterruptionCollector } from '../../src/metrics/interruption-collector';
import { QueueExitCollector } from '../../src/metrics/queue-exit-collector';
import { SelfServiceCollector } from '../../src/metrics/self-service-collector';
import { SilentAbandonCollector } from '../../src/metrics/silent-abandon-collector';

/**
 * The small collectors driven by hand through a stub view: a clock, a warm-up, and per-contact
 * fields set by the test. Only what the collectors read is there.
 */
interface StubContact {
  type: number;
  arrival: number;
  serial?: number;
  queuedAt?: number;
  serviceStart?: number;
  outcome?: number;
  interruptions?: number;
  suspended?: number;
}

function stubView(contactTypes: Record<string, unknown>[], warmup: number, agentGroups: Record<string, unknown>[] = []) {
  const contacts: StubContact[] = [];
  const issuesOpenedAt: number[] = [];
  const view = {
    now: 0,
    model: { warmup, contactTypes: contactTypes.map((t, id) => ({ id, name: `type${id}`, channel: 0, ...t })), agentGroups },
    contactArrival: (c: number) => contacts[c]!.arrival,
    contactType: (c: number) => contacts[c]!.type,
    contactSerial: (c: number) => contacts[c]!.serial ?? c,
    contactQueuedAt: (c: number) => contacts[c]!.queuedAt ?? contacts[c]!.arrival,
    contactServiceStart: (c: number) => contacts[c]!.serviceStart ?? 0,
    contactOutcome: (c: number) => contacts[c]!.outcome ?? ServiceOutcome.none,
    issueOpenedAt: (i: number) => issuesOpenedAt[i]!,
    contactInterruptions: (c: number) => contacts[c]!.interruptions ?? 0,
    contactSuspendedTime: (c: number) => contacts[c]!.suspended ?? 0,
  };
  return { view, contacts, issuesOpenedAt, asView: view as unknown as ContactCenterView };
}

describe('SilentAbandonCollector', () => {
  it('counts the served contacts that arrived from the warm-up on, and the discovery time of those whose customer had left', () => {
    const { view, contacts, asView } = stubView([{ silentAbandonment: {} }, {}, { silentAbandonment: {} }], 100);
    const collector = new SilentAbandonCollector();
    collector.attach(asView);
    contacts.push(
      { type: 0, arrival: 99, serviceStart: 120, outcome: ServiceOutcome.silentAbandoned }, // before the warm-up
      { type: 0, arrival: 100, serviceStart: 130, outcome: ServiceOutcome.silentAbandoned }, // at it: counted
      { type: 0, arrival: 150, serviceStart: 160, outcome: ServiceOutcome.resolved },
      { type: 0, arrival: 160, serviceStart: 170, outcome: ServiceOutcome.silentAbandoned },
    );
    view.now = 140;
    collector.onServiceEnd(0);
    collector.onServiceEnd(1); // discovered 10 s after its service began
    view.now = 200;
    collector.onServiceEnd(2);
    collector.onServiceEnd(3); // 30 s
    expect(collector.result()).toEqual([
      { name: 'type0', served: 3, silentAbandoned: 2, silentAbandonedShare: 2 / 3, meanDiscoveryTime: 20 },
      // a type with silent abandonment but nothing served
      { name: 'type2', served: 0, silentAbandoned: 0, silentAbandonedShare: null, meanDiscoveryTime: null },
    ]);
  });
});

describe('SelfServiceCollector', () => {
  it('counts the sessions that ended from the warm-up on by outcome, with their time since the issue opened', () => {
    const { view, issuesOpenedAt, asView } = stubView([{ selfService: {} }, { selfService: {} }, {}], 50);
    const collector = new SelfServiceCollector();
    collector.attach(asView);
    issuesOpenedAt.push(0, 40, 60, 70, 80);
    view.now = 49;
    collector.onSelfServiceEnd(0, 0, 0); // ended before the warm-up: not counted
    view.now = 50;
    collector.onSelfServiceEnd(1, 0, 0); // contained, 10 s
    view.now = 100;
    collector.onSelfServiceEnd(2, 0, 1); // escalated, 40 s
    collector.onSelfServiceEnd(3, 0, 2); // opted out, 30 s
    collector.onSelfServiceEnd(4, 0, 0); // contained, 20 s
    expect(collector.result()).toEqual([
      { name: 'type0', sessions: 4, contained: 2, escalated: 1, optedOut: 1, containmentRate: 0.5, meanTime: 25 },
      { name: 'type1', sessions: 0, contained: 0, escalated: 0, optedOut: 0, containmentRate: null, meanTime: null },
    ]);
  });
});

describe('QueueExitCollector', () => {
  it('counts exits and announcements of contacts that arrived from the warm-up on, and the announced against the actual wait', () => {
    const { view, contacts, asView } = stubView([{ queueExits: {} }, {}], 10);
    const collector = new QueueExitCollector();
    collector.attach(asView);
    expect(collector.subscribes('onArrival')).toBe(true);
    contacts.push(
      { type: 0, arrival: 5 }, // 0: before the warm-up
      { type: 0, arrival: 10 }, // 1: balks
      { type: 0, arrival: 12 }, // 2: voicemail
      { type: 0, arrival: 13 }, // 3: rerouted
      { type: 0, arrival: 14 }, // 4: cleared
      { type: 0, arrival: 15 }, // 5: converted to a callback
      { type: 0, arrival: 20, queuedAt: 20 }, // 6: announced 60 s, answered after 40 s
      { type: 0, arrival: 30, queuedAt: 30 }, // 7: announced 10 s, answered after 30 s
      { type: 0, arrival: 40 }, // 8: announced, then abandons
      { type: 0, arrival: 41 }, // 9: announced, then balks
      { type: 0, arrival: 42 }, // 10: announced, unfinished at the end
      { type: 0, arrival: 43 }, // 11: answered without an announcement
    );
    for (let c = 0; c < contacts.length; c++) collector.onArrival(c);
    collector.onQueueExit(0, 'balked');
    collector.onQueueExit(1, 'balked');
    collector.onQueueExit(2, 'voicemail');
    collector.onQueueExit(3, 'rerouted');
    collector.onQueueExit(4, 'cleared');
    collector.onConvertedToCallback(0);
    collector.onConvertedToCallback(5);
    collector.onAnnouncement(0, 99);
    collector.onAnnouncement(6, 60);
    collector.onAnnouncement(7, 10);
    for (const c of [8, 9, 10]) collector.onAnnouncement(c, 5);
    collector.onAbandon(8);
    collector.onQueueExit(9, 'balked');
    collector.onUnfinished(10);
    view.now = 60;
    collector.onServiceStart(6);
    collector.onServiceStart(7);
    for (const c of [0, 8, 9, 10, 11]) collector.onServiceStart(c); // nothing pending for these
    const [metrics] = collector.result();
    expect(metrics).toEqual({
      name: 'type0',
      balked: 2,
      balkingRate: 2 / 11,
      voicemail: 1,
      convertedToCallback: 1,
      rerouted: 1,
      cleared: 1,
      announced: 5,
      announcedAnswered: 2,
      meanAnnouncedWait: 35,
      meanActualWait: 35,
      // |60 − 40| + |10 − 30| = 40 over 2 answered; over 70 s actually waited
      announcementMeanAbsoluteError: 20,
      announcementRelativeError: 40 / 70,
    });
    expect(collector.result()).toHaveLength(1);
  });

  it('does not listen when no type has queue exits', () => {
    const { asView } = stubView([{}], 0);
    const collector = new QueueExitCollector();
    collector.attach(asView);
    expect(collector.subscribes('onArrival')).toBe(false);
    expect(collector.result()).toEqual([]);
  });
});

describe('InterruptionCollector', () => {
  it('reports the types of the channels some group suspends, with handle times net of the suspensions', () => {
    // channels: 0 voice, 1 chat, 2 e-mail; group 0 suspends e-mail, group 1 chat and e-mail
    const { view, contacts, asView } = stubView([{ channel: 2 }, { channel: 0 }, { channel: 1 }, { channel: 2 }], 100, [
      { interruptions: { suspends: [2] } },
      { interruptions: { suspends: [1, 2] } },
      {},
    ]);
    const collector = new InterruptionCollector();
    collector.attach(asView);
    contacts.push(
      { type: 0, arrival: 99, serviceStart: 100, interruptions: 1, suspended: 50 }, // before the warm-up
      { type: 0, arrival: 100, serviceStart: 100, interruptions: 2, suspended: 60 }, // 300 s in service, 240 s of work
      { type: 0, arrival: 150, serviceStart: 200, interruptions: 0 }, // 200 s of work
      { type: 0, arrival: 160, serviceStart: 210, interruptions: 1, suspended: 40 }, // 190 s, 150 s of work
    );
    view.now = 400;
    for (const c of [0, 1, 2]) collector.onServiceEnd(c);
    view.now = 400;
    collector.onServiceEnd(3);
    expect(collector.result()).toEqual([
      { name: 'type0', served: 3, interrupted: 2, interruptions: 3, interruptionsPerContact: 1, meanSuspendedTime: 50, meanHandleTime: (240 + 200 + 150) / 3 },
      { name: 'type2', served: 0, interrupted: 0, interruptions: 0, interruptionsPerContact: null, meanSuspendedTime: null, meanHandleTime: null },
      { name: 'type3', served: 0, interrupted: 0, interruptions: 0, interruptionsPerContact: null, meanSuspendedTime: null, meanHandleTime: null },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { ServiceOutcome } from '../../src/model/contact-table';
import type { ContactCenterView } from '../../src/model/view';
import { MessagingSessionCollector } from '../../src/metrics/messaging-session-collector';

/** A contact of the stub view; the test moves its fields along as the session goes. */
interface StubContact {
  type: number;
  arrival: number;
  queuedAt: number;
  serviceStart: number;
  suspended: number;
  outcome: number;
  abandonedReply: boolean;
}

describe('MessagingSessionCollector on a stub view', () => {
  it('measures responses, turns, agent and slot time per session, by hand', () => {
    const contacts = new Map<number, StubContact>();
    const view = {
      now: 0,
      model: {
        warmup: 100,
        contactTypes: [
          // held slot, with reply patience: the extra fields are reported
          { id: 0, name: 'chat', session: { slotDuringGap: 'held', replyPatience: {} } },
          { id: 1, name: 'sms', session: { slotDuringGap: 'released' } },
          { id: 2, name: 'calls' },
        ],
      },
      contactArrival: (c: number) => contacts.get(c)!.arrival,
      contactType: (c: number) => contacts.get(c)!.type,
      contactQueuedAt: (c: number) => contacts.get(c)!.queuedAt,
      contactServiceStart: (c: number) => contacts.get(c)!.serviceStart,
      contactSuspendedTime: (c: number) => contacts.get(c)!.suspended,
      contactOutcome: (c: number) => contacts.get(c)!.outcome,
      contactAbandonedReply: (c: number) => contacts.get(c)!.abandonedReply,
    };
    const add = (c: number, type: number, arrival: number): StubContact => {
      const contact = { type, arrival, queuedAt: arrival, serviceStart: 0, suspended: 0, outcome: ServiceOutcome.none, abandonedReply: false };
      contacts.set(c, contact);
      return contact;
    };
    const collector = new MessagingSessionCollector();
    collector.attach(view as unknown as ContactCenterView);
    const at = (now: number) => (view.now = now);

    // Slot 300 (past the first 256 slots): two turns by two agents, 10 s suspended by a call in the first.
    const long = add(300, 0, 100);
    at(110); long.serviceStart = 110; collector.onServiceStart(300, 1); // first response 10 s
    long.suspended = 10;
    at(150); collector.onSessionGap(300); // 40 s less 10 s suspended: 30 s of work
    long.queuedAt = 180;
    at(200); collector.onSessionTurn(300, 2); // response 20 s, another agent
    at(260); long.outcome = ServiceOutcome.resolved; collector.onServiceEnd(300); // 60 s more: 90 s; slot 260 − 110 − 10 = 140 s
    // Slot 5: one turn, then the customer gives up on a reply.
    const gaveUp = add(5, 0, 120);
    at(130); gaveUp.serviceStart = 130; collector.onServiceStart(5, 3);
    at(170); collector.onSessionGap(5); // 40 s of work
    at(250); gaveUp.abandonedReply = true; gaveUp.outcome = ServiceOutcome.unresolved; collector.onServiceEnd(5); // slot 120 s
    // Slot 6: one turn, then the session times out.
    const quiet = add(6, 0, 125);
    at(140); quiet.serviceStart = 140; collector.onServiceStart(6, 3); // first response 15 s
    at(160); collector.onSessionGap(6); // 20 s of work
    at(300); collector.onServiceEnd(6); // slot 160 s
    // Slot 7 arrived before the warm-up, slot 9 has no session: neither counts.
    add(7, 0, 99);
    add(9, 2, 150);
    for (const c of [7, 9]) {
      collector.onServiceStart(c, 1);
      collector.onSessionGap(c);
      collector.onSessionTurn(c, 2);
      collector.onServiceEnd(c);
    }
    // Slot 8, released slot: two turns by the same agent.
    const sms = add(8, 1, 200);
    at(210); sms.serviceStart = 210; collector.onServiceStart(8, 4);
    at(230); collector.onSessionGap(8); // 20 s
    sms.queuedAt = 250;
    at(260); collector.onSessionTurn(8, 4); // response 10 s
    at(270); sms.outcome = ServiceOutcome.resolved; collector.onServiceEnd(8); // 10 s more: 30 s, the slot time too

    expect(collector.result()).toEqual([
      {
        name: 'chat',
        sessions: 3,
        resolved: 1,
        timedOut: 1,
        resolutionRate: 1 / 3,
        meanFirstResponseTime: 35 / 3,
        meanResponseTime: 20,
        meanResolutionTime: (160 + 130 + 175) / 3,
        meanTurns: 4 / 3,
        meanAgentTime: (90 + 40 + 20) / 3,
        meanSlotTime: (140 + 120 + 160) / 3,
        laterTurns: 1,
        turnsByAnotherAgent: 1,
        anotherAgentShare: 1,
        abandonedReplies: 1,
      },
      {
        name: 'sms',
        sessions: 1,
        resolved: 1,
        timedOut: 0,
        resolutionRate: 1,
        meanFirstResponseTime: 10,
        meanResponseTime: 10,
        meanResolutionTime: 70,
        meanTurns: 2,
        meanAgentTime: 30,
        meanSlotTime: 30,
      },
    ]);
  });

  it('reports null means for a type whose sessions never started, and no share without later turns', () => {
    const view = {
      now: 0,
      model: { warmup: 0, contactTypes: [{ id: 0, name: 'chat', session: { slotDuringGap: 'held', stickyWait: 30 } }] },
    };
    const collector = new MessagingSessionCollector();
    collector.attach(view as unknown as ContactCenterView);
    expect(collector.result()).toEqual([
      {
        name: 'chat',
        sessions: 0,
        resolved: 0,
        timedOut: 0,
        resolutionRate: null,
        meanFirstResponseTime: null,
        meanResponseTime: null,
        meanResolutionTime: null,
        meanTurns: null,
        meanAgentTime: null,
        meanSlotTime: null,
        laterTurns: 0,
        turnsByAnotherAgent: 0,
        anotherAgentShare: null,
        abandonedReplies: 0,
      },
    ]);
  });

  it('keeps the sessions of slot 256 (just past the first slots) and slot 1024 (twice the grown slots)', () => {
    const contacts = new Map<number, { queuedAt: number; outcome: number }>();
    const view = {
      now: 0,
      model: { warmup: 0, contactTypes: [{ id: 0, name: 'sms', session: { slotDuringGap: 'released' } }] },
      contactArrival: () => 0,
      contactType: () => 0,
      contactQueuedAt: (c: number) => contacts.get(c)!.queuedAt,
      contactServiceStart: () => 0,
      contactSuspendedTime: () => 0,
      contactOutcome: (c: number) => contacts.get(c)!.outcome,
      contactAbandonedReply: () => false,
    };
    const collector = new MessagingSessionCollector();
    collector.attach(view as unknown as ContactCenterView);
    for (const c of [256, 1024]) contacts.set(c, { queuedAt: 0, outcome: ServiceOutcome.resolved });
    view.now = 10;
    collector.onServiceStart(256, 1); // first response 10 s
    view.now = 20;
    collector.onServiceStart(1024, 2); // first response 20 s
    view.now = 30;
    collector.onSessionGap(1024); // 10 s of work
    view.now = 40;
    collector.onServiceEnd(256); // one turn of 30 s
    contacts.get(1024)!.queuedAt = 50;
    view.now = 60;
    collector.onSessionTurn(1024, 3); // response 10 s
    view.now = 80;
    collector.onServiceEnd(1024); // 20 s more: 30 s
    expect(collector.result()).toEqual([
      {
        name: 'sms',
        sessions: 2,
        resolved: 2,
        timedOut: 0,
        resolutionRate: 1,
        meanFirstResponseTime: 15,
        meanResponseTime: 10,
        meanResolutionTime: 60,
        meanTurns: 1.5,
        meanAgentTime: 30,
        meanSlotTime: 30,
      },
    ]);
  });
});


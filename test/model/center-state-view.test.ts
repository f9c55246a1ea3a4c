import { beforeEach, describe, expect, it } from 'vitest';
import { ContactState } from '../../src/model/contact-table';
import type { RoutingPolicy } from '../../src/model/routing-policy';
import type { ContactCenterView } from '../../src/model/view';
import { PolicyRegistry } from '../../src/routing/registry';
import { simulate } from '../../src/run/simulate';

/**
 * What the engine's read-only view (`CenterState`) tells a routing policy and the observers,
 * pinned on a hand-worked center. Two skills, two segments (gold 0, std 1), two sites:
 *
 * - type a (0): voice, skill s ≥ 1, 100 s, segment std, calls at 10, 20 and 30 s; resolution with
 *   a factor 0.8 at proficiency 1 and 1.2 at 2;
 * - type b (1): chat, skill t ≥ 1, 40 s, segment gold, one chat at 15 s;
 * - agent 0 (group g0, site north): s at 2, handle-time factor 1.5 at level 2;
 * - agent 1 (group g1, site south): s and t at 1, one call or two chats, factor 0.5 at level 1.
 *
 * Queues are type × 2 + segment: a-std is 1, b-gold is 2. The policy below takes the first agent
 * (lowest id) that can serve, and for a free agent the head of its first served queue it can
 * serve. So: call #0 goes to agent 0 at 10 s (150 s, to 160); chat #1 to agent 1 at 15 s (20 s,
 * to 35); call #2 at 20 s finds agent 0 on a call and agent 1 holding a chat (a call is
 * exclusive) and waits; so does call #3 at 30 s; at 35 s agent 1 puts the chat down and takes #2
 * (50 s, to 85), then #3 at 85 s (to 135).
 */
const scenario = {
  name: 'view',
  horizon: '1h',
  skills: ['s', 't'],
  segments: [
    { name: 'gold', share: 0.5, value: 5, priority: 1 },
    { name: 'std', share: 0.5 },
  ],
  sites: [{ name: 'north' }, { name: 'south' }],
  contactTypes: [
    {
      name: 'a',
      skills: { s: 1 },
      handleTime: { kind: 'deterministic', value: '100s' },
      arrivals: { trace: [10, 20, 30] },
      segments: { std: 1 },
      resolution: { probability: 0.5, byProficiency: { 1: 0.8, 2: 1.2 } },
    },
    { name: 'b', channel: 'chat', skills: { t: 1 }, handleTime: { kind: 'deterministic', value: '40s' }, arrivals: { trace: [15] }, segments: { gold: 1 } },
  ],
  agentGroups: [
    { name: 'g0', site: 'north', skills: { s: 2 }, agents: 1, handleTimeFactor: { 2: 1.5 } },
    { name: 'g1', site: 'south', skills: { s: 1, t: 1 }, channels: { voice: 1, chat: 2 }, agents: 1, handleTimeFactor: { 1: 0.5 } },
  ],
  routing: { policy: 'recording' },
};

type Snapshot = Record<string, unknown>;

/** What the view says about contact `c` and the center, when the policy is asked to route it. */
function atArrival(v: ContactCenterView, c: number): Snapshot {
  const issue = v.contactIssue(c);
  return {
    now: v.now,
    type: v.contactType(c),
    segment: v.contactSegment(c),
    channel: v.contactChannel(c),
    customer: v.contactCustomer(c),
    arrival: v.contactArrival(c),
    queuedAt: v.contactQueuedAt(c),
    state: v.contactState(c),
    agent: v.contactAgent(c),
    serial: v.contactSerial(c),
    attempt: v.contactAttempt(c),
    transfer: v.contactIsTransfer(c),
    context: v.contactHasContext(c),
    heldBy: v.contactHeldBy(c),
    priorWait: v.contactPriorWait(c),
    workLeft: v.contactWorkLeft(c),
    suspended: v.contactSuspendedTime(c),
    away: v.contactTimeAway(c),
    abandonedReply: v.contactAbandonedReply(c),
    interruptions: v.contactInterruptions(c),
    callback: v.contactCallback(c),
    callbackAttempts: v.contactCallbackAttempts(c),
    step: v.contactOverflowStep(c),
    issueCustomer: v.issueCustomer(issue),
    issueSegment: v.issueSegment(issue),
    issueFirstType: v.issueFirstType(issue),
    issueOpenedAt: v.issueOpenedAt(issue),
    issueContacts: v.issueContacts(issue),
    issueTransfers: v.issueTransfers(issue),
    issueRepeated: v.issueRepeatedInformation(issue),
    issueSerial: v.issueSerial(issue),
    eligible: [0, 1].map((a) => v.isEligible(a, c)),
    canServe: [0, 1].map((a) => v.canServe(a, c)),
    groupMayServe: [0, 1].map((g) => v.groupMayServe(g, c)),
    waitingOfType: [v.waitingOfType(0), v.waitingOfType(1)],
    queueLengths: [0, 1, 2, 3].map((q) => v.queueLength(q)),
    load: [v.agentLoad(0), v.agentLoad(1), v.agentLoad(1, 1)],
    busy: [v.groupBusy(0), v.groupBusy(1)],
  };
}

/** What the view says about a free agent's situation when the policy is asked for its next contact. */
function atFreeAgent(v: ContactCenterView, agent: number): Snapshot {
  const head = v.queueHead(1);
  return {
    now: v.now,
    agent,
    head,
    second: head < 0 ? -2 : v.queueNext(head),
    headQueuedAt: head < 0 ? -1 : v.contactQueuedAt(head),
    headState: head < 0 ? -1 : v.contactState(head),
    length: v.queueLength(1),
    waitingA: v.waitingOfType(0),
    load: [v.agentLoad(agent), v.agentLoad(agent, 0), v.agentLoad(agent, 1)],
    idleSince: v.agentIdleSince(agent),
    available: v.agentAvailable(agent),
    busy: [v.groupBusy(0), v.groupBusy(1)],
    onDuty: [v.groupOnDuty(0), v.groupOnDuty(1)],
    freeHead: [v.freeAgentHead(0, 0), v.freeAgentHead(1, 0), v.freeAgentHead(1, 1)],
    freeHeadIdleSince: v.freeAgentHeadIdleSince(1, 0),
    freeNext: v.freeAgentNext(agent, 0),
    freeCount: [v.freeAgentCount(0, 0), v.freeAgentCount(1, 0), v.freeAgentCount(1, 1)],
    freeOnChannel: [v.freeAgentsOnChannel(0), v.freeAgentsOnChannel(1)],
  };
}

interface RunLog {
  arrivals: Snapshot[];
  freeAgents: Snapshot[];
  starts: Snapshot[];
  ends: Snapshot[];
  statics: Snapshot | null;
}

/** The view the observer below was given (the same object the policy sees). */
let view: ContactCenterView | null = null;

function run(): RunLog {
  const log: RunLog = { arrivals: [], freeAgents: [], starts: [], ends: [], statics: null };
  const policy: RoutingPolicy = {
    selectAgent(c, v) {
      if (log.statics === null) log.statics = statics(v);
      log.arrivals.push(atArrival(v, c));
      for (let a = 0; a < v.agentCount; a++) if (v.canServe(a, c)) return a;
      return -1;
    },
    selectContact(agent, v) {
      log.freeAgents.push(atFreeAgent(v, agent));
      for (const q of v.servedQueues(v.agentGroup(agent))) {
        const head = v.queueHead(q);
        if (head >= 0 && v.canServe(agent, head)) return head;
      }
      return -1;
    },
  };
  const policies = PolicyRegistry.withBuiltIns().register('recording', () => policy);
  simulate(scenario as never, {
    seed: 1,
    policies,
    checkInvariants: true,
    observers: [
      {
        onServiceStart: (c: number, agent: number) => {
          const v = view!;
          log.starts.push({ c, agent, at: v.contactServiceStart(c), viewAgent: v.contactAgent(c), state: v.contactState(c), load: v.agentLoad(agent), busy: [v.groupBusy(0), v.groupBusy(1)], idleSince: v.agentIdleSince(agent) });
        },
        onServiceEnd: (c: number, agent: number) => {
          const v = view!;
          const issue = v.contactIssue(c);
          log.ends.push({ c, agent, now: v.now, state: v.contactState(c), lastAgent: v.issueLastAgent(issue), lastEnd: v.issueLastContactEnd(issue), customerTime: v.issueCustomerTime(issue) });
        },
        attach: (v: ContactCenterView) => {
          view = v;
        },
      },
    ],
  });
  return log;
}

/** The view's tables that do not change during the run. */
function statics(v: ContactCenterView): Snapshot {
  return {
    agentCount: v.agentCount,
    queueCount: v.queueCount,
    groups: [v.agentGroup(0), v.agentGroup(1)],
    sites: [v.agentSite(0), v.agentSite(1)],
    proficiency: [v.agentProficiency(0, 0), v.agentProficiency(0, 1), v.agentProficiency(1, 0), v.agentProficiency(1, 1)],
    handleFactor: [v.agentHandleTimeFactor(0, 0), v.agentHandleTimeFactor(1, 0), v.agentHandleTimeFactor(1, 1)],
    resolutionFactor: [v.agentResolutionFactor(0, 0), v.agentResolutionFactor(1, 0), v.agentResolutionFactor(1, 1)],
    experience: [v.agentExperience(0, 0), v.agentExperience(1, 1)],
    suspended: [v.agentSuspended(0), v.agentSuspended(1)],
    eligibleGroups: [v.eligibleGroups(0), v.eligibleGroups(1)],
    servedQueues: [v.servedQueues(0), v.servedQueues(1)],
    queueOf: [v.queueOf(0, 0), v.queueOf(0, 1), v.queueOf(1, 0), v.queueOf(1, 1)],
    queueType: [0, 1, 2, 3].map((q) => v.queueType(q)),
    queueSegment: [0, 1, 2, 3].map((q) => v.queueSegment(q)),
    overflowStep: [v.overflowStep(0, 0), v.overflowStep(0, 1), v.overflowStep(1, 0), v.overflowStep(1, 1)],
  };
}

describe('the engine view (CenterState)', () => {
  let log: RunLog;
  // In beforeEach, not beforeAll: a mutant is switched on for each test, so a run made once before
  // them all would see none (the simulation takes milliseconds).
  beforeEach(() => {
    log = run();
  });

  it('gives the static tables: groups, sites, proficiencies, factors, queues, eligibility', () => {
    expect(log.statics).toEqual({
      agentCount: 2,
      queueCount: 4,
      groups: [0, 1],
      sites: [0, 1],
      proficiency: [2, 0, 1, 1],
      // Level 2 of g0 in s: 1.5; level 1 of g1 in s and in t: 0.5.
      handleFactor: [1.5, 0.5, 0.5],
      // byProficiency of type a at levels 2 and 1; type b has no resolution model: 1.
      resolutionFactor: [1.2, 0.8, 1],
      experience: [0, 0],
      suspended: [0, 0],
      eligibleGroups: [[0, 1], [1]],
      servedQueues: [
        [0, 1],
        [0, 1, 2, 3],
      ],
      queueOf: [0, 1, 2, 3],
      queueType: [0, 0, 1, 1],
      queueSegment: [0, 1, 0, 1],
      // Without overflow steps every eligible group is step 0; g0 cannot serve type b.
      overflowStep: [0, 0, -1, 0],
    });
  });

  it('describes each new contact and the center at its routing', () => {
    const fresh = { state: ContactState.waiting, agent: -1, attempt: 1, transfer: false, context: false, heldBy: -1, priorWait: 0, workLeft: 0, suspended: 0, away: 0, abandonedReply: false, interruptions: 0, callback: 0, callbackAttempts: 0, step: 0, issueContacts: 1, issueTransfers: 0, issueRepeated: 0 };
    expect(log.arrivals).toEqual([
      { ...fresh, now: 10, type: 0, segment: 1, channel: 0, customer: 0, arrival: 10, queuedAt: 10, serial: 0, issueCustomer: 0, issueSegment: 1, issueFirstType: 0, issueOpenedAt: 10, issueSerial: 0, eligible: [true, true], canServe: [true, true], groupMayServe: [true, true], waitingOfType: [0, 0], queueLengths: [0, 0, 0, 0], load: [0, 0, 0], busy: [0, 0] },
      { ...fresh, now: 15, type: 1, segment: 0, channel: 1, customer: 1, arrival: 15, queuedAt: 15, serial: 1, issueCustomer: 1, issueSegment: 0, issueFirstType: 1, issueOpenedAt: 15, issueSerial: 1, eligible: [false, true], canServe: [false, true], groupMayServe: [false, true], waitingOfType: [0, 0], queueLengths: [0, 0, 0, 0], load: [1, 0, 0], busy: [1, 0] },
      // Agent 1 holds a chat: eligible for the call, but a call is exclusive.
      { ...fresh, now: 20, type: 0, segment: 1, channel: 0, customer: 2, arrival: 20, queuedAt: 20, serial: 2, issueCustomer: 2, issueSegment: 1, issueFirstType: 0, issueOpenedAt: 20, issueSerial: 2, eligible: [true, true], canServe: [false, false], groupMayServe: [true, true], waitingOfType: [0, 0], queueLengths: [0, 0, 0, 0], load: [1, 1, 1], busy: [1, 1] },
      { ...fresh, now: 30, type: 0, segment: 1, channel: 0, customer: 3, arrival: 30, queuedAt: 30, serial: 3, issueCustomer: 3, issueSegment: 1, issueFirstType: 0, issueOpenedAt: 30, issueSerial: 3, eligible: [true, true], canServe: [false, false], groupMayServe: [true, true], waitingOfType: [1, 0], queueLengths: [0, 1, 0, 0], load: [1, 1, 1], busy: [1, 1] },
    ]);
  });

  it('describes a freed agent, the queue and the free pools when the policy looks for work', () => {
    const expected = [
      // 35 s: agent 1 put its chat down; #2 (since 20) and #3 (since 30) wait; agent 0 is on #0.
      { now: 35, agent: 1, head: 2, second: 3, headQueuedAt: 20, headState: ContactState.waiting, length: 2, waitingA: 2, load: [0, 0, 0], idleSince: 35, available: true, busy: [1, 0], onDuty: [1, 1], freeHead: [-1, 1, 1], freeHeadIdleSince: 35, freeNext: -1, freeCount: [0, 1, 1], freeOnChannel: [1, 1] },
      // 85 s: #2 done, #3 waits alone.
      { now: 85, agent: 1, head: 3, second: -1, headQueuedAt: 30, headState: ContactState.waiting, length: 1, waitingA: 1, load: [0, 0, 0], idleSince: 85, available: true, busy: [1, 0], onDuty: [1, 1], freeHead: [-1, 1, 1], freeHeadIdleSince: 85, freeNext: -1, freeCount: [0, 1, 1], freeOnChannel: [1, 1] },
      // 135 s: #3 done, nothing waits.
      { now: 135, agent: 1, head: -1, second: -2, headQueuedAt: -1, headState: -1, length: 0, waitingA: 0, load: [0, 0, 0], idleSince: 135, available: true, busy: [1, 0], onDuty: [1, 1], freeHead: [-1, 1, 1], freeHeadIdleSince: 135, freeNext: -1, freeCount: [0, 1, 1], freeOnChannel: [1, 1] },
      // 160 s: #0 done; agent 1 (idle since 135) heads g1's pools, agent 0 heads g0's.
      { now: 160, agent: 0, head: -1, second: -2, headQueuedAt: -1, headState: -1, length: 0, waitingA: 0, load: [0, 0, 0], idleSince: 160, available: true, busy: [0, 0], onDuty: [1, 1], freeHead: [0, 1, 1], freeHeadIdleSince: 135, freeNext: -1, freeCount: [1, 1, 1], freeOnChannel: [2, 1] },
    ];
    // Agents take work when they log on at 0 s too (nothing waits then): those looks come first.
    expect(log.freeAgents.filter((s) => (s.now as number) > 0)).toEqual(expected);
  });

  it('shows each service from its start: agent, start time, load and busy agents per group', () => {
    expect(log.starts).toEqual([
      { c: 0, agent: 0, at: 10, viewAgent: 0, state: ContactState.inService, load: 1, busy: [1, 0], idleSince: 10 },
      { c: 1, agent: 1, at: 15, viewAgent: 1, state: ContactState.inService, load: 1, busy: [1, 1], idleSince: 15 },
      { c: 2, agent: 1, at: 35, viewAgent: 1, state: ContactState.inService, load: 1, busy: [1, 1], idleSince: 35 },
      { c: 3, agent: 1, at: 85, viewAgent: 1, state: ContactState.inService, load: 1, busy: [1, 1], idleSince: 85 },
    ]);
  });

  it('records at each service end the issue’s last agent, its end and the customer’s time so far', () => {
    // Customer time runs from the contact's arrival to its service end: 160-10, 35-15, 85-20, 135-30.
    expect(log.ends).toEqual([
      { c: 1, agent: 1, now: 35, state: ContactState.served, lastAgent: 1, lastEnd: 35, customerTime: 20 },
      { c: 2, agent: 1, now: 85, state: ContactState.served, lastAgent: 1, lastEnd: 85, customerTime: 65 },
      { c: 3, agent: 1, now: 135, state: ContactState.served, lastAgent: 1, lastEnd: 135, customerTime: 105 },
      { c: 0, agent: 0, now: 160, state: ContactState.served, lastAgent: 0, lastEnd: 160, customerTime: 150 },
    ]);
  });
});

import { expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import { deterministic } from '../../src/random/distributions/deterministic';
import { expMean, singleQueueModel } from '../support/models';
import { describeReplicated, expectAgreement, summarize } from '../support/replicate';
import { runWindow } from '../support/steady-state';

/**
 * Context loss at an infinite-server center (40 agents for about 7 busy: nobody waits), released
 * slots, sessions of k = 3 turns of exponential work (mean 120 s) with exponential gaps (300 s),
 * λ = 60/h, a fixed extra c = 60 s on a turn taken by another agent than the previous turn's:
 * - with `sticky: false` each reply goes to the agent idle longest, nearly never the previous one,
 *   and the mean agent time per session is k·120 + c·m, m the turns per session taken by another
 *   agent: whatever the routing, agent time − c·m estimates k·120 = 360 s;
 * - the busy agents are the M/G/∞ load of that agent time: λ·(k·120 + c·m);
 * - with `sticky: true` a reply moves only when its agent is in another conversation's turn (one
 *   slot each): under 5 % of replies here (a bound, not a theory value).
 */
const RATE = 60 / 3600;
const WORK = 120;
const GAP = 300;
const TURNS = 3;
const LOSS = 60;
const AGENTS = 40;
const SESSION_TIME = TURNS * WORK + (TURNS - 1) * GAP;

function contextLossCenter(sticky: boolean): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: RATE, handleTime: expMean(WORK), agents: AGENTS, ...runWindow(RATE, 3000, 10 * SESSION_TIME) });
  const session = {
    exchanges: deterministic({ value: TURNS }),
    replyGap: expMean(GAP),
    slotDuringGap: 'released' as const,
    sticky,
    timeout: Infinity,
    contextLoss: deterministic({ value: LOSS }),
  };
  return {
    ...base,
    contactTypes: base.contactTypes.map((t) => ({ ...t, channel: 3, session })),
    agentGroups: base.agentGroups.map((g) => ({ ...g, concurrency: [0, 0, 0, 1] })),
  };
}

const notSticky = 'M/G/∞ messaging sessions with context loss, not sticky (3 turns of 120 s, c = 60 s)';
describeReplicated(notSticky, contextLossCenter(false), { replications: 10 }, (replications) => {
  it('takes turns × work + (turns by another agent) × c of agent time per session', () => {
    const sessions = replications().map((r) => r.result.messagingSessions![0]!);
    const m = sessions.map((s) => s.turnsByAnotherAgent! / s.sessions);
    const work = summarize(sessions.map((s, i) => s.meanAgentTime! - LOSS * m[i]!));
    expectAgreement(`${notSticky}: agent time − c·m`, work, TURNS * WORK, { maxRelativeHalfWidth: 0.03 });
    // Nearly every reply reaches another agent: the longest idle is hardly ever the previous one.
    for (const s of sessions) expect(s.anotherAgentShare!).toBeGreaterThan(0.9);
  });
  it('keeps λ·(k·work + c·m) agents busy', () => {
    const busy = summarize(
      replications().map((r) => {
        const s = r.result.messagingSessions![0]!;
        return (r.result.agents.occupancy ?? NaN) * AGENTS - RATE * LOSS * (s.turnsByAnotherAgent! / s.sessions);
      }),
    );
    expectAgreement(`${notSticky}: busy agents − λ·c·m`, busy, RATE * TURNS * WORK, { maxRelativeHalfWidth: 0.05 });
  });
});

const sticky = 'M/G/∞ messaging sessions with context loss, sticky (3 turns of 120 s, c = 60 s)';
describeReplicated(sticky, contextLossCenter(true), { replications: 2 }, (replications) => {
  it('keeps most replies with their agent: a reply moves only when its agent is in another turn', () => {
    // One slot per agent: the previous agent is busy at the reply in a few per cent of replies.
    for (const r of replications()) {
      const s = r.result.messagingSessions![0]!;
      expect([s.anotherAgentShare! < 0.05, s.turnsByAnotherAgent! > 0]).toEqual([true, true]);
    }
  });
});

import type { MessagingSessionDefinition, ModelDefinition } from '../../src/model/definition';
import { deterministic } from '../../src/random/distributions/deterministic';
import { singleQueueModel } from './models';

/**
 * Two messaging agents, one per group and per site ('first' at site 'north', 'second' at site
 * 'south'), one conversation each, picked longest idle first (the lower id on a tie). One session
 * at 0 s: 2 turns of 100 s, the customer replying 50 s after the first; slots released.
 */
export function twoGroupCenter(session: Partial<MessagingSessionDefinition>): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 100 }), agents: 1, horizon: 1_000, endOfDay: 'drain' });
  const group = { ...base.agentGroups[0]!, concurrency: [0, 0, 0, 1] };
  const full: MessagingSessionDefinition = {
    exchanges: deterministic({ value: 2 }),
    replyGap: deterministic({ value: 50 }),
    slotDuringGap: 'released',
    sticky: false,
    timeout: Infinity,
    ...session,
  };
  return {
    ...base,
    sites: [
      { id: 0, name: 'north', kind: 'in-house' },
      { id: 1, name: 'south', kind: 'in-house' },
    ],
    contactTypes: [{ ...base.contactTypes[0]!, channel: 3, arrivals: { kind: 'trace', times: [0] }, session: full }],
    agentGroups: [
      { ...group, id: 0, name: 'first', site: 0 },
      { ...group, id: 1, name: 'second', site: 1 },
    ],
  };
}

import { validScenario } from './helpers';

/**
 * {@link validScenario} with two more voice groups qualified for billing-voice (home-agents,
 * outsourcer) and overflow on billing-voice: tier1 first, home-agents after 30 s, outsourcer
 * after 90 s under every protection condition.
 */
export function overflowScenario(): Record<string, any> {
  const s = validScenario();
  s.agentGroups.push(
    { name: 'home-agents', agents: 4, skills: { billing: 2 }, channels: { voice: 1 } },
    { name: 'outsourcer', agents: 6, skills: { billing: 2 } },
  );
  s.contactTypes[0].overflow = {
    primary: ['tier1'],
    steps: [
      { after: '30s', groups: ['home-agents'] },
      {
        after: '1m30s',
        groups: ['outsourcer'],
        protect: { targetQueueBelow: 5, reserveAgents: 2, sourceQueueAtLeast: 10, maxShare: 0.3 },
      },
    ],
  };
  return s;
}

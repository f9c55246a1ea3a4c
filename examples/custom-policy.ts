/**
 * A custom routing policy in about 20 lines: premier customers go to the most proficient free
 * agent, everyone else to the longest-idle one; a freed agent serves premier customers first.
 *
 * Run: npm run build && npx tsx examples/custom-policy.ts
 */
import { fileURLToPath } from 'node:url';
import {
  PolicyRegistry,
  bestFreeAgent,
  bestContactForAgent,
  compareDefaultOrder,
  longestIdleAgent,
  readScenarioFile,
  resolveScenario,
  simulateModel,
  type AgentOrder,
  type ContactCenterView,
  type ContactOrder,
  type RoutingPolicyFactory,
} from 'routelab';

const premierFirst: RoutingPolicyFactory = ({ model }) => {
  const premier = model.segments.findIndex((s) => s.name === 'premier');
  const primarySkill = (v: ContactCenterView, c: number): number => model.contactTypes[v.contactType(c)]!.requirements[0]?.skill ?? 0;
  const mostProficient: AgentOrder = (v, c, a, b) => v.agentProficiency(b, primarySkill(v, c)) - v.agentProficiency(a, primarySkill(v, c));
  const isPremier = (v: ContactCenterView, c: number): number => (v.contactSegment(c) === premier ? 1 : 0);
  const premierThenFifo: ContactOrder = (v, _agent, x, y) => isPremier(v, y) - isPremier(v, x) || compareDefaultOrder(v, x, y);
  return {
    selectAgent: (contact, view) =>
      view.contactSegment(contact) === premier
        ? bestFreeAgent(view, contact, view.eligibleGroups(view.contactType(contact)), mostProficient)
        : longestIdleAgent(view, contact, view.eligibleGroups(view.contactType(contact))),
    selectContact: (agent, view) => bestContactForAgent(view, agent, view.servedQueues(view.agentGroup(agent)), premierThenFifo),
  };
};

/** Runs the bank example with the custom policy and returns the printed summary. */
export function main(): string {
  const policies = PolicyRegistry.withBuiltIns().register('premier-first', premierFirst, 'premier customers first');
  const scenario = readScenarioFile(fileURLToPath(new URL('./retail-bank.yaml', import.meta.url)));
  const model = resolveScenario(scenario, { knownPolicies: policies.names() });
  const lines: string[] = [];
  for (const policy of ['longest-idle-agent', 'premier-first']) {
    const result = simulateModel({ ...model, routing: { policy, options: {} } }, { seed: 1, policies });
    for (const segment of result.bySegment) {
      lines.push(`${policy.padEnd(20)} ${segment.name.padEnd(10)} ASA ${segment.asa?.toFixed(1)}s  service level ${((segment.serviceLevel ?? 0) * 100).toFixed(1)}%`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(main());

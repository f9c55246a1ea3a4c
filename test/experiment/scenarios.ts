import type { ScenarioInput } from '../../src/scenario/schema';

/**
 * Small scenarios for the experiment tests: short horizons so that a replication takes a few
 * milliseconds.
 */

/** A two-type, two-group help desk over `hours` hours (fresh object on every call). */
export function helpDesk(hours = 2, policy = 'longest-idle-agent'): ScenarioInput {
  return {
    name: 'help-desk',
    horizon: `${hours}h`,
    interval: '30m',
    skills: ['billing', 'tech'],
    contactTypes: [
      {
        name: 'billing',
        skills: { billing: 1 },
        handleTime: { kind: 'lognormal', mean: '4m', cv: 0.8 },
        patience: { kind: 'exponential', mean: '3m' },
        serviceLevel: { within: '20s' },
        arrivals: { rate: '90/h' },
      },
      {
        name: 'tech',
        skills: { tech: 1 },
        handleTime: { kind: 'exponential', mean: '6m' },
        patience: { kind: 'exponential', mean: '4m' },
        serviceLevel: { within: '30s' },
        arrivals: { rate: '50/h' },
      },
    ],
    agentGroups: [
      { name: 'billing-team', agents: 6, skills: { billing: 4, tech: 1 } },
      { name: 'tech-team', agents: 5, skills: { tech: 4, billing: 1 } },
    ],
    routing: { policy },
  };
}

/**
 * The M/M/c+M center of the engine throughput benchmark: 100 agents, 95 erlangs, exponential
 * handle time (mean 180 s) and patience (mean 900 s, five times the handle time).
 * @module
 */
import type { ScenarioInput } from '../src/scenario/schema';
import type { MmcmParams } from './engine-loop';

/** The benchmark's parameters for a run of `arrivals` expected arrivals. */
export function mmcmParams(arrivals: number): MmcmParams {
  return { agents: 100, arrivalRate: 95 / 180, meanHandleTime: 180, meanPatience: 900, arrivals, serviceLevelThreshold: 20 };
}

/** The M/M/c+M center as a routelab scenario. */
export function mmcmScenario(p: MmcmParams): ScenarioInput {
  return {
    name: 'M/M/c+M throughput',
    horizon: p.arrivals / p.arrivalRate,
    endOfDay: 'cut',
    skills: ['general'],
    contactTypes: [
      {
        name: 'calls',
        channel: 'voice',
        skills: { general: 1 },
        arrivals: { rate: `${p.arrivalRate}/s` },
        handleTime: { kind: 'exponential', mean: p.meanHandleTime },
        patience: { kind: 'exponential', mean: p.meanPatience },
        serviceLevel: { target: 0.8, within: p.serviceLevelThreshold },
      },
    ],
    agentGroups: [{ name: 'agents', skills: { general: 1 }, agents: p.agents }],
  };
}

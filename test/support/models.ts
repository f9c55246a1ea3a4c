import type { ModelDefinition } from '../../src/model/definition';
import type { Distribution } from '../../src/random/distributions/distribution';
import { exponential } from '../../src/random/distributions/exponential';

/** Parameters of a single-skill, single-group test center. */
export interface SingleQueueParams {
  arrivalRate: number;
  handleTime: Distribution;
  agents: number;
  patience?: Distribution | null;
  horizon: number;
  warmup?: number;
  waitingRoom?: number;
  serviceLevelThreshold?: number;
  policy?: string;
  endOfDay?: 'drain' | 'cut';
}

/** An M/G/c(+G)(/K) center: one voice contact type, one agent group, one segment, one site. */
export function singleQueueModel(p: SingleQueueParams): ModelDefinition {
  return {
    name: 'single queue',
    horizon: p.horizon,
    warmup: p.warmup ?? 0,
    intervalLength: 1800,
    endOfDay: p.endOfDay ?? 'cut',
    skills: ['general'],
    segments: [{ id: 0, name: 'all', share: 1, value: 1, priority: 0 }],
    sites: [{ id: 0, name: 'main', kind: 'in-house' }],
    contactTypes: [
      {
        id: 0,
        name: 'calls',
        channel: 0,
        requirements: [{ skill: 0, minProficiency: 1 }],
        handleTime: p.handleTime,
        patience: p.patience ?? null,
        priority: 0,
        serviceLevel: { threshold: p.serviceLevelThreshold ?? 20, target: 0.8 },
        arrivals: { kind: 'poisson', rate: p.arrivalRate },
        segmentMix: [1],
        resolution: null,
        repeat: null,
        retrial: null,
        transfer: null,
        overflow: null,
        callback: null,
      },
    ],
    agentGroups: [
      {
        id: 0,
        name: 'agents',
        site: 0,
        proficiency: [3],
        concurrency: [1, 0, 0, 0],
        handleTimeFactor: [1, 1, 1, 1, 1, 1],
        authority: true,
        wrapUp: null,
        staffing: { kind: 'constant', agents: p.agents },
      },
    ],
    waitingRoom: [p.waitingRoom ?? Infinity, Infinity, Infinity, Infinity],
    busyness: null,
    routing: { policy: p.policy ?? 'longest-idle-agent', options: {} },
    journey: null,
  };
}

/** Exponential handle time with the given mean. */
export const expMean = (mean: number): Distribution => exponential({ mean });

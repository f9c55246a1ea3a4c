import { it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import { exponential } from '../../src/random/distributions/exponential';
import { lognormal } from '../../src/random/distributions/lognormal';
import { expMean, singleQueueModel, type SingleQueueParams } from '../support/models';
import { describeReplicated, expectAgreement, summarize } from '../support/replicate';
import { HANDLE_TIME, runWindow } from '../support/steady-state';

/**
 * Little's law for the waiting queue, L = λ·W, links two metrics the collector computes in
 * different ways: the time-average number waiting (`meanQueueLength`, integrated over
 * [warm-up, horizon]) and the mean time in queue of answered and abandoned contacts
 * (`meanQueueTime`), with λ = offered / (horizon − warm-up). It holds for any distributions,
 * so it also checks an M/G/c center without a closed-form wait. It holds on every sample path,
 * started empty or not, so a short warm-up (10 handle times) is enough.
 *
 * On each sample path the two sides differ only by edge terms: contacts already waiting at the
 * warm-up or still waiting at the horizon add to L but not to W, about 2·W/T relative. The
 * per-replication relative difference L / (λW) − 1 must average to 0 within its 99.99 % CI or
 * that edge allowance (3 × 2·W/T), and the CI must be narrower than ±0.5 %: a bookkeeping error
 * in either metric (a missed dequeue, waits measured from the wrong time, the warm-up applied
 * to one and not the other) of more than that fails.
 */
interface LittleCase {
  readonly name: string;
  readonly model: ModelDefinition;
}

function center(
  agents: number,
  load: number,
  arrivals: number,
  warmup: number,
  extra: Partial<SingleQueueParams>,
): ModelDefinition {
  const arrivalRate = (load * agents) / HANDLE_TIME;
  return singleQueueModel({ arrivalRate, handleTime: expMean(HANDLE_TIME), agents, ...runWindow(arrivalRate, arrivals, warmup), ...extra });
}

const cases: readonly LittleCase[] = [
  {
    name: 'M/M/20+M at ρ = 1.05, mean patience 120 s',
    model: center(20, 1.05, 10_000, 20 * 120, { patience: exponential({ mean: 120 }) }),
  },
  {
    name: 'M/G/10 at ρ = 0.9, lognormal handle time (cv 1.5)',
    model: center(10, 0.9, 20_000, 10 * HANDLE_TIME, { handleTime: lognormal({ mean: HANDLE_TIME, cv: 1.5 }) }),
  },
];

for (const { name, model } of cases) {
  describeReplicated(`${name} (Little's law)`, model, { replications: 20 }, (replications) => {
    it('has mean queue length = arrival rate × mean time in queue', () => {
      const window = model.horizon - model.warmup;
      const results = replications().map((r) => r.result);
      const relative = results.map((r) => r.meanQueueLength / ((r.overall.offered / window) * (r.overall.meanQueueTime ?? NaN)) - 1);
      const meanWait = summarize(results.map((r) => r.overall.meanQueueTime)).mean;
      expectAgreement(`${name} L/(λW) − 1`, summarize(relative), 0, {
        maxHalfWidth: 0.005,
        absoluteFloor: (3 * 2 * meanWait) / window,
      });
    });
  });
}

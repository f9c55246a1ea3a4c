import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readScenarioFile, simulate, type ContactCenterObserver, type ScenarioInput } from '../../src/index';

const fixture = (file: string): string => fileURLToPath(new URL(`../fixtures/reliability/${file}`, import.meta.url));

/** Records every callback offer: the predicted wait and the time it was made. */
function offerLog(): ContactCenterObserver & { offers: { at: number; predicted: number }[] } {
  let now = () => 0;
  const offers: { at: number; predicted: number }[] = [];
  return {
    offers,
    attach(view) {
      now = () => view.now;
    },
    onCallbackOffered(_c, predicted) {
      offers.push({ at: now(), predicted });
    },
  };
}

/**
 * Virtual hold; nobody on duty before 30 m, then 2 agents until 2 h (the drain keeps 0 after).
 * Handle time 3 m exactly, so the queue-position predictor's arithmetic is exact.
 */
function closedAtStart(arrivals: number[], predictor = 'queue-position'): ScenarioInput {
  return {
    name: 'virtual hold before opening',
    horizon: '2h',
    skills: ['s'],
    contactTypes: [
      {
        name: 'calls',
        skills: { s: 1 },
        handleTime: { kind: 'deterministic', value: '3m' },
        patience: { kind: 'deterministic', value: '10m' },
        arrivals: { trace: arrivals },
        callback: { mode: 'virtual-hold', offerWhenWaitAbove: '1m', acceptance: 1, window: '1m', predictor },
      },
    ],
    agentGroups: [{ name: 'team', skills: { s: 1 }, agents: { shifts: [{ start: '30m', end: '1h', agents: 2 }] } }],
  } as ScenarioInput;
}

describe('callback offers while nobody who can serve is on duty', () => {
  it('runs the crash reproducers to the end with finite promises', () => {
    for (const file of ['vh-infinite-promise-crash.yaml', 'fuzz-335-vh-crash.reduced.json']) {
      const log = offerLog();
      const result = simulate(readScenarioFile(fixture(file)) as ScenarioInput, { seed: 1, observers: [log] });
      for (const offer of log.offers) expect(Number.isFinite(offer.predicted)).toBe(true);
      const o = result.overall;
      expect(o.offered).toBe(o.served + o.abandoned + o.blocked + o.unfinished);
    }
  });

  it('predicts from the next opening: time to open + (waiting + 1) × mean handle time / agents planned then', () => {
    const log = offerLog();
    // At 0: 1800 s to the opening, nobody waiting, 2 agents then: 1800 + 180 / 2 = 1890.
    // At 60: 1740 s to go, one callback waiting (virtual hold keeps its place): 1740 + 2 × 180 / 2 = 1920.
    simulate(closedAtStart([0, 60]), { seed: 1, observers: [log] });
    expect(log.offers).toEqual([
      { at: 0, predicted: 1890 },
      { at: 60, predicted: 1920 },
    ]);
  });

  it('counts promises made before the opening as kept when the agents call back in time', () => {
    const result = simulate(closedAtStart([0, 60]), { seed: 1 });
    // Both are called at the opening (1800 s), before their promises (0 + 1890 + 60, 60 + 1920 + 60).
    expect(result.callbacks[0]).toMatchObject({ offered: 2, accepted: 2, attempts: 2, completed: 2, promisesKept: 2, promisesBroken: 0 });
    expect(result.callbacks[0]!.meanTimeToCallback).toBeCloseTo((1800 + 1740) / 2, 9);
  });

  it('offers nothing when nobody is planned on duty again; the customer waits and abandons as usual', () => {
    // The shift ends at 1 h; contacts at 1 h 10 m and 1 h 20 m can never be served.
    const log = offerLog();
    const result = simulate(closedAtStart([4200, 4800]), { seed: 1, observers: [log] });
    expect(log.offers).toEqual([]);
    expect(result.callbacks[0]).toMatchObject({ offered: 0, accepted: 0, attempts: 0 });
    expect(result.overall).toMatchObject({ offered: 2, abandoned: 2, unfinished: 0 });
  });

  it('never predicts a non-finite wait with any predictor', () => {
    for (const predictor of ['queue-position', 'last-wait', 'moving-average']) {
      const log = offerLog();
      const arrivals = Array.from({ length: 40 }, (_, k) => k * 150);
      simulate(closedAtStart(arrivals, predictor), { seed: 3, observers: [log] });
      for (const offer of log.offers) expect(offer.predicted).toBeGreaterThanOrEqual(0);
      for (const offer of log.offers) expect(Number.isFinite(offer.predicted)).toBe(true);
    }
  });
});

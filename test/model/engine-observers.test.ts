import { describe, expect, it } from 'vitest';
import { ContactCenterEngine } from '../../src/model/engine';
import type { ContactCenterObserver, ObserverHook } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { deterministic } from '../../src/random/distributions/deterministic';
import { RandomStreams } from '../../src/random/streams';
import { PolicyRegistry } from '../../src/routing/registry';
import { CallbackCollector } from '../../src/metrics/callback-collector';
import { singleQueueModel } from '../support/models';

const model = singleQueueModel({ arrivalRate: 1 / 60, handleTime: deterministic({ value: 30 }), agents: 2, horizon: 3600 });

function run(observers: ContactCenterObserver[]): void {
  const streams = new RandomStreams(1);
  const policy = PolicyRegistry.withBuiltIns().create(model.routing, { model, random: streams.stream('routing') });
  new ContactCenterEngine(model, { streams, policy, observers }).run();
}

describe('ContactCenterEngine observers', () => {
  it('calls hooks an observer sets up in attach (the dispatch is built after attach)', () => {
    let arrivals = 0;
    const late: ContactCenterObserver = {
      attach(view: ContactCenterView) {
        expect(view.now).toBe(0);
        late.onArrival = () => arrivals++;
      },
    };
    let counted = 0;
    run([late, { onArrival: () => counted++ }]);
    expect(counted).toBeGreaterThan(20);
    expect(arrivals).toBe(counted);
  });

  it('tells the observers in registration order, each event once', () => {
    const log: string[] = [];
    const tag = (name: string): ContactCenterObserver => ({
      onServiceStart: (c) => log.push(`${name} start ${c}`),
      onServiceEnd: (c) => log.push(`${name} end ${c}`),
    });
    run([tag('first'), tag('second')]);
    expect(log.length).toBeGreaterThan(40);
    for (let k = 0; k < log.length; k += 2) {
      expect(log[k]!.startsWith('first ')).toBe(true);
      expect(log[k + 1]).toBe(log[k]!.replace('first', 'second'));
    }
  });
});

describe('CallbackCollector.subscribes()', () => {
  it('listens to nothing when no contact type offers callbacks', () => {
    const collector = new CallbackCollector();
    const hooks: ObserverHook[] = ['onServiceEnd', 'onAbandon', 'onCallbackOffered', 'onCallbackAttempt'];
    run([collector]);
    for (const hook of hooks) expect(collector.subscribes(hook)).toBe(false);
    expect(collector.result()).toEqual([]);
  });

  it('listens when some contact type offers callbacks', () => {
    const withCallbacks = {
      ...model,
      contactTypes: [
        {
          ...model.contactTypes[0]!,
          callback: {
            mode: 'scheduled' as const,
            offerAbove: 0,
            predictor: 'queue-position' as const,
            acceptance: { base: 1, perMinute: 0 },
            promiseAfter: 600,
            window: 300,
            noAnswer: 0,
            attemptTime: 20,
            retryDelay: 300,
            maxAttempts: 3,
          },
        },
      ],
    };
    const collector = new CallbackCollector();
    const streams = new RandomStreams(1);
    const policy = PolicyRegistry.withBuiltIns().create(withCallbacks.routing, { model: withCallbacks, random: streams.stream('routing') });
    new ContactCenterEngine(withCallbacks, { streams, policy, observers: [collector] }).run();
    expect(collector.subscribes('onServiceEnd')).toBe(true);
    expect(collector.result()).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { CallbackCollector } from '../../src/metrics/callback-collector';
import type { ContactCenterView } from '../../src/model/view';

interface StubContact {
  type: number;
  arrival: number;
  callback: number;
  attempts: number;
  promise: number;
  acceptedAt: number;
}

describe('CallbackCollector on a stub view', () => {
  it('counts offers, attempts, promises and completions of contacts that arrived from the warm-up on, by hand', () => {
    const contacts: StubContact[] = [];
    const view = {
      now: 0,
      model: { warmup: 100, contactTypes: [{ id: 0, name: 'calls', callback: {} }, { id: 1, name: 'chat', callback: null }, { id: 2, name: 'web', callback: {} }] },
      contactArrival: (c: number) => contacts[c]!.arrival,
      contactType: (c: number) => contacts[c]!.type,
      contactCallback: (c: number) => contacts[c]!.callback,
      contactCallbackAttempts: (c: number) => contacts[c]!.attempts,
      contactCallbackPromise: (c: number) => contacts[c]!.promise,
      contactCallbackAcceptedAt: (c: number) => contacts[c]!.acceptedAt,
    };
    const collector = new CallbackCollector();
    collector.attach(view as unknown as ContactCenterView);
    expect(collector.subscribes('onCallbackOffered')).toBe(true);
    const add = (arrival: number, type = 0) => contacts.push({ type, arrival, callback: 0, attempts: 0, promise: 0, acceptedAt: 0 }) - 1;
    const early = add(99); // before the warm-up: nothing counts
    const kept = add(100); // accepted at 110, promised 200, reached at 200 (on time), served
    const late = add(120); // accepted at 130, promised 150, first attempt at 160 unanswered, reached at 190
    const declined = add(130); // declines the offer
    const failed = add(140); // accepted at 140, promised 300, two unanswered attempts, gives up
    view.now = 110;
    for (const c of [early, kept]) collector.onCallbackOffered(c, 60, true);
    view.now = 130;
    collector.onCallbackOffered(late, 30, true);
    collector.onCallbackOffered(declined, 30, false);
    view.now = 140;
    collector.onCallbackOffered(failed, 30, true);
    Object.assign(contacts[kept]!, { callback: 1, acceptedAt: 110, promise: 200 });
    Object.assign(contacts[late]!, { callback: 1, acceptedAt: 130, promise: 150 });
    Object.assign(contacts[failed]!, { callback: 1, acceptedAt: 140, promise: 300 });
    Object.assign(contacts[early]!, { callback: 1, acceptedAt: 110, promise: 100 });
    const attempt = (c: number, now: number, answered: boolean) => {
      view.now = now;
      contacts[c]!.attempts++;
      collector.onCallbackAttempt(c, 0, answered);
    };
    attempt(early, 150, true);
    attempt(late, 160, false); // first attempt after the promise: broken
    attempt(late, 190, true); // reached 60 s after accepting
    attempt(kept, 200, true); // at the promised time: kept; reached after 90 s
    attempt(failed, 250, false); // kept (before 300), unanswered
    attempt(failed, 320, false); // not the first attempt: no second promise count
    view.now = 400;
    for (const c of [early, kept, late]) collector.onServiceEnd(c);
    collector.onServiceEnd(declined); // an ordinary contact served: not a callback
    collector.onAbandon(failed);
    collector.onAbandon(declined); // an ordinary abandon: not a failed callback
    expect(collector.result()).toEqual([
      {
        name: 'calls',
        offered: 4,
        accepted: 3,
        acceptanceRate: 0.75,
        attempts: 5,
        unanswered: 3,
        completed: 2,
        failed: 1,
        promisesKept: 2,
        promisesBroken: 1,
        promiseKeptRate: 2 / 3,
        meanTimeToCallback: (60 + 90) / 2,
        customerHoursSaved: 150 / 3600,
      },
      {
        name: 'web',
        offered: 0,
        accepted: 0,
        acceptanceRate: null,
        attempts: 0,
        unanswered: 0,
        completed: 0,
        failed: 0,
        promisesKept: 0,
        promisesBroken: 0,
        promiseKeptRate: null,
        meanTimeToCallback: null,
        customerHoursSaved: 0,
      },
    ]);
  });

  it('does not listen when no type offers callbacks', () => {
    const view = { model: { warmup: 0, contactTypes: [{ id: 0, name: 'calls', callback: null }] } };
    const collector = new CallbackCollector();
    collector.attach(view as unknown as ContactCenterView);
    expect(collector.subscribes('onCallbackOffered')).toBe(false);
    expect(collector.result()).toEqual([]);
  });
});

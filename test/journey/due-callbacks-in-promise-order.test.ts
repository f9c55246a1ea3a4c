import { describe, expect, it } from 'vitest';
import { POLICIES, exactModel, runExact, scheduledCallback } from './due-callback-models';

/**
 * Several due callbacks in one queue: those a call now still keeps come first, earliest promise
 * first; those past their promise after them. One agent, 100 s calls, one contact type.
 */
describe('due callbacks in one queue', () => {
  for (const policy of POLICIES) {
    it(`are served earliest promise first, not newest first (${policy})`, () => {
      // #0 is served 0–100. #1 (t=1) waits: its predicted 100 s is under the threshold. #2 (t=2)
      // and #3 (t=3) see #1 waiting (200 s predicted), accept, and fall due at 52 and 53, promised
      // by 252 and 253. At 100 the agent takes #2, at 200 #3 (both kept), then #1.
      const model = exactModel({
        policy,
        types: [{ times: [0, 1, 2, 3], callback: scheduledCallback({ offerAbove: 150, promiseAfter: 50, window: 200 }) }],
      });
      const { log, callbacks } = runExact(model);
      expect(log.starts).toEqual(['#0@0', '#2@100', '#3@200', '#1@300']);
      expect([callbacks.accepted, callbacks.promisesKept, callbacks.promisesBroken]).toEqual([2, 2, 0]);
    });

    it(`put a callback still within its promise before one past it (${policy})`, () => {
      // #0 is served 0–100. #1 (t=1) accepts (100 s predicted, over 50): due at 21, promised by
      // 31, and waits past it. #2 (t=75) sees #1 waiting, accepts: due at 95, promised by 105.
      // At 100 the agent calls #2 (kept) before #1 (broken either way); earliest promise first
      // regardless would have broken both.
      const model = exactModel({
        policy,
        types: [{ times: [0, 1, 75], callback: scheduledCallback({ offerAbove: 50, promiseAfter: 20, window: 10 }) }],
      });
      const { log, callbacks } = runExact(model);
      expect(log.starts).toEqual(['#0@0', '#2@100', '#1@200']);
      expect([callbacks.accepted, callbacks.promisesKept, callbacks.promisesBroken]).toEqual([2, 1, 1]);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { POLICIES, exactModel, runExact, scheduledCallback } from './due-callback-models';

/**
 * A due callback is the most urgent work: the agent who frees up takes it before the head of
 * another queue that has waited longer, under every built-in policy. One agent, 100 s calls:
 *
 * - t=0  #0 arrives and is served until 100;
 * - t=1  #1 arrives; the predicted wait (100 s) is under the offer threshold, so it waits;
 * - t=2  #2 arrives (another queue); predicted 200 s (or 100 s in its own type), over the
 *        threshold: it accepts a callback due at 82, promised by 82 + 30 = 112;
 * - t=82 #2 falls due; the agent is busy, so it waits in its queue;
 * - t=100 the agent frees up: #2 (the due callback) first, kept; #1 at 200.
 *
 * Before the fix #1 went first (it had waited since 1, #2 only since 82) and #2's promise broke.
 */
const EXPECTED = ['#0@0', '#2@100', '#1@200'];

describe('a due callback comes before the heads of other queues', () => {
  // Segment 0 is worth more and has priority: value-based and context-aware would prefer #1.
  const segments = [
    { name: 'premier', share: 0.5, value: 10, priority: 1 },
    { name: 'everyday', share: 0.5, value: 1, priority: 0 },
  ];
  const twoSegments = (policy: string) =>
    exactModel({
      policy,
      segments,
      types: [{ times: [0, 1, 2], callback: scheduledCallback({ offerAbove: 150, promiseAfter: 80, window: 30 }) }],
    });
  // Segments are drawn per customer; find a seed that puts #1 in 'premier' and #2 in 'everyday'.
  const seed = [...Array(200).keys()].map((k) => k + 1).find((s) => {
    const { segments: bySerial } = runExact(twoSegments('longest-idle-agent'), s).log;
    return bySerial[1] === 0 && bySerial[2] === 1;
  });

  for (const policy of POLICIES) {
    it(`same type, other segment: the freed agent takes the due callback (${policy})`, () => {
      expect(seed, 'no seed puts #1 in segment 0 and #2 in segment 1').toBeDefined();
      const { log, callbacks } = runExact(twoSegments(policy), seed);
      expect(log.segments.slice(1, 3)).toEqual([0, 1]);
      expect(log.starts).toEqual(EXPECTED);
      expect([callbacks.accepted, callbacks.promisesKept, callbacks.promisesBroken]).toEqual([1, 1, 0]);
    });

    it(`other contact type of higher priority: the freed agent takes the due callback (${policy})`, () => {
      const model = exactModel({
        policy,
        types: [
          // type0 (priority 0) offers callbacks; type1 (priority 1) has #1, waiting since 1.
          { times: [0, 2], priority: 0, callback: scheduledCallback({ offerAbove: 50, promiseAfter: 80, window: 30 }) },
          { times: [1], priority: 1 },
        ],
      });
      const { log, callbacks } = runExact(model);
      expect(log.starts).toEqual(EXPECTED);
      expect([callbacks.accepted, callbacks.promisesKept, callbacks.promisesBroken]).toEqual([1, 1, 0]);
    });
  }
});

/**
 * The layouts `bench/event-queue.ts --layouts` compares on the hold model, up-down and the cancel
 * mix, with tinyqueue as the reference again: routelab's queue (deferred pop) and the eager heap
 * it replaced (same 4-ary heap and removal on cancel; the root refilled at once by each pop).
 *
 * Retired after measurement (code in the git history; findings in docs/performance.md, "Event
 * queue"): the binary, indirect and tie-inline heaps ("bench: retire the heap layouts"), and the
 * calendar queues with sorted bucket lists and with a heap per bucket, and the deferred pop with
 * lazy O(1) cancellation (all retired 2026-12-07).
 * @module
 */
import TinyQueue from 'tinyqueue';
import { EventQueue } from '../src/core/event-queue';
import { eventQueueContender, type Contender } from './queue-contenders';
import { EagerHeapEventQueue } from './queue-layout-eager-heap';
import { cancelMixTinyQueue } from './queue-loops-cancel';
import { compareBenchEvents, holdTinyQueue, upDownTinyQueue, type TinyQueueClass } from './queue-loops-others';
import { freshCopy } from './queue-workload';

/** routelab's queue, the eager heap it replaced, and tinyqueue as the reference. */
export function layoutContenders(): Contender[] {
  const tiny = TinyQueue as unknown as TinyQueueClass;
  const compare = freshCopy(compareBenchEvents);
  const hold = freshCopy(holdTinyQueue);
  const upDown = freshCopy(upDownTinyQueue);
  const cancelMix = freshCopy(cancelMixTinyQueue);
  return [
    eventQueueContender('routelab: deferred pop', EventQueue),
    { ...eventQueueContender('eager heap (until 2026-12)', EagerHeapEventQueue), cancelNote: 'real removal, O(log n)' },
    {
      name: 'tinyqueue',
      stable: true,
      hold: (w) => hold(tiny, compare, w),
      upDown: (w) => upDown(tiny, compare, w),
      cancelMix: (w) => cancelMix(tiny, compare, w),
      cancelNote: 'lazy deletion (emulated)',
      cancelMaxN: Infinity,
    },
  ];
}

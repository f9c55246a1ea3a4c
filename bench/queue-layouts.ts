/**
 * The other event-set structures the README cites against routelab's heap, compared by
 * `bench/event-queue.ts --layouts` on the hold and up-down workloads (tinyqueue is the reference
 * again): the calendar queue with sorted bucket lists (stable, O(1) cancel; see its file for why it
 * was not adopted) and the calendar queue with a heap per bucket (stable, O(log b) cancel; measured
 * on its own, with same-time workloads, by `bench/queue-calendar-heap.ts`). The heap layouts tried
 * before (binary, indirect, tie inline, a bare heap as lower bound) were retired once measured
 * slower; they are in the history before commit "bench: retire the heap layouts".
 * @module
 */
import TinyQueue from 'tinyqueue';
import { EventQueue } from '../src/core/event-queue';
import { eventQueueContender, type Contender } from './queue-contenders';
import { CalendarEventQueue } from './queue-layout-calendar';
import { CalendarHeapEventQueue } from './queue-layout-calendar-heap';
import { compareBenchEvents, holdTinyQueue, upDownTinyQueue, type TinyQueueClass } from './queue-loops-others';
import { freshCopy } from './queue-workload';

/** Drops the cancel runner (the variants do not implement cancel). */
function withoutCancel(c: Contender): Contender {
  return { name: c.name, stable: true, hold: c.hold, upDown: c.upDown, cancelNote: 'n/a', cancelMaxN: 0 };
}

/** routelab's heap, the two calendar queues, and tinyqueue as the reference. */
export function layoutContenders(): Contender[] {
  const tiny = TinyQueue as unknown as TinyQueueClass;
  const compare = freshCopy(compareBenchEvents);
  const hold = freshCopy(holdTinyQueue);
  const upDown = freshCopy(upDownTinyQueue);
  return [
    eventQueueContender('routelab: 4-ary, time+slot inline, tie per slot, branch-free', EventQueue),
    withoutCancel(eventQueueContender('calendar queue (Brown 1988), sorted bucket lists', CalendarEventQueue)),
    withoutCancel(eventQueueContender('calendar queue, binary heap per bucket', CalendarHeapEventQueue)),
    {
      name: 'tinyqueue',
      stable: true,
      hold: (w) => hold(tiny, compare, w),
      upDown: (w) => upDown(tiny, compare, w),
      cancelNote: 'n/a',
      cancelMaxN: 0,
    },
  ];
}

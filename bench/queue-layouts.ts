/**
 * The heap layouts tried for routelab's event queue, compared by `bench/event-queue.ts --layouts`
 * on the hold and up-down workloads (tinyqueue is the reference again). Each heap variant is
 * stable and keeps slot positions up to date (the cost of O(log n) cancel), except the bare heap,
 * which is a lower bound. The calendar queue is stable with O(1) cancel (see its file for why it
 * was not adopted); the calendar queue with a heap per bucket is stable with O(log b) cancel
 * (measured on its own, with same-time workloads, by `bench/queue-calendar-heap.ts`).
 * @module
 */
import TinyQueue from 'tinyqueue';
import { EventQueue } from '../src/core/event-queue';
import { eventQueueContender, type Contender } from './queue-contenders';
import { BinaryInlineQueue } from './queue-layout-binary';
import { CalendarEventQueue } from './queue-layout-calendar';
import { CalendarHeapEventQueue } from './queue-layout-calendar-heap';
import { BareQuadQueue } from './queue-layout-floor';
import { IndirectQueue } from './queue-layout-indirect';
import { InlineTieQueue } from './queue-layout-inline-tie';
import { compareBenchEvents, holdTinyQueue, upDownTinyQueue, type TinyQueueClass } from './queue-loops-others';
import { freshCopy } from './queue-workload';

/** Drops the cancel runner (the variants do not implement cancel). */
function withoutCancel(c: Contender, stable = true): Contender {
  return { name: c.name, stable, hold: c.hold, upDown: c.upDown, cancelNote: 'n/a', cancelMaxN: 0 };
}

/** The layout variants, plus tinyqueue as the reference. */
export function layoutContenders(): Contender[] {
  const tiny = TinyQueue as unknown as TinyQueueClass;
  const compare = freshCopy(compareBenchEvents);
  const hold = freshCopy(holdTinyQueue);
  const upDown = freshCopy(upDownTinyQueue);
  return [
    eventQueueContender('routelab: 4-ary, time+slot inline, tie per slot, branch-free', EventQueue),
    withoutCancel(eventQueueContender('binary, same layout, branch-free', BinaryInlineQueue)),
    withoutCancel(eventQueueContender('4-ary, time+tie+slot inline, branchy', InlineTieQueue)),
    withoutCancel(eventQueueContender('4-ary indirect (heap of slots), branchy', IndirectQueue)),
    withoutCancel(eventQueueContender('bare 4-ary (time, payload), branch-free', BareQuadQueue), false),
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

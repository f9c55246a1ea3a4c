/**
 * The queues compared by the event-queue benchmark, each with its own copies of the loops.
 * @module
 */
import FlatQueue from 'flatqueue';
import { Heap } from 'heap-js';
import TinyQueue from 'tinyqueue';
import { EventQueue } from '../src/core/event-queue';
import {
  cancelMixEventQueue,
  holdEventQueue,
  upDownEventQueue,
  type EventQueueClass,
  type RunResult,
} from './queue-loops-routelab';
import {
  compareBenchEvents,
  holdFlatQueue,
  holdHeapJs,
  holdTinyQueue,
  upDownFlatQueue,
  upDownHeapJs,
  upDownTinyQueue,
  type FlatQueueClass,
  type HeapJsClass,
  type TinyQueueClass,
} from './queue-loops-others';
import { cancelMixFlatQueue, cancelMixHeapJs, cancelMixTinyQueue } from './queue-loops-cancel';
import { freshCopy, type QueueWorkload } from './queue-workload';

/** A workload runner of one queue. */
export type Runner = (w: QueueWorkload) => RunResult;

/** One queue of the benchmark. */
export interface Contender {
  readonly name: string;
  /** Whether equal times pop in insertion order. */
  readonly stable: boolean;
  readonly hold: Runner;
  readonly upDown: Runner;
  /** Cancel-mix runner, absent when the queue cannot cancel at all. */
  readonly cancelMix?: Runner;
  /** How the queue cancels (shown in the cancel-mix table). */
  readonly cancelNote: string;
  /** Largest N at which the cancel mix is run (slow O(n) removal). */
  readonly cancelMaxN: number;
}

/** The name of the reference queue that ratios are computed against. */
export const REFERENCE = 'tinyqueue';

/** routelab's queue, or a layout variant with the same API. */
export function eventQueueContender(name: string, Queue: EventQueueClass): Contender {
  const hold = freshCopy(holdEventQueue);
  const upDown = freshCopy(upDownEventQueue);
  const cancelMix = freshCopy(cancelMixEventQueue);
  return {
    name,
    stable: true,
    hold: (w) => hold(Queue, w),
    upDown: (w) => upDown(Queue, w),
    cancelMix: (w) => cancelMix(Queue, w),
    cancelNote: 'real removal, O(1) expected',
    cancelMaxN: Infinity,
  };
}

/** routelab, tinyqueue, flatqueue and heap-js. */
export function libraryContenders(): Contender[] {
  const tiny = TinyQueue as unknown as TinyQueueClass;
  const heap = Heap as unknown as HeapJsClass;
  const flat = FlatQueue as unknown as FlatQueueClass;
  // Each object queue gets its own comparator copy, so neither sees the other's type feedback.
  const tinyCompare = freshCopy(compareBenchEvents);
  const heapCompare = freshCopy(compareBenchEvents);
  const tinyHold = freshCopy(holdTinyQueue);
  const tinyUpDown = freshCopy(upDownTinyQueue);
  const tinyCancel = freshCopy(cancelMixTinyQueue);
  const heapHold = freshCopy(holdHeapJs);
  const heapUpDown = freshCopy(upDownHeapJs);
  const heapCancel = freshCopy(cancelMixHeapJs);
  const flatHold = freshCopy(holdFlatQueue);
  const flatUpDown = freshCopy(upDownFlatQueue);
  const flatCancel = freshCopy(cancelMixFlatQueue);
  return [
    eventQueueContender('routelab', EventQueue),
    {
      name: 'tinyqueue',
      stable: true,
      hold: (w) => tinyHold(tiny, tinyCompare, w),
      upDown: (w) => tinyUpDown(tiny, tinyCompare, w),
      cancelMix: (w) => tinyCancel(tiny, tinyCompare, w),
      cancelNote: 'lazy deletion (emulated)',
      cancelMaxN: Infinity,
    },
    {
      name: 'flatqueue',
      stable: false,
      hold: (w) => flatHold(flat, w),
      upDown: (w) => flatUpDown(flat, w),
      cancelMix: (w) => flatCancel(flat, w),
      cancelNote: 'lazy deletion (emulated)',
      cancelMaxN: Infinity,
    },
    {
      name: 'heap-js',
      stable: true,
      hold: (w) => heapHold(heap, heapCompare, w),
      upDown: (w) => heapUpDown(heap, heapCompare, w),
      cancelMix: (w) => heapCancel(heap, heapCompare, w),
      cancelNote: 'remove(), O(n)',
      cancelMaxN: 100,
    },
  ];
}

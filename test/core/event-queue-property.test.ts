import fc from 'fast-check';
import { describe, it } from 'vitest';
import { IMPLEMENTATIONS, ReferenceQueue } from './event-queue-reference';

type Op =
  | { kind: 'push'; time: number; priority: number }
  | { kind: 'pop' }
  | { kind: 'cancel'; index: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('push' as const),
      time: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
      priority: fc.integer({ min: 0, max: 3 }),
    }),
  },
  { weight: 3, arbitrary: fc.constant({ kind: 'pop' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel' as const), index: fc.nat(200) }) },
);

describe.each(IMPLEMENTATIONS)('%s', (_name, EventQueue) => {
  describe('EventQueue property', () => {
    it('matches the reference queue on any sequence of push, pop and cancel', () => {
      fc.assert(
        fc.property(fc.array(op, { maxLength: 300 }), fc.integer({ min: 1, max: 8 }), (ops, capacity) => {
          const queue = new EventQueue(capacity);
          const reference = new ReferenceQueue();
          const handles: number[] = [];
          for (const o of ops) {
            if (o.kind === 'push') {
              const id = reference.push(o.time, handles.length, o.priority);
              handles[id] = queue.push(o.time, id, o.priority);
            } else if (o.kind === 'cancel') {
              if (handles.length === 0) continue;
              const id = o.index % handles.length;
              if (queue.cancel(handles[id]!) !== reference.cancel(id)) return false;
            } else {
              const expected = reference.pop();
              const got = queue.pop();
              if (got !== (expected?.payload ?? -1)) return false;
              if (expected !== undefined && (queue.lastTime !== expected.time || queue.lastPriority !== expected.priority)) {
                return false;
              }
            }
            if (queue.size !== reference.size) return false;
          }
          return true;
        }),
        { numRuns: 300, seed: 20240501 },
      );
    });
  });
});

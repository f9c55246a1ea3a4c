import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SlotPool } from '../../src/util/slot-pool';

describe('SlotPool', () => {
  it('hands out fresh slots 0, 1, 2, … and reuses the last freed first', () => {
    const pool = new SlotPool(2);
    expect([pool.take(), pool.take(), pool.take()]).toEqual([0, 1, 2]);
    pool.give(0);
    pool.give(2);
    expect(pool.take()).toBe(2);
    expect(pool.take()).toBe(0);
    expect(pool.take()).toBe(3);
    expect(pool.inUse).toBe(4);
    expect(pool.handedOut).toBe(4);
  });

  it('never hands out a slot in use, and needs no more slots than were ever in use at once', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 400 }), (ops) => {
        const pool = new SlotPool(1);
        const held = new Set<number>();
        let peak = 0;
        for (const take of ops) {
          if (take || held.size === 0) {
            const s = pool.take();
            expect(held.has(s)).toBe(false);
            held.add(s);
            peak = Math.max(peak, held.size);
          } else {
            const s = [...held][0]!;
            held.delete(s);
            pool.give(s);
          }
          expect(pool.inUse).toBe(held.size);
        }
        expect(pool.handedOut).toBe(peak);
      }),
    );
  });
});

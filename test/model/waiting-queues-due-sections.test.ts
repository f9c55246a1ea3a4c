import { describe, expect, it } from 'vitest';
import { ContactInt, ContactReal, ContactTable } from '../../src/model/contact-table';
import { WaitingQueues } from '../../src/model/waiting-queues';
import { RandomStreams } from '../../src/random/streams';

/**
 * `WaitingQueues` keeps, per queue, the due callbacks within their promise (by promise, then
 * serial), then those past it (same order), then everyone else (FIFO), through any mix of
 * pushes, due pushes, lapses and removals from anywhere. Checked against a plain-array reference.
 */
/** A new contact of `contacts` with the given serial and callback promise. */
function addCallback(contacts: ContactTable, serial: number, promise: number): number {
  const c = contacts.allocate();
  contacts.reals[c * ContactReal.stride + ContactReal.serial] = serial;
  contacts.reals[c * ContactReal.stride + ContactReal.promise] = promise;
  return c;
}

describe('WaitingQueues due sections', () => {
  const byPromise = (contacts: ContactTable) => (a: number, b: number) =>
    (contacts.reals[a * ContactReal.stride + ContactReal.promise] as number) - (contacts.reals[b * ContactReal.stride + ContactReal.promise] as number) ||
    (contacts.reals[a * ContactReal.stride + ContactReal.serial] as number) - (contacts.reals[b * ContactReal.stride + ContactReal.serial] as number);

  it('puts a due callback within its promise first, one past it next, others last', () => {
    const contacts = new ContactTable(8);
    const queues = new WaitingQueues(1, contacts);
    const add = (serial: number, promise: number) => addCallback(contacts, serial, promise);
    const ordinary = add(0, 0);
    const late = add(1, 40);
    const kept = add(2, 60);
    queues.push(0, ordinary);
    expect(queues.pushDue(0, late, 50)).toBe(false);
    expect(queues.pushDue(0, kept, 50)).toBe(true);
    const order: number[] = [];
    for (let k = queues.head(0); k >= 0; k = queues.next(k)) order.push(k);
    expect(order).toEqual([kept, late, ordinary]);
  });

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`matches a reference over random operations (seed ${seed})`, () => {
      const random = new RandomStreams(seed).stream('ops');
      const contacts = new ContactTable(4);
      const Q = 3;
      const queues = new WaitingQueues(Q, contacts);
      const order = byPromise(contacts);
      const ref = Array.from({ length: Q }, () => ({ kept: [] as number[], late: [] as number[], rest: [] as number[] }));
      let now = 0;
      let serial = 0;
      for (let step = 0; step < 1500; step++) {
        const u = random.next();
        const q = Math.floor(random.next() * Q);
        const r = ref[q]!;
        if (u < 0.2) {
          const c = contacts.allocate();
          contacts.reals[c * ContactReal.stride + ContactReal.serial] = serial++;
          queues.push(q, c);
          r.rest.push(c);
        } else if (u < 0.4) {
          const c = contacts.allocate();
          contacts.reals[c * ContactReal.stride + ContactReal.serial] = serial++;
          // promises on a coarse grid, so that ties (broken by serial) happen
          contacts.reals[c * ContactReal.stride + ContactReal.promise] = now + Math.round((random.next() - 0.3) * 10) * 5;
          if (queues.pushDue(q, c, now)) r.kept.push(c);
          else r.late.push(c);
        } else if (u < 0.6) {
          // time passes: the promises that passed lapse, earliest first (as their timers would fire)
          now += random.next() * 10;
          for (let p = 0; p < Q; p++) {
            const s = ref[p]!;
            s.kept.sort(order);
            while (s.kept.length > 0 && (contacts.reals[(s.kept[0]!) * ContactReal.stride + ContactReal.promise] as number) < now) {
              const c = s.kept.shift()!;
              queues.lapse(p, c);
              s.late.push(c);
            }
          }
        } else {
          const all = [...r.kept, ...r.late, ...r.rest];
          if (all.length === 0) continue;
          const c = all[Math.floor(random.next() * all.length)]!;
          queues.remove(q, c);
          for (const list of [r.kept, r.late, r.rest]) {
            const i = list.indexOf(c);
            if (i >= 0) list.splice(i, 1);
          }
          contacts.release(c);
        }
        for (let p = 0; p < Q; p++) {
          const s = ref[p]!;
          const expected = [...[...s.kept].sort(order), ...[...s.late].sort(order), ...s.rest];
          const actual: number[] = [];
          let linked = true;
          for (let k = queues.head(p), prev = -1; k >= 0; prev = k, k = queues.next(k)) {
            actual.push(k);
            if (contacts.ints[k * ContactInt.stride + ContactInt.prev] !== prev) linked = false;
          }
          if (!linked || actual.length !== expected.length || actual.some((c, i) => c !== expected[i])) {
            expect({ step, queue: p, actual, linked }).toEqual({ step, queue: p, actual: expected, linked: true });
          }
          expect(queues.length(p)).toBe(expected.length);
        }
      }
    });
  }
  it('keeps a callback whose promise is now in section 1 (a call now keeps it)', () => {
    const contacts = new ContactTable(8);
    const queues = new WaitingQueues(1, contacts);
    const c = contacts.allocate();
    contacts.reals[c * ContactReal.stride + ContactReal.promise] = 50;
    expect(queues.pushDue(0, c, 50)).toBe(true);
  });

  it('orders callbacks of one promise by serial even when the smaller serial falls due last', () => {
    // A retried callback keeps its contact's serial: it goes before a later contact of the same promise, in both sections.
    const contacts = new ContactTable(8);
    const queues = new WaitingQueues(1, contacts);
    const add = (serial: number, promise: number) => addCallback(contacts, serial, promise);
    const keptLater = add(7, 60);
    const keptEarlier = add(3, 60);
    const lateLater = add(9, 20);
    const lateEarlier = add(4, 20);
    for (const c of [keptLater, keptEarlier, lateLater, lateEarlier]) queues.pushDue(0, c, 50);
    const order: number[] = [];
    for (let k = queues.head(0); k >= 0; k = queues.next(k)) order.push(k);
    expect(order).toEqual([keptEarlier, keptLater, lateEarlier, lateLater]);
  });

  it('unlinks a removed contact: nothing before or behind it any more', () => {
    const contacts = new ContactTable(8);
    const queues = new WaitingQueues(1, contacts);
    const [a, b, c] = [contacts.allocate(), contacts.allocate(), contacts.allocate()];
    for (const x of [a, b, c]) queues.push(0, x);
    queues.remove(0, b);
    expect([queues.next(b), contacts.ints[b * ContactInt.stride + ContactInt.prev]]).toEqual([-1, -1]);
    expect([queues.head(0), queues.next(a), queues.next(c), queues.length(0)]).toEqual([a, c, -1, 2]);
  });
});

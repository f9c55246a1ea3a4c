import { describe, expect, it } from 'vitest';
import { ContactState, ContactTable } from '../../src/model/contact-table';
import { IssueTable } from '../../src/model/issue-table';

type TypedArray = Int32Array | Float64Array | Uint8Array;

/** The table's parallel typed arrays by field name. */
function columns(table: object): Record<string, TypedArray> {
  return Object.fromEntries(Object.entries(table).filter(([, v]) => ArrayBuffer.isView(v) && !(v instanceof DataView))) as Record<string, TypedArray>;
}

/** Writes `value` into every column at `slot` (small values fit every column type). */
function scribble(table: object, slot: number, value: number): void {
  for (const col of Object.values(columns(table))) col[slot] = value;
}

describe('ContactTable', () => {
  it('gives a reused slot its per-contact defaults: no agent, no timers, no links, nothing decided yet', () => {
    const t = new ContactTable(4);
    const a = t.allocate();
    scribble(t, a, 7);
    t.release(a);
    expect(t.state[a]).toBe(ContactState.free);
    // The slot freed last is taken first.
    expect(t.allocate()).toBe(a);
    const fresh = { agent: -1, timer: -1, prev: -1, next: -1, transferred: 0, context: 0, outcome: 0, step: 0, stepTimer: -1, wakeTimer: -1, callback: 0, attempts: 0, exitTimer: -1 };
    const cols = columns(t);
    expect(Object.fromEntries(Object.keys(fresh).map((k) => [k, cols[k]![a]]))).toEqual(fresh);
    // What the engine writes itself at each arrival is left as it was.
    expect([t.type[a], t.arrival[a], t.serial[a], t.promise[a]]).toEqual([7, 7, 7, 7]);
  });

  it('counts the contacts present and hands out fresh slots in order', () => {
    const t = new ContactTable(4);
    expect([t.allocate(), t.allocate(), t.allocate()]).toEqual([0, 1, 2]);
    t.release(1);
    expect(t.present).toBe(2);
    expect(t.allocate()).toBe(1);
    expect(t.allocate()).toBe(3);
    expect(t.present).toBe(4);
  });

  it('doubles every column when full, keeping what the slots held', () => {
    const t = new ContactTable(2);
    expect(t.capacity).toBe(2);
    const [a, b] = [t.allocate(), t.allocate()];
    scribble(t, a, 3);
    scribble(t, b, 5);
    expect(t.allocate()).toBe(2);
    expect(t.capacity).toBe(4);
    const cols = columns(t);
    for (const [name, col] of Object.entries(cols)) {
      expect([name, col.length, col[a], col[b]]).toEqual([name, 4, 3, 5]);
    }
  });

  it('has at least one slot', () => {
    const t = new ContactTable(0);
    expect(t.capacity).toBe(1);
    expect([t.allocate(), t.allocate()]).toEqual([0, 1]);
    expect(t.capacity).toBe(2);
  });
});

describe('IssueTable', () => {
  it('opens a reused slot with its counters reset and closes it on release', () => {
    const t = new IssueTable(4);
    const a = t.allocate();
    expect(t.open[a]).toBe(1);
    scribble(t, a, 7);
    t.release(a);
    expect(t.open[a]).toBe(0);
    expect(t.allocate()).toBe(a);
    const fresh = { contacts: 0, transfers: 0, repeatedInformation: 0, customerTime: 0, lastAgent: -1, lastChannel: -1, informed: 0, nextType: -1, open: 1 };
    const cols = columns(t);
    expect(Object.fromEntries(Object.keys(fresh).map((k) => [k, cols[k]![a]]))).toEqual(fresh);
    // Written by the issue flow when it opens an issue: left as it was.
    expect([t.customer[a], t.segment[a], t.firstType[a], t.openedAt[a], t.serial[a], t.lastContactEnd[a]]).toEqual([7, 7, 7, 7, 7, 7]);
  });

  it('doubles every column when full, keeping what the slots held', () => {
    const t = new IssueTable(2);
    const [a, b] = [t.allocate(), t.allocate()];
    scribble(t, a, 3);
    scribble(t, b, 5);
    expect(t.allocate()).toBe(2);
    expect(t.capacity).toBe(4);
    for (const [name, col] of Object.entries(columns(t))) {
      expect([name, col.length, col[a], col[b]]).toEqual([name, 4, 3, 5]);
    }
    // The new slot is open with its counters reset, whatever the growth copied.
    expect([t.open[2], t.lastAgent[2], t.contacts[2]]).toEqual([1, -1, 0]);
  });

  it('has at least one slot', () => {
    const t = new IssueTable(0);
    expect(t.capacity).toBe(1);
    expect([t.allocate(), t.allocate()]).toEqual([0, 1]);
    expect(t.capacity).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { ContactInt, ContactReal, ContactState, ContactTable } from '../../src/model/contact-table';
import { IssueInt, IssueReal, IssueTable } from '../../src/model/issue-table';

type TypedArray = Int32Array | Float64Array | Uint8Array;

/** One field of a table's rows: read and write it at a slot. */
interface Field {
  get(slot: number): number;
  set(slot: number, value: number): void;
}

/** A record layout: the table's two views of its records and where each field sits in them. */
interface Layout {
  ints: Record<string, number | string>;
  reals: Record<string, number | string>;
}

/** The offsets of a layout enum's fields, without its `stride` (and without TypeScript's reverse mapping). */
function offsets(e: Record<string, number | string>): [string, number][] {
  return Object.entries(e).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[0] !== 'stride');
}

/** Every field of `table` by name: its record fields (`layout`) and its remaining parallel columns. */
function fields(table: object, layout: Layout | null = null): Record<string, Field> {
  const out: Record<string, Field> = {};
  const views = table as { ints?: Int32Array; reals?: Float64Array };
  for (const [name, col] of Object.entries(table)) {
    if (!ArrayBuffer.isView(col) || col instanceof DataView || name === 'ints' || name === 'reals') continue;
    const column = col as TypedArray;
    out[name] = { get: (slot) => column[slot]!, set: (slot, v) => void (column[slot] = v) };
  }
  if (layout !== null) {
    for (const [kind, e] of [['ints', layout.ints], ['reals', layout.reals]] as const) {
      const stride = e.stride as number;
      for (const [name, k] of offsets(e)) {
        out[name] = { get: (slot) => views[kind]![slot * stride + k]!, set: (slot, v) => void (views[kind]![slot * stride + k] = v) };
      }
    }
  }
  return out;
}

/** Writes `value` into every field at `slot` (small values fit every field's type). */
function scribble(table: object, slot: number, value: number, layout: Layout | null = null): void {
  for (const f of Object.values(fields(table, layout))) f.set(slot, value);
}

const CONTACT: Layout = { ints: ContactInt, reals: ContactReal };
const ISSUE: Layout = { ints: IssueInt, reals: IssueReal };

describe('ContactTable', () => {
  it('gives a reused slot its per-contact defaults: no agent, no timers, no links, nothing decided yet', () => {
    const t = new ContactTable(4);
    const a = t.allocate();
    scribble(t, a, 7, CONTACT);
    t.release(a);
    const f = fields(t, CONTACT);
    expect(f.state!.get(a)).toBe(ContactState.free);
    // The slot freed last is taken first.
    expect(t.allocate()).toBe(a);
    const fresh = { agent: -1, timer: -1, prev: -1, next: -1, transferred: 0, context: 0, outcome: 0, step: 0, stepTimer: -1, wakeTimer: -1, callback: 0, attempts: 0, exitTimer: -1 };
    expect(Object.fromEntries(Object.keys(fresh).map((k) => [k, f[k]!.get(a)]))).toEqual(fresh);
    // What the engine writes itself at each arrival is left as it was.
    expect(['type', 'arrival', 'serial', 'promise'].map((k) => f[k]!.get(a))).toEqual([7, 7, 7, 7]);
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

  it('doubles its records and columns when full, keeping what the slots held', () => {
    const t = new ContactTable(2);
    expect(t.capacity).toBe(2);
    const [a, b] = [t.allocate(), t.allocate()];
    scribble(t, a, 3, CONTACT);
    scribble(t, b, 5, CONTACT);
    expect(t.allocate()).toBe(2);
    expect(t.capacity).toBe(4);
    expect([t.ints.length, t.reals.length]).toEqual([4 * ContactInt.stride, 4 * ContactReal.stride]);
    for (const [name, f] of Object.entries(fields(t, CONTACT))) {
      expect([name, f.get(a), f.get(b)]).toEqual([name, 3, 5]);
    }
  });

  it('keeps every field of every contact apart: no two fields of a record, nor two records, share bytes', () => {
    const t = new ContactTable(2);
    const slots = [t.allocate(), t.allocate(), t.allocate()];
    const f = Object.entries(fields(t, CONTACT));
    // 29 fields, each a different small integer in each slot (a Float64 record field read through
    // the Int32 view, or the reverse, would show another value).
    expect(f.length).toBe(29);
    const value = (s: number, i: number): number => 1 + s * 100 + i;
    for (const s of slots) f.forEach(([, field], i) => field.set(s, value(s, i)));
    for (const s of slots) {
      expect(f.map(([name, field]) => [name, field.get(s)])).toEqual(f.map(([name], i) => [name, value(s, i)]));
    }
  });

  it('puts the integer part of a record in the Int32 view and the rest in the Float64 view of one buffer', () => {
    const t = new ContactTable(4);
    expect(t.ints.buffer).toBe(t.reals.buffer);
    expect(ContactInt.stride).toBe(2 * ContactReal.stride);
    const intBytes = offsets(ContactInt).map(([, k]) => 4 * k);
    const realBytes = offsets(ContactReal).map(([, k]) => 8 * k);
    expect(Math.max(...intBytes) + 4).toBeLessThanOrEqual(Math.min(...realBytes));
    expect(Math.max(...realBytes) + 8).toBeLessThanOrEqual(8 * ContactReal.stride);
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
    const f = fields(t, ISSUE);
    expect(f.open!.get(a)).toBe(1);
    scribble(t, a, 7, ISSUE);
    t.release(a);
    expect(f.open!.get(a)).toBe(0);
    expect(t.allocate()).toBe(a);
    const fresh = { contacts: 0, transfers: 0, repeatedInformation: 0, customerTime: 0, lastAgent: -1, lastChannel: -1, informed: 0, nextType: -1, open: 1 };
    expect(Object.fromEntries(Object.keys(fresh).map((k) => [k, f[k]!.get(a)]))).toEqual(fresh);
    // Written by the issue flow when it opens an issue: left as it was.
    expect(['customer', 'segment', 'firstType', 'openedAt', 'serial', 'lastContactEnd'].map((k) => f[k]!.get(a))).toEqual([7, 7, 7, 7, 7, 7]);
  });

  it('doubles its records when full, keeping what the slots held', () => {
    const t = new IssueTable(2);
    const [a, b] = [t.allocate(), t.allocate()];
    scribble(t, a, 3, ISSUE);
    scribble(t, b, 5, ISSUE);
    expect(t.allocate()).toBe(2);
    expect(t.capacity).toBe(4);
    expect([t.ints.length, t.reals.length]).toEqual([4 * IssueInt.stride, 4 * IssueReal.stride]);
    const f = fields(t, ISSUE);
    for (const [name, field] of Object.entries(f)) {
      expect([name, field.get(a), field.get(b)]).toEqual([name, 3, 5]);
    }
    // The new slot is open with its counters reset, whatever the growth copied.
    expect(['open', 'lastAgent', 'contacts'].map((k) => f[k]!.get(2))).toEqual([1, -1, 0]);
  });

  it('keeps every field of every issue apart, the integers in the Int32 view and the rest in the Float64 view of one buffer', () => {
    const t = new IssueTable(2);
    const slots = [t.allocate(), t.allocate(), t.allocate()];
    const f = Object.entries(fields(t, ISSUE));
    expect(f.length).toBe(15);
    const value = (s: number, i: number): number => 1 + s * 100 + i;
    for (const s of slots) f.forEach(([, field], i) => field.set(s, value(s, i)));
    for (const s of slots) {
      expect(f.map(([name, field]) => [name, field.get(s)])).toEqual(f.map(([name], i) => [name, value(s, i)]));
    }
    expect(t.ints.buffer).toBe(t.reals.buffer);
    expect(IssueInt.stride).toBe(2 * IssueReal.stride);
    expect(Math.max(...offsets(IssueInt).map(([, k]) => 4 * k)) + 4).toBeLessThanOrEqual(Math.min(...offsets(IssueReal).map(([, k]) => 8 * k)));
    expect(Math.max(...offsets(IssueReal).map(([, k]) => 8 * k)) + 8).toBeLessThanOrEqual(8 * IssueReal.stride);
  });

  it('has at least one slot', () => {
    const t = new IssueTable(0);
    expect(t.capacity).toBe(1);
    expect([t.allocate(), t.allocate()]).toEqual([0, 1]);
    expect(t.capacity).toBe(2);
  });
});

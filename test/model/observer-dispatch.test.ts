import { describe, expect, it } from 'vitest';
import type { ContactCenterObserver, ObserverHook } from '../../src/model/observer';
import { ObserverDispatch } from '../../src/model/observer-dispatch';

/** An observer that logs `name:hook(args)` into a shared log for the hooks it is given. */
function logger(name: string, log: string[], hooks: readonly ObserverHook[]): ContactCenterObserver {
  const o: Record<string, unknown> = {};
  for (const hook of hooks) o[hook] = (...args: unknown[]) => log.push(`${name}:${hook}(${args.join(',')})`);
  return o as ContactCenterObserver;
}

describe('ObserverDispatch', () => {
  it('calls the observers that implement a hook, in registration order, with all arguments', () => {
    const log: string[] = [];
    const a = logger('a', log, ['onServiceStart', 'onArrival']);
    const b = logger('b', log, ['onArrival']);
    const c = logger('c', log, ['onServiceStart', 'onArrival', 'onCallbackOffered']);
    const notify = new ObserverDispatch([a, b, c]);
    notify.arrival(7);
    notify.serviceStart(3, 9);
    notify.callbackOffered(4, 12.5, true);
    expect(log).toEqual([
      'a:onArrival(7)',
      'b:onArrival(7)',
      'c:onArrival(7)',
      'a:onServiceStart(3,9)',
      'c:onServiceStart(3,9)',
      'c:onCallbackOffered(4,12.5,true)',
    ]);
  });

  it('keeps the order for one, two, three and four listeners of a hook', () => {
    for (let n = 1; n <= 4; n++) {
      const log: string[] = [];
      const observers = Array.from({ length: n }, (_, k) => logger(`o${k}`, log, ['onAbandon', 'onEnd', 'onIssueClosed']));
      const notify = new ObserverDispatch(observers);
      notify.abandon(1);
      notify.end();
      notify.issueClosed(5, false);
      const names = observers.map((_, k) => `o${k}`);
      expect(log).toEqual([
        ...names.map((x) => `${x}:onAbandon(1)`),
        ...names.map((x) => `${x}:onEnd()`),
        ...names.map((x) => `${x}:onIssueClosed(5,false)`),
      ]);
    }
  });

  it('never calls an observer for a hook it does not implement, and a hook nobody implements is a no-op', () => {
    const log: string[] = [];
    const notify = new ObserverDispatch([logger('a', log, ['onQueued'])]);
    notify.dequeued(1, 2);
    notify.agentChange(3);
    notify.warmupEnd();
    expect(log).toEqual([]);
    notify.queued(1, 2);
    expect(log).toEqual(['a:onQueued(1,2)']);
    expect(() => new ObserverDispatch().serviceEnd(1, 2)).not.toThrow();
  });

  it('calls the hook with the observer as `this`', () => {
    class Counter implements ContactCenterObserver {
      seen: number[] = [];
      onArrival(c: number): void {
        this.seen.push(c);
      }
    }
    const counter = new Counter();
    new ObserverDispatch([counter]).arrival(42);
    expect(counter.seen).toEqual([42]);
  });

  it('leaves out the hooks an observer does not subscribe to, and asks only about hooks it implements', () => {
    const log: string[] = [];
    const asked: string[] = [];
    const picky: ContactCenterObserver = {
      ...logger('p', log, ['onArrival', 'onAbandon']),
      subscribes(hook) {
        asked.push(hook);
        return hook === 'onAbandon';
      },
    };
    const notify = new ObserverDispatch([picky, logger('q', log, ['onArrival'])]);
    expect(asked.sort()).toEqual(['onAbandon', 'onArrival']);
    notify.arrival(1);
    notify.abandon(2);
    expect(log).toEqual(['q:onArrival(1)', 'p:onAbandon(2)']);
  });

  it('is a snapshot: hooks added to an observer after it was built are not called', () => {
    const log: string[] = [];
    const o: ContactCenterObserver = {};
    const notify = new ObserverDispatch([o]);
    o.onArrival = (c) => log.push(`late ${c}`);
    notify.arrival(1);
    expect(log).toEqual([]);
    new ObserverDispatch([o]).arrival(2);
    expect(log).toEqual(['late 2']);
  });
});

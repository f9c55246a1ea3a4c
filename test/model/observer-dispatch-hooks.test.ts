import { describe, expect, it } from 'vitest';
import type { ContactCenterObserver, ObserverHook } from '../../src/model/observer';
import { ObserverDispatch } from '../../src/model/observer-dispatch';

/** Every dispatch function, the hook it must call, and arguments to call it with. */
const TABLE: readonly (readonly [keyof ObserverDispatch, ObserverHook, readonly unknown[]])[] = [
  ['arrival', 'onArrival', [1]],
  ['blocked', 'onBlocked', [2]],
  ['queued', 'onQueued', [3, 4]],
  ['dequeued', 'onDequeued', [5, 6]],
  ['serviceStart', 'onServiceStart', [7, 8]],
  ['serviceEnd', 'onServiceEnd', [9, 10]],
  ['abandon', 'onAbandon', [11]],
  ['unfinished', 'onUnfinished', [12]],
  ['agentChange', 'onAgentChange', [13]],
  ['issueClosed', 'onIssueClosed', [14, true]],
  ['issueOpenAtEnd', 'onIssueOpenAtEnd', [15]],
  ['callbackOffered', 'onCallbackOffered', [16, 17.5, false]],
  ['callbackAttempt', 'onCallbackAttempt', [18, 19, true]],
  ['queueExit', 'onQueueExit', [20, 'voicemail']],
  ['convertedToCallback', 'onConvertedToCallback', [21]],
  ['announcement', 'onAnnouncement', [22, 23]],
  ['selfServiceEnd', 'onSelfServiceEnd', [24, 25, 1]],
  ['sessionGap', 'onSessionGap', [26, 27]],
  ['sessionTurn', 'onSessionTurn', [28, 29]],
  ['warmupEnd', 'onWarmupEnd', []],
  ['end', 'onEnd', []],
];

/** An observer implementing every hook, logging `name.hook(args)` with itself as `this`. */
function everyHook(name: string, log: string[]): ContactCenterObserver {
  const o: Record<string, unknown> = { name };
  for (const [, hook] of TABLE) {
    o[hook] = function (this: { name: string }, ...args: unknown[]) {
      log.push(`${this.name}.${hook}(${args.join(',')})`);
    };
  }
  return o as ContactCenterObserver;
}

describe('ObserverDispatch, hook by hook', () => {
  it('covers every hook of the observer interface', () => {
    const hooks = new Set(TABLE.map(([, hook]) => hook));
    expect(hooks.size).toBe(TABLE.length);
    const fields = Object.keys(new ObserverDispatch()).sort();
    expect(fields).toEqual(TABLE.map(([field]) => field).sort());
  });

  it('calls exactly its own hook on one, two and three listeners, in order, with every argument', () => {
    for (let n = 1; n <= 3; n++) {
      const log: string[] = [];
      const names = Array.from({ length: n }, (_, k) => `o${k}`);
      const notify = new ObserverDispatch(names.map((name) => everyHook(name, log)));
      for (const [field, hook, args] of TABLE) {
        log.length = 0;
        (notify[field] as (...a: unknown[]) => void)(...args);
        expect(log).toEqual(names.map((name) => `${name}.${hook}(${args.join(',')})`));
      }
    }
  });
});

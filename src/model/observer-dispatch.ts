import type { ContactCenterObserver, ObserverHook, QueueExitKind } from './observer';

/** A hook function without arguments. */
type Fn0 = () => void;
/** A hook function of one argument. */
type Fn1<A> = (a: A) => void;
/** A hook function of two arguments. */
type Fn2<A, B> = (a: A, b: B) => void;
/** A hook function of three arguments. */
type Fn3<A, B, C> = (a: A, b: B, c: C) => void;

// One no-op per arity, so a call with no listener passes exactly the arguments it declares.
function noop0(): void {}
function noop1(_a: unknown): void {}
function noop2(_a: unknown, _b: unknown): void {}
function noop3(_a: unknown, _b: unknown, _c: unknown): void {}

/**
 * The observers of a run, as one function per hook: the engine calls `notify.serviceStart(c, a)`
 * and that calls, in registration order, exactly the observers that implement the hook and
 * subscribe to it (see {@link ContactCenterObserver.subscribes}). A hook nobody listens to is a
 * no-op function; one listener is called through a bound method, several through a small loop.
 *
 * The table is a snapshot taken when it is built (the engine builds it when the run starts, after
 * every observer's `attach`): hooks an observer adds or removes later are not seen.
 */
export class ObserverDispatch {
  /** Calls `onArrival` of every observer that implements it and subscribes to it. */
  readonly arrival: Fn1<number>;
  /** Calls `onBlocked` of every observer that implements it and subscribes to it. */
  readonly blocked: Fn1<number>;
  /** Calls `onQueued` of every observer that implements it and subscribes to it. */
  readonly queued: Fn2<number, number>;
  /** Calls `onDequeued` of every observer that implements it and subscribes to it. */
  readonly dequeued: Fn2<number, number>;
  /** Calls `onServiceStart` of every observer that implements it and subscribes to it. */
  readonly serviceStart: Fn2<number, number>;
  /** Calls `onServiceEnd` of every observer that implements it and subscribes to it. */
  readonly serviceEnd: Fn2<number, number>;
  /** Calls `onAbandon` of every observer that implements it and subscribes to it. */
  readonly abandon: Fn1<number>;
  /** Calls `onUnfinished` of every observer that implements it and subscribes to it. */
  readonly unfinished: Fn1<number>;
  /** Calls `onAgentChange` of every observer that implements it and subscribes to it. */
  readonly agentChange: Fn1<number>;
  /** Calls `onIssueClosed` of every observer that implements it and subscribes to it. */
  readonly issueClosed: Fn2<number, boolean>;
  /** Calls `onIssueOpenAtEnd` of every observer that implements it and subscribes to it. */
  readonly issueOpenAtEnd: Fn1<number>;
  /** Calls `onCallbackOffered` of every observer that implements it and subscribes to it. */
  readonly callbackOffered: Fn3<number, number, boolean>;
  /** Calls `onCallbackAttempt` of every observer that implements it and subscribes to it. */
  readonly callbackAttempt: Fn3<number, number, boolean>;
  /** Calls `onQueueExit` of every observer that implements it and subscribes to it. */
  readonly queueExit: Fn2<number, QueueExitKind>;
  /** Calls `onConvertedToCallback` of every observer that implements it and subscribes to it. */
  readonly convertedToCallback: Fn1<number>;
  /** Calls `onAnnouncement` of every observer that implements it and subscribes to it. */
  readonly announcement: Fn2<number, number>;
  /** Calls `onSelfServiceEnd` of every observer that implements it and subscribes to it. */
  readonly selfServiceEnd: Fn3<number, number, number>;
  /** Calls `onSessionGap` of every observer that implements it and subscribes to it. */
  readonly sessionGap: Fn2<number, number>;
  /** Calls `onSessionTurn` of every observer that implements it and subscribes to it. */
  readonly sessionTurn: Fn2<number, number>;
  /** Calls `onWarmupEnd` of every observer that implements it and subscribes to it. */
  readonly warmupEnd: Fn0;
  /** Calls `onEnd` of every observer that implements it and subscribes to it. */
  readonly end: Fn0;

  /** @param observers the observers, in the order they are to be told */
  constructor(observers: readonly ContactCenterObserver[] = []) {
    const fns = (hook: ObserverHook): ((...args: never[]) => void)[] => {
      const out: ((...args: never[]) => void)[] = [];
      for (let k = 0; k < observers.length; k++) {
        const o = observers[k]!;
        const method = o[hook] as ((...args: never[]) => void) | undefined;
        if (typeof method !== 'function') continue;
        if (o.subscribes !== undefined && !o.subscribes(hook)) continue;
        out.push(method.bind(o));
      }
      return out;
    };
    this.arrival = join1(fns('onArrival') as Fn1<number>[]);
    this.blocked = join1(fns('onBlocked') as Fn1<number>[]);
    this.queued = join2(fns('onQueued') as Fn2<number, number>[]);
    this.dequeued = join2(fns('onDequeued') as Fn2<number, number>[]);
    this.serviceStart = join2(fns('onServiceStart') as Fn2<number, number>[]);
    this.serviceEnd = join2(fns('onServiceEnd') as Fn2<number, number>[]);
    this.abandon = join1(fns('onAbandon') as Fn1<number>[]);
    this.unfinished = join1(fns('onUnfinished') as Fn1<number>[]);
    this.agentChange = join1(fns('onAgentChange') as Fn1<number>[]);
    this.issueClosed = join2(fns('onIssueClosed') as Fn2<number, boolean>[]);
    this.issueOpenAtEnd = join1(fns('onIssueOpenAtEnd') as Fn1<number>[]);
    this.callbackOffered = join3(fns('onCallbackOffered') as Fn3<number, number, boolean>[]);
    this.callbackAttempt = join3(fns('onCallbackAttempt') as Fn3<number, number, boolean>[]);
    this.queueExit = join2(fns('onQueueExit') as Fn2<number, QueueExitKind>[]);
    this.convertedToCallback = join1(fns('onConvertedToCallback') as Fn1<number>[]);
    this.announcement = join2(fns('onAnnouncement') as Fn2<number, number>[]);
    this.selfServiceEnd = join3(fns('onSelfServiceEnd') as Fn3<number, number, number>[]);
    this.sessionGap = join2(fns('onSessionGap') as Fn2<number, number>[]);
    this.sessionTurn = join2(fns('onSessionTurn') as Fn2<number, number>[]);
    this.warmupEnd = join0(fns('onWarmupEnd') as Fn0[]);
    this.end = join0(fns('onEnd') as Fn0[]);
  }
}

function join0(fs: readonly Fn0[]): Fn0 {
  if (fs.length === 0) return noop0;
  if (fs.length === 1) return fs[0]!;
  return () => {
    for (let k = 0; k < fs.length; k++) fs[k]!();
  };
}

function join1<A>(fs: readonly Fn1<A>[]): Fn1<A> {
  if (fs.length === 0) return noop1;
  if (fs.length === 1) return fs[0]!;
  if (fs.length === 2) {
    const f = fs[0]!;
    const g = fs[1]!;
    return (a) => {
      f(a);
      g(a);
    };
  }
  return (a) => {
    for (let k = 0; k < fs.length; k++) fs[k]!(a);
  };
}

function join2<A, B>(fs: readonly Fn2<A, B>[]): Fn2<A, B> {
  if (fs.length === 0) return noop2;
  if (fs.length === 1) return fs[0]!;
  if (fs.length === 2) {
    const f = fs[0]!;
    const g = fs[1]!;
    return (a, b) => {
      f(a, b);
      g(a, b);
    };
  }
  return (a, b) => {
    for (let k = 0; k < fs.length; k++) fs[k]!(a, b);
  };
}

function join3<A, B, C>(fs: readonly Fn3<A, B, C>[]): Fn3<A, B, C> {
  if (fs.length === 0) return noop3;
  if (fs.length === 1) return fs[0]!;
  return (a, b, c) => {
    for (let k = 0; k < fs.length; k++) fs[k]!(a, b, c);
  };
}

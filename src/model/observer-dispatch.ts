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
 * subscribe to it (see {@link ContactCenterObserver.subscribes}). Who listens is decided once, when
 * the table is built: a hook nobody listens to is a no-op function, and one or two listeners are
 * called straight from a closure written for that hook alone (so each call site inside it only
 * ever sees the methods of that hook, and the JIT inlines them: a method is called as
 * `method.call(observer, ...)`, the same function object in every run, where a bound method would
 * be a new object per run); three or more through a small loop.
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
  // Stryker disable next-line ArrayDeclaration: a default list holding a string is as empty: a string has no hook methods
  constructor(observers: readonly ContactCenterObserver[] = []) {
    const of = <F>(hook: ObserverHook): Listeners<F> => listeners<F>(observers, hook);
    // Each hook writes its own one- and two-listener closures (see the class comment).
    this.arrival = join1(of('onArrival'), (f, o) => (a) => f.call(o, a), (f, o, g, p) => (a) => {
      f.call(o, a);
      g.call(p, a);
    });
    this.blocked = join1(of('onBlocked'), (f, o) => (a) => f.call(o, a), (f, o, g, p) => (a) => {
      f.call(o, a);
      g.call(p, a);
    });
    this.queued = join2(of('onQueued'), (f, o) => (a, b) => f.call(o, a, b), (f, o, g, p) => (a, b) => {
      f.call(o, a, b);
      g.call(p, a, b);
    });
    this.dequeued = join2(of('onDequeued'), (f, o) => (a, b) => f.call(o, a, b), (f, o, g, p) => (a, b) => {
      f.call(o, a, b);
      g.call(p, a, b);
    });
    this.serviceStart = join2(of('onServiceStart'), (f, o) => (a, b) => f.call(o, a, b), (f, o, g, p) => (a, b) => {
      f.call(o, a, b);
      g.call(p, a, b);
    });
    this.serviceEnd = join2(of('onServiceEnd'), (f, o) => (a, b) => f.call(o, a, b), (f, o, g, p) => (a, b) => {
      f.call(o, a, b);
      g.call(p, a, b);
    });
    this.abandon = join1(of('onAbandon'), (f, o) => (a) => f.call(o, a), (f, o, g, p) => (a) => {
      f.call(o, a);
      g.call(p, a);
    });
    this.unfinished = join1(of('onUnfinished'), (f, o) => (a) => f.call(o, a), (f, o, g, p) => (a) => {
      f.call(o, a);
      g.call(p, a);
    });
    this.agentChange = join1(of('onAgentChange'), (f, o) => (a) => f.call(o, a), (f, o, g, p) => (a) => {
      f.call(o, a);
      g.call(p, a);
    });
    this.issueClosed = join2(of('onIssueClosed'), (f, o) => (a, b) => f.call(o, a, b), (f, o, g, p) => (a, b) => {
      f.call(o, a, b);
      g.call(p, a, b);
    });
    this.issueOpenAtEnd = join1(of('onIssueOpenAtEnd'), (f, o) => (a) => f.call(o, a), (f, o, g, p) => (a) => {
      f.call(o, a);
      g.call(p, a);
    });
    this.callbackOffered = join3(of('onCallbackOffered'));
    this.callbackAttempt = join3(of('onCallbackAttempt'));
    this.queueExit = join2(of('onQueueExit'), (f, o) => (a, b) => f.call(o, a, b), (f, o, g, p) => (a, b) => {
      f.call(o, a, b);
      g.call(p, a, b);
    });
    this.convertedToCallback = join1(of('onConvertedToCallback'), (f, o) => (a) => f.call(o, a), (f, o, g, p) => (a) => {
      f.call(o, a);
      g.call(p, a);
    });
    this.announcement = join2(of('onAnnouncement'), (f, o) => (a, b) => f.call(o, a, b), (f, o, g, p) => (a, b) => {
      f.call(o, a, b);
      g.call(p, a, b);
    });
    this.selfServiceEnd = join3(of('onSelfServiceEnd'));
    this.sessionGap = join2(of('onSessionGap'), (f, o) => (a, b) => f.call(o, a, b), (f, o, g, p) => (a, b) => {
      f.call(o, a, b);
      g.call(p, a, b);
    });
    this.sessionTurn = join2(of('onSessionTurn'), (f, o) => (a, b) => f.call(o, a, b), (f, o, g, p) => (a, b) => {
      f.call(o, a, b);
      g.call(p, a, b);
    });
    this.warmupEnd = join0(of('onWarmupEnd'));
    this.end = join0(of('onEnd'));
  }
}

/** The methods of one hook and the observers they belong to (same order, same length). */
interface Listeners<F> {
  readonly fs: readonly F[];
  readonly os: readonly ContactCenterObserver[];
}

/** The observers that implement `hook` and subscribe to it, with their methods taken now. */
function listeners<F>(observers: readonly ContactCenterObserver[], hook: ObserverHook): Listeners<F> {
  const fs: F[] = [];
  const os: ContactCenterObserver[] = [];
  for (let k = 0; k < observers.length; k++) {
    const o = observers[k]!;
    const method = o[hook];
    if (typeof method !== 'function') continue;
    if (o.subscribes !== undefined && !o.subscribes(hook)) continue;
    fs.push(method as F);
    os.push(o);
  }
  return { fs, os };
}

/** An observer, as the `this` of a hook method. */
type This = ContactCenterObserver;

function join0(ls: Listeners<Fn0>): Fn0 {
  const { fs, os } = ls;
  // Stryker disable next-line ConditionalExpression: a fast path; with it false the loop below makes the same calls in the same order
  if (fs.length === 0) return noop0;
  // Stryker disable next-line ConditionalExpression,BlockStatement: a fast path; with it false or empty the loop below makes the same calls in the same order
  if (fs.length === 1) {
    const f = fs[0]!;
    const o = os[0]!;
    return () => f.call(o);
  }
  return () => {
    for (let k = 0; k < fs.length; k++) fs[k]!.call(os[k]!);
  };
}

function join1<A>(
  ls: Listeners<Fn1<A>>,
  one: (f: Fn1<A>, o: This) => Fn1<A>,
  two: (f: Fn1<A>, o: This, g: Fn1<A>, p: This) => Fn1<A>,
): Fn1<A> {
  const { fs, os } = ls;
  // Stryker disable next-line ConditionalExpression: a fast path; with it false the loop below makes the same calls in the same order
  if (fs.length === 0) return noop1;
  // Stryker disable next-line ConditionalExpression: a fast path; with it false the loop below makes the same calls in the same order
  if (fs.length === 1) return one(fs[0]!, os[0]!);
  // Stryker disable next-line ConditionalExpression: a fast path; with it false the loop below makes the same calls in the same order
  if (fs.length === 2) return two(fs[0]!, os[0]!, fs[1]!, os[1]!);
  return (a) => {
    for (let k = 0; k < fs.length; k++) fs[k]!.call(os[k]!, a);
  };
}

function join2<A, B>(
  ls: Listeners<Fn2<A, B>>,
  one: (f: Fn2<A, B>, o: This) => Fn2<A, B>,
  two: (f: Fn2<A, B>, o: This, g: Fn2<A, B>, p: This) => Fn2<A, B>,
): Fn2<A, B> {
  const { fs, os } = ls;
  // Stryker disable next-line ConditionalExpression: a fast path; with it false the loop below makes the same calls in the same order
  if (fs.length === 0) return noop2;
  // Stryker disable next-line ConditionalExpression: a fast path; with it false the loop below makes the same calls in the same order
  if (fs.length === 1) return one(fs[0]!, os[0]!);
  // Stryker disable next-line ConditionalExpression: a fast path; with it false the loop below makes the same calls in the same order
  if (fs.length === 2) return two(fs[0]!, os[0]!, fs[1]!, os[1]!);
  return (a, b) => {
    for (let k = 0; k < fs.length; k++) fs[k]!.call(os[k]!, a, b);
  };
}

/** Hooks of three arguments are rare (callbacks, self-service): a loop serves them. */
function join3<A, B, C>(ls: Listeners<Fn3<A, B, C>>): Fn3<A, B, C> {
  const { fs, os } = ls;
  // Stryker disable next-line ConditionalExpression: a fast path; with it false the loop below makes the same calls in the same order
  if (fs.length === 0) return noop3;
  return (a, b, c) => {
    for (let k = 0; k < fs.length; k++) fs[k]!.call(os[k]!, a, b, c);
  };
}

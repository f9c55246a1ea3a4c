import type { ModelDefinition } from '../../src/model/definition';
import { InvariantChecker } from '../../src/model/invariant-checker';
import type { ContactCenterView } from '../../src/model/view';
import { fakeModel, FakeView, type FakeState } from '../routing/fake-view';

/** Values or functions that replace the fake view's own, by member name (`now` included). */
export type ViewOverrides = Partial<Record<keyof ContactCenterView, unknown>>;

/**
 * An {@link InvariantChecker} attached to a hand-written center (a `FakeView`) whose answers a
 * test changes one by one with {@link CheckerProbe.set}: the checker is then told of events the
 * way the engine would, and must throw exactly when the state it reads breaks an invariant.
 */
export class CheckerProbe {
  readonly checker: InvariantChecker;
  readonly view: ContactCenterView;
  private readonly overrides: ViewOverrides = {};

  constructor(model: ModelDefinition, state: FakeState, maxTracked?: number) {
    const fake = new FakeView(model, state);
    const overrides = this.overrides;
    this.view = new Proxy(fake, {
      get: (target, key, receiver) => (Object.hasOwn(overrides, key) ? overrides[key as keyof ContactCenterView] : Reflect.get(target, key, receiver)),
    }) as ContactCenterView;
    this.checker = maxTracked === undefined ? new InvariantChecker() : new InvariantChecker(maxTracked);
    this.checker.attach(this.view);
  }

  /** Changes what the view answers from now on. */
  set(overrides: ViewOverrides): this {
    Object.assign(this.overrides, overrides);
    return this;
  }

  /** Tells the checker of `n` arrivals at t = 0 (so any later event's clock is fine), then restores the time. */
  arrivals(n: number): this {
    const had = Object.hasOwn(this.overrides, 'now');
    const now = this.overrides.now;
    this.overrides.now = 0;
    for (let k = 0; k < n; k++) this.checker.onArrival();
    if (had) this.overrides.now = now;
    else delete this.overrides.now;
    return this;
  }
}

/**
 * One skill; types `call` (voice, proficiency 2 needed), `chat`, `mail` (e-mail) and `msg`
 * (messaging); group `g` (proficiency 3; voice 1, chat 2, e-mail 2, messaging 2) and group `h`
 * (messaging 1). The horizon is 3600 s.
 */
export function checkerModel(): ModelDefinition {
  return fakeModel({
    skills: ['s'],
    types: [
      { name: 'call', requirements: [['s', 2]] },
      { name: 'chat', channel: 'chat' },
      { name: 'mail', channel: 'email' },
      { name: 'msg', channel: 'messaging' },
    ],
    groups: [
      { name: 'g', proficiency: { s: 3 }, concurrency: { voice: 1, chat: 2, email: 2, messaging: 2 } },
      { name: 'h', proficiency: { s: 1 }, concurrency: { messaging: 1 } },
    ],
  });
}

/** `model` with contact type `name` changed. */
export function withType(model: ModelDefinition, name: string, change: Record<string, unknown>): ModelDefinition {
  return { ...model, contactTypes: model.contactTypes.map((t) => (t.name === name ? ({ ...t, ...change } as typeof t) : t)) };
}

/** `model` with agent group `name` changed. */
export function withGroup(model: ModelDefinition, name: string, change: Record<string, unknown>): ModelDefinition {
  return { ...model, agentGroups: model.agentGroups.map((g) => (g.name === name ? ({ ...g, ...change } as typeof g) : g)) };
}

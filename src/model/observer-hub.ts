import type { ContactCenterObserver } from './observer';
import type { ContactCenterView } from './view';

type Hook = Exclude<keyof ContactCenterObserver, 'attach'>;

/**
 * Forwards engine notifications to the observers that implement each hook, in registration order.
 * Hooks nobody implements cost one length check.
 */
export class ObserverHub {
  private readonly byHook = new Map<Hook, ContactCenterObserver[]>();

  constructor(readonly observers: readonly ContactCenterObserver[]) {}

  /** Gives every observer the view. */
  attach(view: ContactCenterView): void {
    for (const o of this.observers) o.attach?.(view);
  }

  /** The observers implementing a hook. */
  listeners(hook: Hook): ContactCenterObserver[] {
    let list = this.byHook.get(hook);
    if (list === undefined) {
      list = this.observers.filter((o) => typeof o[hook] === 'function');
      this.byHook.set(hook, list);
    }
    return list;
  }
}

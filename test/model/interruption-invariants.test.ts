import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import { InvariantChecker } from '../../src/model/invariant-checker';
import type { ContactCenterView } from '../../src/model/view';
import { deterministic } from '../../src/random/distributions/deterministic';
import { FakeView } from '../routing/fake-view';
import { singleQueueModel } from '../support/models';

/** One blended agent (calls, e-mails) whose group lets calls suspend e-mails, or not. */
function model(rule: boolean): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 1 }), agents: 1, horizon: 100 });
  const email = { ...base.contactTypes[0]!, id: 1, name: 'emails', channel: 2 };
  const group = { ...base.agentGroups[0]!, concurrency: [1, 0, 1, 0] };
  return { ...base, contactTypes: [base.contactTypes[0]!, email], agentGroups: [rule ? { ...group, interruptions: { suspends: [2], resumeOverhead: 0 } } : group] };
}

/** A fake view of that agent at t = 100, with its load and the interruption figures given. */
function view(m: ModelDefinition, o: { voice: number; suspended: number; interruptions?: number; suspendedTime?: number; serviceStart?: number }): ContactCenterView {
  const fake = new FakeView(m, { now: 100, agents: [{ group: 'agents', load: { voice: o.voice } }], contacts: [{ type: 'emails', queuedAt: 0 }] });
  const overrides: Partial<ContactCenterView> = {
    agentSuspended: () => o.suspended,
    contactInterruptions: () => o.interruptions ?? 0,
    contactSuspendedTime: () => o.suspendedTime ?? 0,
    contactServiceStart: () => o.serviceStart ?? 0,
    contactAgent: () => 0,
    groupBusy: () => (o.voice > 0 ? 1 : 0),
  };
  return new Proxy(fake, { get: (target, key, receiver) => (key in overrides ? overrides[key as keyof ContactCenterView] : Reflect.get(target, key, receiver)) }) as ContactCenterView;
}

function checker(v: ContactCenterView): InvariantChecker {
  const c = new InvariantChecker();
  c.attach(v);
  c.onArrival(); // the contact ended below arrived first
  return c;
}

describe('InvariantChecker with interruptions', () => {
  it('accepts suspended contacts while their agent is on a call, and fails without a call', () => {
    expect(() => checker(view(model(true), { voice: 1, suspended: 2 })).onAgentChange(0)).not.toThrow();
    expect(() => checker(view(model(true), { voice: 0, suspended: 1 })).onAgentChange(0)).toThrow(/holds 1 suspended contacts but is not on a call/);
  });

  it('fails a served contact suspended longer than its time in service', () => {
    expect(() => checker(view(model(true), { voice: 0, suspended: 0, interruptions: 1, suspendedTime: 30, serviceStart: 50 })).onServiceEnd(0)).not.toThrow();
    expect(() => checker(view(model(true), { voice: 0, suspended: 0, interruptions: 1, suspendedTime: 60, serviceStart: 50 })).onServiceEnd(0)).toThrow(/suspended 60 s of its 50 s in service/);
  });

  it('fails a suspension the group does not allow, or a time suspended without a suspension', () => {
    expect(() => checker(view(model(false), { voice: 0, suspended: 0, interruptions: 1, suspendedTime: 10, serviceStart: 50 })).onServiceEnd(0)).toThrow(/lets no call suspend its channel/);
    expect(() => checker(view(model(true), { voice: 0, suspended: 0, interruptions: 0, suspendedTime: 10, serviceStart: 50 })).onServiceEnd(0)).toThrow(/suspended 0 times for 10 s/);
  });
});

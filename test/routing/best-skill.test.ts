import { describe, expect, it } from 'vitest';
import { bestSkillPolicy } from '../../src/routing/best-skill';
import { FakeView, fakeContext, fakeModel } from './fake-view';
import type { FakeAgent, FakeContact } from './fake-view';

const model = fakeModel({
  skills: ['spanish', 'english'],
  segments: [{ name: 'gold' }, { name: 'bronze' }],
  types: [
    { name: 'es', requirements: [['spanish', 1]] },
    { name: 'en', requirements: [['english', 1]] },
    { name: 'general' },
    { name: 'urgent-en', requirements: [['english', 1]], priority: 2 },
  ],
  groups: [
    { name: 'bilingual', proficiency: { spanish: 5, english: 2 } },
    { name: 'latino', proficiency: { spanish: 3, english: 1 } },
    { name: 'anglo', proficiency: { english: 4 } },
    { name: 'anglo-2', proficiency: { english: 4 } },
  ],
});
const policy = bestSkillPolicy(fakeContext(model));

function agentFor(type: string, agents: FakeAgent[]): string {
  const view = new FakeView(model, { now: 100, agents, contacts: [{ name: 'c', type, queuedAt: 100 }] });
  return view.agentName(policy.selectAgent(view.contact('c'), view));
}

function contactFor(group: string, contacts: FakeContact[]): string {
  const view = new FakeView(model, { now: 100, agents: [{ name: 'a', group }], contacts });
  return view.contactName(policy.selectContact(view.agent('a'), view));
}

describe('best-skill selectAgent', () => {
  it('takes the proficiency-5 agent over the longer-idle proficiency-3 agent', () => {
    const agents = [
      { name: 'lucia', group: 'latino', idleSince: 0 },
      { name: 'bea', group: 'bilingual', idleSince: 50 },
    ];
    expect(agentFor('es', agents)).toBe('bea');
  });

  it('judges proficiency in the contact type’s primary skill', () => {
    const agents = [
      { name: 'bea', group: 'bilingual', idleSince: 0 }, // english 2
      { name: 'al', group: 'anglo', idleSince: 50 }, // english 4
    ];
    expect(agentFor('en', agents)).toBe('al');
  });

  it('breaks a proficiency tie by idle time, then agent id', () => {
    const agents = [
      { name: 'al', group: 'anglo', idleSince: 20 },
      { name: 'ann', group: 'anglo-2', idleSince: 5 },
      { name: 'amy', group: 'anglo', idleSince: 30 },
    ];
    expect(agentFor('en', agents)).toBe('ann');
    const tied = [
      { name: 'first', group: 'anglo-2', idleSince: 5 },
      { name: 'second', group: 'anglo', idleSince: 5 },
    ];
    expect(agentFor('en', tied)).toBe('first');
  });

  it('treats every agent as equal for a type without requirements', () => {
    const agents = [
      { name: 'bea', group: 'bilingual', idleSince: 40 },
      { name: 'lucia', group: 'latino', idleSince: 10 },
      { name: 'al', group: 'anglo', idleSince: 25 },
    ];
    expect(agentFor('general', agents)).toBe('lucia');
  });

  it('skips busy agents', () => {
    const agents = [
      { name: 'bea', group: 'bilingual', load: { voice: 1 } },
      { name: 'lucia', group: 'latino', idleSince: 60 },
    ];
    expect(agentFor('es', agents)).toBe('lucia');
  });
});

describe('best-skill selectContact', () => {
  const enOld = { name: 'en-old', type: 'en', queuedAt: 0 };
  const esNew = { name: 'es-new', type: 'es', queuedAt: 50 };

  it('takes the work the agent is most proficient in, even if younger', () => {
    expect(contactFor('bilingual', [enOld, esNew])).toBe('es-new'); // spanish 5 vs english 2
    expect(contactFor('latino', [enOld, esNew])).toBe('es-new'); // spanish 3 vs english 1
  });

  it('takes what it can serve when it lacks the better-paid skill', () => {
    expect(contactFor('anglo', [enOld, esNew])).toBe('en-old');
  });

  it('puts a type without requirements after the agent’s skills', () => {
    expect(contactFor('anglo', [{ name: 'general', type: 'general', queuedAt: 0 }, { ...enOld, queuedAt: 90 }])).toBe(
      'en-old',
    );
  });

  it('breaks a proficiency tie by the default order: priority, then queued time', () => {
    const contacts = [
      { name: 'en-gold', type: 'en', segment: 'gold', queuedAt: 10 },
      { name: 'en-bronze', type: 'en', segment: 'bronze', queuedAt: 5 },
    ];
    expect(contactFor('anglo', contacts)).toBe('en-bronze');
    expect(contactFor('anglo', [...contacts, { name: 'urgent', type: 'urgent-en', queuedAt: 99 }])).toBe('urgent');
  });

  it('rejects options', () => {
    expect(() => bestSkillPolicy(fakeContext(model, { by: 'skill' }))).toThrow(
      "routing.options.by: policy 'best-skill' takes no options",
    );
  });
});

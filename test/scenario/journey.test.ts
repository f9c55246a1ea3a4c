import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { modelOf, validScenario } from './helpers';

const TEXT = `
name: Billing journey
horizon: 8h
skills: [billing, cards]
journey:
  context: omnichannel
  contextHandleFactor: 0.9
  repeatHandleFactor: 1.2
  maxContacts: 5
  returnWhenClosed: next-opening
contactTypes:
  - name: billing-voice
    skills: { billing: 1 }
    handleTime: { kind: exponential, mean: 5m }
    arrivals: { rate: 60/h }
    resolution:
      probability: 0.7
      byProficiency: { 1: 0.8, 2: 0.9, 4: 1.05, 5: 1.1 }
      withContext: 1.15
    repeat:
      probability: 0.8
      delay: { kind: exponential, mean: 1d }
      via: { billing-chat: 0.4, billing-voice: 0.6 }
    retrial:
      probability: 0.5
      delay: { kind: exponential, mean: 10m }
    transfer: { to: billing-back-office, probability: 0.6 }
  - name: billing-chat
    channel: chat
    skills: { billing: 1 }
    handleTime: { kind: exponential, mean: 6m }
    arrivals: { rate: 20/h }
    resolution: { probability: 0.9 }
    repeat: { probability: 0.3, delay: { kind: deterministic, value: 2h } }
    transfer: { to: billing-back-office }
  - name: billing-back-office
    channel: email
    skills: { billing: 3 }
    handleTime: { kind: exponential, mean: 20m }
    arrivals: { trace: [] }
agentGroups:
  - name: tier1
    agents: 10
    skills: { billing: 2 }
    channels: { voice: 1, chat: 2 }
    authority: false
  - name: back-office
    agents: 3
    skills: { billing: 4 }
    channels: { email: 1 }
`;

describe('parseScenario() on a scenario with every journey field', () => {
  const { model, warnings } = modelOf(YAML.parse(TEXT));
  const [voice, chat, backOffice] = model.contactTypes;

  it('resolves without warnings', () => {
    expect(warnings).toEqual([]);
    expect(model.contactTypes.map((t) => t.name)).toEqual(['billing-voice', 'billing-chat', 'billing-back-office']);
  });

  it('keeps the scenario-wide journey settings', () => {
    expect(model.journey).toEqual({
      context: 'omnichannel',
      contextHandleFactor: 0.9,
      repeatHandleFactor: 1.2,
      maxContacts: 5,
      returnWhenClosed: 'next-opening',
    });
  });

  it('lists resolution factors by level 0–5, with 1 at index 0 and for missing levels', () => {
    expect(voice!.resolution).toEqual({ probability: 0.7, byProficiency: [1, 0.8, 0.9, 1, 1.05, 1.1], withContext: 1.15 });
    expect(chat!.resolution).toEqual({ probability: 0.9, byProficiency: [1, 1, 1, 1, 1, 1], withContext: 1 });
    expect(backOffice!.resolution).toBeNull();
  });

  it('turns via into [type id, share] pairs in the order written', () => {
    expect(voice!.repeat?.probability).toBe(0.8);
    expect(voice!.repeat?.next).toEqual([
      [1, 0.4],
      [0, 0.6],
    ]);
    expect(voice!.repeat?.delay.mean).toBeCloseTo(86_400, 9);
  });

  it('sends a repeat or retrial without via to the same contact type', () => {
    expect(chat!.repeat?.probability).toBe(0.3);
    expect(chat!.repeat?.next).toEqual([[1, 1]]);
    expect(chat!.repeat?.delay.mean).toBe(7_200);
    expect(voice!.retrial?.probability).toBe(0.5);
    expect(voice!.retrial?.next).toEqual([[0, 1]]);
    expect(voice!.retrial?.delay.mean).toBeCloseTo(600, 9);
    expect(chat!.retrial).toBeNull();
    expect(backOffice!.repeat).toBeNull();
    expect(backOffice!.retrial).toBeNull();
  });

  it('names the transfer target by id, with probability 1 by default', () => {
    expect(voice!.transfer).toEqual({ to: 2, probability: 0.6 });
    expect(chat!.transfer).toEqual({ to: 2, probability: 1 });
    expect(backOffice!.transfer).toBeNull();
  });

  it('keeps authority per agent group, true by default', () => {
    expect(model.agentGroups.map((g) => g.authority)).toEqual([false, true]);
  });

  it('accepts a type that only receives transferred contacts (arrivals: { trace: [] })', () => {
    expect(backOffice!.arrivals).toEqual({ kind: 'trace', times: [] });
  });
});

describe('journey defaults', () => {
  it('leaves every journey field null and every group with authority when none is given', () => {
    const { model } = modelOf(validScenario());
    expect(model.journey).toBeNull();
    for (const type of model.contactTypes) {
      expect([type.resolution, type.repeat, type.retrial, type.transfer]).toEqual([null, null, null, null]);
    }
    expect(model.agentGroups.map((g) => g.authority)).toEqual([true, true]);
  });

  it('fills an empty journey with context none, factors 1, at most 10 contacts and returns that arrive when drawn', () => {
    const s = validScenario();
    s.journey = {};
    expect(modelOf(s).model.journey).toEqual({
      context: 'none',
      contextHandleFactor: 1,
      repeatHandleFactor: 1,
      maxContacts: 10,
      returnWhenClosed: 'arrive',
    });
  });

  it.each(['none', 'same-channel', 'omnichannel'])('accepts context %s', (context) => {
    const s = validScenario();
    s.journey = { context };
    expect(modelOf(s).model.journey?.context).toBe(context);
  });

  it('accepts the bounds: probabilities 0 and 1, factors 0, one contact', () => {
    const s = validScenario();
    s.journey = { maxContacts: 1 };
    s.contactTypes[0].resolution = { probability: 0, byProficiency: { 1: 0 }, withContext: 0 };
    s.contactTypes[0].repeat = { probability: 1, delay: { kind: 'exponential', mean: '1h' }, via: { 'cards-chat': 1, 'billing-voice': 0 } };
    const { model } = modelOf(s);
    expect(model.journey?.maxContacts).toBe(1);
    expect(model.contactTypes[0]!.resolution).toEqual({ probability: 0, byProficiency: [1, 0, 1, 1, 1, 1], withContext: 0 });
    expect(model.contactTypes[0]!.repeat?.next).toEqual([
      [1, 1],
      [0, 0],
    ]);
  });
});

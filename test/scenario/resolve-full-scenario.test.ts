import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { modelOf } from './helpers';

const TEXT = `
name: Retail bank
horizon: 1d
warmup: 1h
interval: 30m
endOfDay: cut
skills: [billing, cards, spanish]
segments:
  - { name: gold, share: 0.2, value: 100, priority: 1 }
  - { name: standard, share: 0.8, value: 10 }
sites:
  - { name: tel-aviv, kind: in-house }
  - { name: manila, kind: outsourcer }
contactTypes:
  - name: billing-voice
    channel: voice
    skills: { billing: 2, spanish: 1 }
    handleTime: { kind: lognormal, mean: 5m, cv: 0.8 }
    patience: { kind: exponential, mean: 3m }
    priority: 2
    serviceLevel: { target: 0.7, within: 30s }
    arrivals: { rate: 120/h }
    segments: { gold: 0.3, standard: 0.7 }
  - name: cards-email
    channel: email
    skills: { cards: 1 }
    handleTime: { kind: gamma, mean: 8m, cv: 0.5 }
    arrivals: { perInterval: [10, 20, 30], interval: 8h }
  - name: cards-chat
    channel: chat
    skills: { cards: 2 }
    handleTime: { kind: deterministic, value: 1h30m }
    serviceLevel: { target: 0.9 }
    arrivals: { trace: [3600, 60, 2m] }
agentGroups:
  - name: tier1
    site: tel-aviv
    agents: 20
    skills: { spanish: 1, billing: 3 }
    channels: { voice: 1, chat: 3 }
    wrapUp: { kind: deterministic, value: 30s }
    handleTimeFactor: { 1: 1.3, 2: 1.15, 4: 0.9, 5: 0.8 }
  - name: back-office
    site: manila
    agents: { perInterval: [0, 5, 3], interval: 8h }
    skills: { cards: 4 }
    channels: { email: 2, chat: 1 }
  - name: night
    site: manila
    agents: { shifts: [{ start: 22h, end: 30h, agents: 4 }, { start: 0, end: 8h, agents: 1 }] }
    skills: { cards: 2, billing: 2, spanish: 5 }
    channels: { voice: 1, chat: 1, email: 1 }
waitingRoom: { voice: 50, chat: 0 }
busyness: { cv: 0.1 }
routing: { policy: value-based, options: { agingTime: 60 } }
`;

describe('parseScenario() on a full scenario', () => {
  const { model, warnings } = modelOf(YAML.parse(TEXT));

  it('converts the top-level durations to seconds and keeps the flags', () => {
    expect(model.name).toBe('Retail bank');
    expect(model.horizon).toBe(86_400);
    expect(model.warmup).toBe(3_600);
    expect(model.intervalLength).toBe(1_800);
    expect(model.endOfDay).toBe('cut');
  });

  it('gives skills, segments and sites dense ids in list order', () => {
    expect(model.skills).toEqual(['billing', 'cards', 'spanish']);
    expect(model.segments).toEqual([
      { id: 0, name: 'gold', share: 0.2, value: 100, priority: 1 },
      { id: 1, name: 'standard', share: 0.8, value: 10, priority: 0 },
    ]);
    expect(model.sites).toEqual([
      { id: 0, name: 'tel-aviv', kind: 'in-house' },
      { id: 1, name: 'manila', kind: 'outsourcer' },
    ]);
  });

  it('resolves a contact type with a constant rate', () => {
    const t = model.contactTypes[0]!;
    expect(t.id).toBe(0);
    expect(t.name).toBe('billing-voice');
    expect(t.channel).toBe(0);
    expect(t.requirements).toEqual([
      { skill: 0, minProficiency: 2 },
      { skill: 2, minProficiency: 1 },
    ]);
    expect(t.arrivals.kind).toBe('poisson');
    if (t.arrivals.kind === 'poisson') expect(t.arrivals.rate).toBeCloseTo(1 / 30, 15);
    expect(t.priority).toBe(2);
    expect(t.serviceLevel).toEqual({ target: 0.7, threshold: 30 });
    expect(t.segmentMix).toEqual([0.3, 0.7]);
  });

  it('builds the distributions with durations in seconds', () => {
    const t = model.contactTypes[0]!;
    expect(t.handleTime.kind).toBe('lognormal');
    expect(t.handleTime.mean).toBeCloseTo(300, 9);
    expect(Math.sqrt(t.handleTime.variance) / t.handleTime.mean).toBeCloseTo(0.8, 9);
    expect(t.patience?.kind).toBe('exponential');
    expect(t.patience?.mean).toBeCloseTo(180, 12);
    expect(model.contactTypes[1]!.handleTime.mean).toBeCloseTo(480, 9);
    expect(model.contactTypes[2]!.handleTime.mean).toBe(5_400);
  });

  it('turns counts per interval into rates per second', () => {
    const t = model.contactTypes[1]!;
    expect(t.channel).toBe(2);
    expect(t.patience).toBeNull();
    expect(t.arrivals).toEqual({ kind: 'piecewise', intervalLength: 28_800, rates: [10 / 28_800, 20 / 28_800, 30 / 28_800], period: 86_400 });
    expect(t.segmentMix).toEqual([0.2, 0.8]);
  });

  it('uses the channel default for the missing part of a service level', () => {
    expect(model.contactTypes[1]!.serviceLevel).toEqual({ target: 0.9, threshold: 14_400 });
    expect(model.contactTypes[2]!.serviceLevel).toEqual({ target: 0.9, threshold: 20 });
  });

  it('sorts trace times given in any unit', () => {
    expect(model.contactTypes[2]!.arrivals).toEqual({ kind: 'trace', times: [60, 120, 3_600] });
  });

  it('resolves agent groups: site, proficiency per skill id, concurrency per channel id', () => {
    const [g0, g1, g2] = model.agentGroups;
    expect(g0!.site).toBe(0);
    expect(g1!.site).toBe(1);
    expect(g2!.site).toBe(1);
    expect(g0!.proficiency).toEqual([3, 0, 1]);
    expect(g1!.proficiency).toEqual([0, 4, 0]);
    expect(g2!.proficiency).toEqual([2, 2, 5]);
    expect(g0!.concurrency).toEqual([1, 3, 0, 0]);
    expect(g1!.concurrency).toEqual([0, 1, 2, 0]);
    expect(g0!.handleTimeFactor).toEqual([1, 1.3, 1.15, 1, 0.9, 0.8]);
    expect(g1!.handleTimeFactor).toEqual([1, 1, 1, 1, 1, 1]);
    expect(g0!.wrapUp?.mean).toBe(30);
    expect(g1!.wrapUp).toBeNull();
  });

  it('resolves the three kinds of staffing', () => {
    expect(model.agentGroups[0]!.staffing).toEqual({ kind: 'constant', agents: 20 });
    expect(model.agentGroups[1]!.staffing).toEqual({ kind: 'intervals', intervalLength: 28_800, agents: [0, 5, 3], period: 86_400 });
    expect(model.agentGroups[2]!.staffing).toEqual({
      kind: 'shifts',
      shifts: [
        { start: 79_200, end: 108_000, agents: 4 },
        { start: 0, end: 28_800, agents: 1 },
      ],
      period: 86_400,
    });
  });

  it('resolves the waiting room, busyness and routing', () => {
    expect(model.waitingRoom).toEqual([50, 0, Infinity, Infinity]);
    expect(model.busyness).toEqual({ cv: 0.1 });
    expect(model.routing).toEqual({ policy: 'value-based', options: { agingTime: 60 } });
  });

  it('has no warnings', () => {
    expect(warnings).toEqual([]);
  });
});

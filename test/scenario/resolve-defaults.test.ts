import { describe, expect, it } from 'vitest';
import { modelOf } from './helpers';

const MINIMAL = {
  name: 'Minimal',
  skills: ['general'],
  contactTypes: [
    { name: 'calls', skills: { general: 1 }, handleTime: { kind: 'exponential', mean: 240 }, arrivals: { rate: '60/h' } },
    { name: 'mails', channel: 'messaging', skills: {}, handleTime: { kind: 'exponential', mean: '10m' }, arrivals: { rate: '10/h' } },
  ],
  agentGroups: [
    { name: 'everyone', agents: 5, skills: { general: 1 } },
    { name: 'writers', agents: 2, channels: { messaging: 4 } },
  ],
};

describe('parseScenario() defaults', () => {
  const { model } = modelOf(MINIMAL);

  it('fills the top-level defaults', () => {
    expect(model.horizon).toBe(86_400);
    expect(model.warmup).toBe(0);
    expect(model.intervalLength).toBe(1_800);
    expect(model.endOfDay).toBe('drain');
    expect(model.busyness).toBeNull();
    expect(model.waitingRoom).toEqual([Infinity, Infinity, Infinity, Infinity]);
    expect(model.routing).toEqual({ policy: 'longest-idle-agent', options: {} });
  });

  it('uses one segment and one site when none are listed', () => {
    expect(model.segments).toEqual([{ id: 0, name: 'all', share: 1, value: 1, priority: 0 }]);
    expect(model.sites).toEqual([{ id: 0, name: 'main', kind: 'in-house' }]);
    expect(model.agentGroups.map((g) => g.site)).toEqual([0, 0]);
    expect(model.contactTypes.map((t) => t.segmentMix)).toEqual([[1], [1]]);
  });

  it('defaults a contact type to voice, priority 0, no patience, and its channel service level', () => {
    const [calls, mails] = model.contactTypes;
    expect(calls!.channel).toBe(0);
    expect(calls!.priority).toBe(0);
    expect(calls!.patience).toBeNull();
    expect(calls!.serviceLevel).toEqual({ target: 0.8, threshold: 20 });
    expect(mails!.channel).toBe(3);
    expect(mails!.requirements).toEqual([]);
    expect(mails!.serviceLevel).toEqual({ target: 0.9, threshold: 4 * 3_600 });
  });

  it('defaults a group to voice with concurrency 1, no skills, factor 1 and no wrap-up', () => {
    const [everyone, writers] = model.agentGroups;
    expect(everyone!.concurrency).toEqual([1, 0, 0, 0]);
    expect(writers!.concurrency).toEqual([0, 0, 0, 4]);
    expect(writers!.proficiency).toEqual([0]);
    expect(everyone!.handleTimeFactor).toEqual([1, 1, 1, 1, 1, 1]);
    expect(everyone!.wrapUp).toBeNull();
  });

  it('gives per-interval lists the scenario interval and a one-day period by default', () => {
    const input = structuredClone(MINIMAL) as any;
    input.interval = '1h';
    input.contactTypes[0].arrivals = { perInterval: Array.from({ length: 24 }, (_, i) => i + 1) };
    input.agentGroups[0].agents = { perInterval: new Array(24).fill(3) };
    const { model: m } = modelOf(input);
    const arrivals = m.contactTypes[0]!.arrivals;
    expect(arrivals.kind === 'piecewise' && arrivals.intervalLength).toBe(3_600);
    expect(arrivals.kind === 'piecewise' && arrivals.period).toBe(86_400);
    expect(arrivals.kind === 'piecewise' && arrivals.rates[23]).toBeCloseTo(24 / 3_600, 15);
    expect(m.agentGroups[0]!.staffing).toEqual({ kind: 'intervals', intervalLength: 3_600, agents: new Array(24).fill(3), period: 86_400 });
  });

  it('does not modify its input', () => {
    const input = structuredClone(MINIMAL);
    modelOf(input);
    expect(input).toEqual(MINIMAL);
  });
});

import { describe, expect, it } from 'vitest';
import { contactSlices, groupSlices } from '../../src/metrics/slices';
import type { ModelDefinition } from '../../src/model/definition';
import { exponential } from '../../src/random/distributions/exponential';
import { singleQueueModel } from '../support/models';

const base = singleQueueModel({ arrivalRate: 1, handleTime: exponential({ mean: 1 }), agents: 1, horizon: 10 });

/** Types on the given channels, `segments` segments, groups at the given sites. */
function model(channels: number[], segments: number, groupSites: number[], sites: number): ModelDefinition {
  const type = base.contactTypes[0]!;
  const group = base.agentGroups[0]!;
  return {
    ...base,
    segments: Array.from({ length: segments }, (_, id) => ({ id, name: `s${id}`, share: 1 / segments, value: id, priority: 0 })),
    sites: Array.from({ length: sites }, (_, id) => ({ id, name: `site${id}`, kind: 'in-house' as const })),
    contactTypes: channels.map((channel, id) => ({ ...type, id, name: `t${id}`, channel, segmentMix: Array(segments).fill(1 / segments) })),
    agentGroups: groupSites.map((site, id) => ({ ...group, id, name: `g${id}`, site })),
  };
}

let made = 0;
const create = (): { id: number } => ({ id: made++ });

describe('contactSlices()', () => {
  it('uses one tally for every slice of a one-type, one-segment center', () => {
    const s = contactSlices(model([0], 1, [0], 1), create);
    expect(s.byType[0]).toBe(s.overall);
    expect(s.bySegment[0]).toBe(s.overall);
    expect(s.byChannel[0]).toBe(s.overall);
    expect(s.byClass[0]).toEqual([s.overall]);
    expect(s.byChannel[1]).not.toBe(s.overall);
  });

  it('gives a channel used by one type that type’s tally, and a shared channel its own', () => {
    const s = contactSlices(model([0, 0, 1], 2, [0], 1), create);
    expect(s.byChannel[1]).toBe(s.byType[2]);
    const voice = s.byChannel[0]!;
    expect([s.overall, ...s.byType, ...s.bySegment]).not.toContain(voice);
    expect(new Set([s.overall, ...s.byType, ...s.bySegment]).size).toBe(6);
    // a voice contact of type 1, segment 1 updates overall, its type, voice and its segment
    expect(s.byClass[1 * 2 + 1]).toEqual([s.overall, s.byType[1], voice, s.bySegment[1]]);
    // a chat contact of type 2, segment 0: the chat slice is the type slice
    expect(s.byClass[2 * 2 + 0]).toEqual([s.overall, s.byType[2], s.bySegment[0]]);
  });

  it('never lists a tally twice for a class', () => {
    for (const [channels, segments] of [[[0], 1], [[0], 3], [[1, 1], 1], [[0, 1, 2, 3], 2]] as const) {
      const s = contactSlices(model([...channels], segments, [0], 1), create);
      for (const list of s.byClass) expect(new Set(list).size).toBe(list.length);
    }
  });
});

describe('groupSlices()', () => {
  it('gives a site with a single group that group’s tally', () => {
    const s = groupSlices(model([0], 1, [0, 1, 1], 3), create);
    expect(s.bySite[0]).toBe(s.byGroup[0]);
    expect(s.bySite[1]).not.toBe(s.byGroup[1]);
    expect(s.byGroupAndSite[0]).toEqual([s.byGroup[0]]);
    expect(s.byGroupAndSite[2]).toEqual([s.byGroup[2], s.bySite[1]]);
  });
});

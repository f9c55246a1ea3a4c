import { describe, expect, it } from 'vitest';
import { canonicalJson, scenarioHash } from '../../src/experiment/scenario-hash';
import { helpDesk } from './scenarios';

describe('canonicalJson()', () => {
  it('sorts object keys at every level, keeps array order and leaves out undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson([2, 1])).toBe('[2,1]');
  });

  it('writes plain values as JSON, dates as their ISO text and undefined as null', () => {
    expect(canonicalJson('x')).toBe('"x"');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({ at: new Date(Date.UTC(2026, 0, 2)) })).toBe('{"at":"2026-01-02T00:00:00.000Z"}');
  });
});

describe('scenarioHash()', () => {
  it('is 16 hex digits of the SHA-256 of the canonical JSON of scenario and metric options', () => {
    // printf '%s' '{"metrics":{},"scenario":{}}' | sha256sum → f6dea383a2234d6e7d81bc71…
    expect(scenarioHash({})).toBe('f6dea383a2234d6e');
    expect(scenarioHash({}, {})).toBe('f6dea383a2234d6e');
  });

  it('does not see key order, and sees every value and the metric options', () => {
    const s = helpDesk(1);
    const reordered = Object.fromEntries(Object.entries(s).reverse());
    expect(scenarioHash(reordered)).toBe(scenarioHash(s));
    expect(scenarioHash({ ...s, horizon: '2h' })).not.toBe(scenarioHash(s));
    expect(scenarioHash(s, { shortAbandonThreshold: 10 })).not.toBe(scenarioHash(s));
  });
});

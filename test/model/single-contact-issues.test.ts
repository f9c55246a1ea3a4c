import { describe, expect, it } from 'vitest';
import type { ContactTypeDefinition, ModelDefinition } from '../../src/model/definition';
import { singleContactIssues } from '../../src/model/journey';
import { singleQueueModel } from '../support/models';
import { exponential } from '../../src/random/distributions/exponential';

/** A plain M/M/1 model whose contact types are the base type with `changes` applied, one type per entry. */
function modelWith(...changes: Partial<Record<keyof ContactTypeDefinition, unknown>>[]): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: exponential({ mean: 1 }), agents: 1, horizon: 10 });
  const type = base.contactTypes[0]!;
  return { ...base, contactTypes: changes.map((c, id) => ({ ...type, id, ...c }) as ContactTypeDefinition) };
}

/**
 * Each mechanism that gives an issue a second contact, or ends its contact other than by a service,
 * abandonment or block, set alone (the value only needs to be present: the function reads no further).
 */
const FOLLOW_UPS: readonly (readonly [string, Partial<Record<keyof ContactTypeDefinition, unknown>>])[] = [
  ['repeat', { repeat: {} }],
  ['retrial', { retrial: {} }],
  ['transfer', { transfer: {} }],
  ['callback', { callback: {} }],
  ['queueExits', { queueExits: {} }],
  ['selfService', { selfService: {} }],
  ['silentAbandonment', { silentAbandonment: {} }],
  ['session', { session: {} }],
];

describe('singleContactIssues()', () => {
  it('is true for types without any follow-up mechanism, one type or several', () => {
    expect(singleContactIssues(modelWith({}))).toBe(true);
    expect(singleContactIssues(modelWith({}, {}, {}))).toBe(true);
  });

  for (const [name, change] of FOLLOW_UPS) {
    it(`is false when one type has a ${name}, whichever type it is`, () => {
      expect(singleContactIssues(modelWith(change))).toBe(false);
      expect(singleContactIssues(modelWith({}, change))).toBe(false);
      expect(singleContactIssues(modelWith(change, {}))).toBe(false);
    });
  }
});

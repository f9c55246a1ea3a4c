import { describe, expect, it } from 'vitest';
import { errorAt, modelOf, validScenario } from './helpers';

const SILENT = { probability: 0.1, after: { kind: 'exponential', mean: '2m' }, discoveryTime: { kind: 'deterministic', value: '45s' } };

describe('contact type silentAbandonment', () => {
  it('resolves on a chat type', () => {
    const s = validScenario();
    s.contactTypes[1].silentAbandonment = SILENT;
    const stage = modelOf(s).model.contactTypes[1]!.silentAbandonment!;
    expect([stage.probability, stage.after.mean, stage.discoveryTime.mean]).toEqual([0.1, 120, 45]);
  });

  it('is refused on a voice type, naming the field', () => {
    const s = validScenario();
    s.contactTypes[0].silentAbandonment = SILENT;
    expect(errorAt(s, 'contactTypes[0].silentAbandonment')).toBe("only chat and messaging customers leave without saying so; remove silentAbandonment for channel 'voice'");
  });

  it('rejects a probability outside [0, 1]', () => {
    const s = validScenario();
    s.contactTypes[1].silentAbandonment = { ...SILENT, probability: 1.5 };
    expect(errorAt(s, 'contactTypes[1].silentAbandonment.probability')).toBe('probability must be a number between 0 and 1, got 1.5');
  });
});

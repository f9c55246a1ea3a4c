import { describe, expect, it } from 'vitest';
import { errorAt, modelOf, validScenario } from './helpers';

/** {@link validScenario} whose voice calls first go through a bot. */
function botScenario(): Record<string, any> {
  const s = validScenario();
  s.contactTypes[0].selfService = { time: { kind: 'exponential', mean: '90s' }, containment: 0.3, optOut: 0.1, optOutTime: { kind: 'deterministic', value: '20s' } };
  return s;
}

describe('contact type selfService', () => {
  it('resolves with its defaults (context passed on); types without it get no field', () => {
    const { model } = modelOf(botScenario());
    const stage = model.contactTypes[0]!.selfService!;
    expect([stage.containment, stage.optOut, stage.context, stage.time.mean, stage.optOutTime?.mean]).toEqual([0.3, 0.1, true, 90, 20]);
    expect('selfService' in model.contactTypes[1]!).toBe(false);
  });

  it.each([1.2, -0.1])('rejects containment %s outside [0, 1]', (value) => {
    const s = botScenario();
    s.contactTypes[0].selfService.containment = value;
    expect(errorAt(s, 'contactTypes[0].selfService.containment')).toBe(`containment must be a number between 0 and 1, got ${value}`);
  });

  it('rejects optOut outside [0, 1] and a stage without a time', () => {
    const s = botScenario();
    s.contactTypes[0].selfService.optOut = 2;
    delete s.contactTypes[0].selfService.time;
    expect(errorAt(s, 'contactTypes[0].selfService.optOut')).toBe('optOut must be a number between 0 and 1, got 2');
    expect(errorAt(s, 'contactTypes[0].selfService.time')).toBeDefined();
  });
});

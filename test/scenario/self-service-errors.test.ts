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

describe('costs.channels.<channel>.perSelfServiceSession', () => {
  it('prices every session (after the warm-up) as contact cost of its type', async () => {
    const { simulate } = await import('../../src/run/simulate');
    const s = botScenario();
    s.costs = { channels: { voice: { perSelfServiceSession: 0.25 } } };
    const r = simulate(s as never, { seed: 3 });
    const sessions = r.selfService![0]!.sessions;
    expect(sessions).toBeGreaterThan(500);
    // The voice type's only contact cost is its sessions' price (no other voice price is given).
    expect(r.economics!.byContactType[0]!.contactCost).toBeCloseTo(0.25 * sessions, 9);
    expect(r.economics!.byContactType[1]!.contactCost).toBe(0);
    // Contained issues count among the resolved issues the costs are spread over.
    expect(r.economics!.resolvedIssues).toBeGreaterThanOrEqual(r.selfService![0]!.contained);
  });
});

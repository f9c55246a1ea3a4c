import { describe, expect, it } from 'vitest';
import { RETURN_WHEN_CLOSED } from '../../src/scenario/journey-schema';
import { scenarioJsonSchema } from '../../src/scenario/schema';
import { errorAt, journeyScenario, modelOf } from './helpers';

describe('journey.returnWhenClosed', () => {
  it("defaults to 'arrive'", () => {
    expect(modelOf(journeyScenario()).model.journey?.returnWhenClosed).toBe('arrive');
  });

  it.each(['arrive', 'next-opening'])("accepts '%s'", (value) => {
    const s = journeyScenario();
    s.journey.returnWhenClosed = value;
    expect(modelOf(s).model.journey?.returnWhenClosed).toBe(value);
  });

  it('lists the allowed values, with a suggestion on a typo', () => {
    const s = journeyScenario();
    s.journey.returnWhenClosed = 'next-open';
    expect(errorAt(s, 'journey.returnWhenClosed')).toBe("must be one of arrive, next-opening, got 'next-open'; did you mean 'next-opening'?");
    s.journey.returnWhenClosed = 'wait';
    expect(errorAt(s, 'journey.returnWhenClosed')).toBe("must be one of arrive, next-opening, got 'wait'");
  });

  it('rejects a value that is not a string', () => {
    const s = journeyScenario();
    s.journey.returnWhenClosed = true;
    expect(errorAt(s, 'journey.returnWhenClosed')).toMatch(/^must be one of arrive, next-opening, got true/);
  });

  it('is described in the JSON schema with its values and default', () => {
    const field = (scenarioJsonSchema() as any).properties.journey.properties.returnWhenClosed;
    expect(field.enum).toEqual([...RETURN_WHEN_CLOSED]);
    expect(field.default).toBe('arrive');
    expect(field.description).toMatch(/next-opening/);
  });
});

import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';
import { ScenarioError } from '../../src/scenario/errors';
import { parseScenario } from '../../src/scenario/resolve';
import { fixture, REJECTED } from './reliability-cases';

describe('reliability reproducers through the library', () => {
  it.each(REJECTED)('$file: a ScenarioError at $path, before any run', ({ file, path, message }) => {
    const input = fixture(file);
    const result = parseScenario(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual([path]);
    expect(result.errors[0]?.message).toMatch(message);
    let thrown: unknown;
    try {
      simulate(input as Parameters<typeof simulate>[0], { seed: 1 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ScenarioError);
    expect((thrown as ScenarioError).issues).toEqual(result.errors);
  });

  it('many-intervals.yaml: valid, with a warning at interval that gives the memory estimate', () => {
    const result = parseScenario(fixture('many-intervals.yaml'));
    expect(result.ok).toBe(true);
    // 100 days at 1 s: 8,640,000 intervals × 250 B = 2.16 GB (the reproducer measured 2.0 GB peak)
    const memory = result.warnings.filter((w) => w.message.includes('of memory'));
    expect(memory).toEqual([
      {
        path: 'interval',
        message: expect.stringMatching(/^a run needs about 2\.2 GB of memory up front .*8640000 reporting intervals of 1s/),
      },
    ]);
  });
});

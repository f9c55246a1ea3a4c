import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario, type CaseOutcome } from './check-case';
import { EXPECTED_FEATURES, featuresOf } from './feature-coverage';
import { scenarioInput } from './scenario-input';

/**
 * The seeded scenario fuzzer, briefly: a few hundred generated scenarios on fixed seeds, each
 * validated, run with the invariant checker, a trace and the runaway watchdog, and run again for
 * determinism (`npm run fuzz` runs it at length, on worker threads, with a wall-clock timeout).
 * The cases are kept small (`maxArrivals`) so this takes a few seconds; the generator draws the
 * same features whatever the size.
 */

const SEEDS = Array.from({ length: 200 }, (_, i) => `test/${i}`);
const SMALL = { maxArrivals: 30 };

describe('scenario fuzzer', () => {
  const inputs = SEEDS.map((seed) => scenarioInput(seed, SMALL));

  it('draws the same scenario from the same seed', () => {
    expect(JSON.stringify(scenarioInput('test/7', SMALL))).toBe(JSON.stringify(inputs[7]));
    expect(JSON.stringify(scenarioInput('test/8', SMALL))).not.toBe(JSON.stringify(inputs[7]));
  });

  it('reaches every feature of the scenario format on these seeds', () => {
    const seen = new Set<string>();
    for (const input of inputs) for (const label of featuresOf(input)) seen.add(label);
    expect(EXPECTED_FEATURES.filter((label) => !seen.has(label))).toEqual([]);
  });

  it('passes every check on 200 generated scenarios', () => {
    const failures: string[] = [];
    let contacts = 0;
    inputs.forEach((input, i) => {
      const outcome: CaseOutcome = checkScenario(input, { seed: i });
      contacts += outcome.contacts;
      if (outcome.verdict !== 'ok') failures.push(`${SEEDS[i]}: ${outcome.message.split('\n')[0]}`);
    });
    expect(failures).toEqual([]);
    expect(contacts).toBeGreaterThan(2000);
  });
});

/** A reduced failing case the fuzzer found (now fixed): the scenario, the simulation seed, what went wrong. */
interface Finding {
  readonly description: string;
  readonly signature: string;
  readonly seed: number;
  readonly scenario: unknown;
}

describe('reduced fuzz findings (test/fixtures/fuzz)', () => {
  const dir = new URL('../fixtures/fuzz/', import.meta.url);
  const findings = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Finding) }));

  it('keeps at least one finding', () => {
    expect(findings.length).toBeGreaterThan(0);
  });

  for (const finding of findings) {
    it(`${finding.file} passes every check (was: ${finding.signature})`, () => {
      const outcome = checkScenario(finding.scenario, { seed: finding.seed });
      expect(outcome.message).toBe('');
      expect(outcome.verdict).toBe('ok');
    });
  }
});

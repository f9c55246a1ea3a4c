import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContactTrace, readScenarioFile, simulate, simulateModel } from '../../src/index';
import { buildScenario, rawScenarioArbOf } from '../support/random-scenario';

/**
 * Golden hashes: the SHA-256 of the JSON result (and of the per-contact trace) of every bundled
 * example and of 24 random centers, on fixed seeds. A change that a scenario does not use must
 * leave all of them as they are; a change that is meant to move results updates them in the same
 * commit, with the reason in its message (`UPDATE_GOLDEN=1 npx vitest run test/golden`).
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FILE = fileURLToPath(new URL('./hashes.json', import.meta.url));
/** The policies the random centers draw from (a fixed list, so that new policies do not reshuffle the draws). */
const GOLDEN_POLICIES = ['agent-affinity', 'best-skill', 'context-aware', 'least-occupied', 'longest-idle-agent', 'random-agent', 'skills-priority', 'value-based'];
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

function computeHashes(): Record<string, string> {
  const hashes: Record<string, string> = {};
  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).sort();
  for (const file of examples) {
    const input = readScenarioFile(join(ROOT, 'examples', file));
    for (const seed of [1, 2]) {
      const lines: string[] = [];
      const result = simulate(input as never, { seed, observers: [new ContactTrace((line) => lines.push(line))] });
      hashes[`${file} seed ${seed}`] = sha(JSON.stringify(result));
      hashes[`${file} seed ${seed} trace`] = sha(lines.join('\n'));
    }
  }
  const models = fc.sample(rawScenarioArbOf(GOLDEN_POLICIES).map(buildScenario), { seed: 20261206, numRuns: 24 });
  models.forEach((model, i) => {
    hashes[`random center ${i}`] = sha(JSON.stringify(simulateModel(model, { seed: i })));
  });
  return hashes;
}

describe('golden hashes', () => {
  it('every example and random center gives the same bytes as before', () => {
    const hashes = computeHashes();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(FILE, `${JSON.stringify(hashes, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>;
    expect(hashes).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load-scenario';
import { validScenario } from '../scenario/helpers';
import { tempDir, writeScenario } from './cli-harness';

const s = validScenario();
s['horizon'] = 10_000;
s['interval'] = 1; // 10,000 reporting intervals: 10,000 × (4 kB + 2 kB per replication) ≥ 1 GiB from 52 replications on
const file = writeScenario(tempDir(), 'fine-intervals.json', s as never);

/** The warning lines `loadScenario` prints for `replications`. */
function warnings(replications: number): string[] {
  const lines: string[] = [];
  loadScenario(file, { replications, warn: (line) => lines.push(line) });
  return lines;
}

describe('loadScenario() for an experiment', () => {
  it('warns with the memory estimate before the replications run, at interval', () => {
    expect(warnings(52)).toEqual([
      expect.stringMatching(/^warning: .*fine-intervals\.json: interval: an experiment of 52 replications needs about 1\.1 GB of memory: each of the 10000 reporting intervals of 1s keeps its metrics/),
    ]);
  });

  it('says nothing below 1 GiB or for a single run', () => {
    expect(warnings(51)).toEqual([]);
    expect(warnings(1)).toEqual([]);
  });
});

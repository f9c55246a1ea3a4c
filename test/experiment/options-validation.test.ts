import { describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/experiment/replications';
import { ScenarioError } from '../../src/scenario/errors';
import { helpDesk } from './scenarios';

describe('runExperiment() options', () => {
  it('names the bad option and value', async () => {
    await expect(runExperiment(helpDesk(), { replications: 0 })).rejects.toThrow('replications must be an integer >= 1, got 0');
    await expect(runExperiment(helpDesk(), { replications: 2.5 })).rejects.toThrow(RangeError);
    await expect(runExperiment(helpDesk(), { seed: 1.5, threads: 1 })).rejects.toThrow('seed must be a finite integer or a non-empty string, got 1.5');
    await expect(runExperiment(helpDesk(), { seed: '', threads: 1 })).rejects.toThrow(TypeError);
    await expect(runExperiment(helpDesk(), { level: 95 })).rejects.toThrow('level must be in (0, 1), got 95');
    await expect(runExperiment(helpDesk(), { threads: -1 })).rejects.toThrow('threads must be a positive integer, got -1');
  });

  it('reports scenario errors before running anything', async () => {
    const broken = { ...helpDesk(), horizon: '-2h' };
    await expect(runExperiment(broken, { replications: 2, threads: 2 })).rejects.toThrow(ScenarioError);
  });

  it('calls onProgress after each replication', async () => {
    const seen: [number, number][] = [];
    await runExperiment(helpDesk(1), { replications: 3, threads: 1, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([[1, 3], [2, 3], [3, 3]]);
  });
});

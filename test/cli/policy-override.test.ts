import { describe, expect, it } from 'vitest';
import { runDocument } from '../../src/report/run-format';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

/** A scenario with options for its own policy, which another policy does not take. */
const withOptions: ScenarioInput = { ...helpDesk(1), routing: { policy: 'value-based', options: { valueWeight: 2 } } };
const dir = tempDir();
const file = writeScenario(dir, 'value-based.json', withOptions);

describe('--policy replaces the whole routing block', () => {
  it('run --policy: the options of the file policy are dropped', async () => {
    const { code, stdout, stderr } = await cli(['run', file, '--policy', 'best-skill', '--format', 'json']);
    expect([code, stderr]).toEqual([0, '']);
    const expected = simulate({ ...helpDesk(1), routing: { policy: 'best-skill' } }, { seed: 1 });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(runDocument(expected))));
  });

  it('run --policy with the same policy: the options are dropped too (the policy defaults)', async () => {
    const { stdout } = await cli(['run', file, '--policy', 'value-based', '--format', 'json']);
    const expected = simulate({ ...helpDesk(1), routing: { policy: 'value-based' } }, { seed: 1 });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(runDocument(expected))));
  });

  it('run --policy with --replications, and compare of two files with one --policy', async () => {
    const experiment = await cli(['run', file, '--policy', 'best-skill', '--replications', '2', '--threads', '1', '--format', 'json']);
    expect(experiment.code).toBe(0);
    expect(JSON.parse(experiment.stdout)).toMatchObject({ policy: 'best-skill' });
    const other = writeScenario(dir, 'other.json', { ...withOptions, name: 'other', horizon: '2h' });
    const compared = await cli(['compare', file, other, '--policy', 'best-skill', '--replications', '2', '--threads', '1', '--format', 'json']);
    expect(compared.code).toBe(0);
    const result = JSON.parse(compared.stdout) as { variants: { experiment: { policy: string } }[] };
    expect(result.variants.map((v) => v.experiment.policy)).toEqual(['best-skill', 'best-skill']);
  });
});

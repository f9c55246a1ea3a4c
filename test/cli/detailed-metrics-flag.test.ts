import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

const dir = tempDir();
const file = writeScenario(dir, 'help-desk.json', helpDesk(2));

describe('routelab run --detailed-metrics', () => {
  it('adds result.detailed to the json, equal to the library run with metrics: { detailed: true }', async () => {
    const { code, stdout } = await cli(['run', file, '--seed', '4', '--format', 'json', '--detailed-metrics']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { result: { detailed?: unknown } };
    expect(doc.result).toEqual(JSON.parse(JSON.stringify(simulate(helpDesk(2), { seed: 4, metrics: { detailed: true } }))));
    expect(doc.result.detailed).toBeDefined();
  });

  it('gives the detailed paths in the csv of an experiment', async () => {
    const { code, stdout } = await cli(['run', file, '--replications', '2', '--threads', '1', '--format', 'csv', '--detailed-metrics']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^detailed\.delays\.delayProbability,2,/m);
    expect(stdout).toMatch(/^detailed\.busyByAgentGroup\.billing-team\.byContactType\.[^,]+\.share,2,/m);
  });

  it('leaves the result without it by default', async () => {
    const { stdout } = await cli(['run', file, '--seed', '4', '--format', 'json']);
    expect(stdout).not.toContain('"detailed"');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { experimentHtml } from '../../src/cli/html-output';
import { runExperiment } from '../../src/experiment/replications';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

const dir = tempDir();
const file = writeScenario(dir, 'help-desk.json', helpDesk(1));

describe('one replication', () => {
  it('run --report leaves stdout as it is without --report, in every text format', async () => {
    for (const format of ['table', 'json', 'csv']) {
      const report = join(dir, `report-${format}.html`);
      const [plain, withReport] = await Promise.all([cli(['run', file, '--seed', '3', '--format', format]), cli(['run', file, '--seed', '3', '--format', format, '--report', report])]);
      expect(withReport.code).toBe(0);
      expect(withReport.stdout).toBe(plain.stdout);
    }
    expect((await cli(['run', file, '--seed', '3'])).stdout).toMatch(/^agent group\s/m); // the one-run tables, agents included
  });

  it('the report of one run is that of an experiment of one replication', async () => {
    const report = join(dir, 'one.html');
    await cli(['run', file, '--seed', '3', '--report', report]);
    const experiment = await runExperiment(helpDesk(1), { seed: 3, replications: 1, threads: 1 });
    expect(readFileSync(report, 'utf8').trimEnd()).toBe(experimentHtml(helpDesk(1), experiment).trimEnd());
    expect((await cli(['run', file, '--seed', '3', '--format', 'html'])).stdout).toBe(readFileSync(report, 'utf8'));
  });

  it('the HTML headline table promises an interval only when there are intervals', async () => {
    const one = (await cli(['run', file, '--format', 'html'])).stdout;
    const two = (await cli(['run', file, '--format', 'html', '--replications', '2', '--threads', '1'])).stdout;
    expect(one).toContain('<caption>Headline metrics</caption>');
    expect(one).not.toMatch(/CI\)<\/caption>/);
    expect(two).toContain('<caption>Headline metrics (95% CI)</caption>');
  });

  it('merge and compare headers say "1 replication" and promise no half-width', async () => {
    const shard = join(dir, 'one-shard.json');
    await cli(['run', file, '--from', '2', '--to', '3', '--threads', '1', '--out', shard]);
    const merged = await cli(['merge', shard, '--format', 'table']);
    expect(merged.stdout.split('\n')[0]).toBe('help-desk — policy longest-idle-agent: 1 replication (replication 2), seed 1, no confidence intervals');
    const compared = await cli(['compare', file, '--policy', 'longest-idle-agent', 'best-skill', '--replications', '1', '--threads', '1']);
    expect(compared.code).toBe(0);
    const [header] = compared.stdout.split('\n');
    expect(header).toMatch(/^1 replication per design, /);
    expect(header).not.toMatch(/Student t|half-width/);
    expect(compared.stdout).not.toMatch(/ ± |\*/);
    for (const outcome of [merged, compared]) expect(outcome.stdout).not.toMatch(/\b1 replications/);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenMetrics } from '../../src/experiment/metric-paths';
import { runExperiment } from '../../src/experiment/replications';
import { RUN_FORMAT } from '../../src/report/run-format';
import { simulate } from '../../src/run/simulate';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';
import { csvNumber, parseCsv } from './csv-parse';

const dir = tempDir();
const file = writeScenario(dir, 'help-desk.json', helpDesk(2));

describe('routelab run', () => {
  it('prints the tables of one run', async () => {
    const { code, stdout } = await cli(['run', file, '--seed', '4']);
    expect(code).toBe(0);
    expect(stdout).toContain('help-desk — policy longest-idle-agent, seed 4, replication 0');
    expect(stdout).toContain('billing-team');
  });

  it('--format json: a versioned routelab-run document and nothing else on stdout', async () => {
    const { code, stdout } = await cli(['run', file, '--seed', '4', '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { format: string; version: number; result: unknown };
    expect(doc.format).toBe(RUN_FORMAT);
    expect(doc.version).toBe(1);
    expect(doc.result).toEqual(JSON.parse(JSON.stringify(simulate(helpDesk(2), { seed: 4 }))));
  });

  it('--format csv with one replication: metric,value per metric path', async () => {
    const { code, stdout } = await cli(['run', file, '--seed', '4', '--format', 'csv']);
    expect(code).toBe(0);
    const rows = parseCsv(stdout);
    const { paths, values } = flattenMetrics(simulate(helpDesk(2), { seed: 4 }));
    expect(rows[0]).toEqual(['metric', 'value']);
    expect(rows.slice(1)).toEqual(paths.map((p, i) => [p, values[i] === null ? '' : String(values[i])]));
  });

  it('--format csv with replications: the summary of every metric', async () => {
    const { code, stdout } = await cli(['run', file, '--seed', '4', '--replications', '3', '--threads', '1', '--format', 'csv']);
    expect(code).toBe(0);
    const experiment = await runExperiment(helpDesk(2), { seed: 4, replications: 3, threads: 1 });
    const rows = parseCsv(stdout);
    expect(rows[0]).toEqual(['metric', 'n', 'mean', 'sd', 'half_width', 'lower', 'upper']);
    const sl = rows.find((r) => r[0] === 'overall.serviceLevel')!;
    expect(csvNumber(sl[2])).toBe(experiment.summary['overall.serviceLevel']!.mean);
    expect(rows.length - 1).toBe(experiment.metrics.length);
  });

  it('--replications: a headline table with intervals, or the experiment as json', async () => {
    const table = await cli(['run', file, '--replications', '3', '--threads', '1']);
    expect(table.stdout).toMatch(/3 replications, seed 1, mean ± 95% Student t half-width/);
    expect(table.stdout).toMatch(/^billing\s/m);
    const json = await cli(['run', file, '--replications', '3', '--threads', '1', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ format: 'routelab-experiment', version: 1, from: 0, to: 3 });
  });

  it('--out writes the file and leaves stdout empty', async () => {
    const out = join(dir, 'run.json');
    const { code, stdout } = await cli(['run', file, '--format', 'json', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'routelab-run' });
  });

  it('--horizon and --policy override the scenario', async () => {
    const { stdout } = await cli(['run', file, '--horizon', '1h', '--policy', 'best-skill', '--format', 'json']);
    const { result } = JSON.parse(stdout) as { result: { policy: string; endTime: number } };
    expect(result.policy).toBe('best-skill');
    expect(result).toEqual(JSON.parse(JSON.stringify(simulate({ ...helpDesk(1), routing: { policy: 'best-skill' } }, { seed: 1 }))));
  });

  it('--format html: a report even for one replication, no hint when stdout is not a terminal', async () => {
    const { code, stdout, stderr } = await cli(['run', file, '--format', 'html']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^<!DOCTYPE html>/);
    expect(stdout).toContain('help-desk');
    const tty = await cli(['run', file, '--format', 'html'], { stdout: true });
    expect(tty.stderr).toMatch(/^hint: .*--out/);
  });
});

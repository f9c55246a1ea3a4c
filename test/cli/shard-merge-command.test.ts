import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';
import { parseCsv } from './csv-parse';

const dir = tempDir();
const file = writeScenario(dir, 'help-desk.json', helpDesk(2));

describe('routelab run --from/--to and routelab merge', () => {
  it('merges shards into exactly the experiment of one run', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    expect((await cli(['run', file, '--seed', '7', '--from', '2', '--to', '4', '--threads', '1', '--format', 'json', '--out', b])).code).toBe(0);
    expect((await cli(['run', file, '--seed', '7', '--from', '0', '--to', '2', '--threads', '1', '--format', 'json', '--out', a])).code).toBe(0);
    const merged = await cli(['merge', b, a]);
    expect(merged.code).toBe(0);
    const whole = await cli(['run', file, '--seed', '7', '--replications', '4', '--threads', '1', '--format', 'json']);
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(whole.stdout));
    const csv = await cli(['merge', a, b, '--format', 'csv']);
    expect(parseCsv(csv.stdout)[0]).toEqual(['metric', 'n', 'mean', 'sd', 'half_width', 'lower', 'upper']);
  });

  it('writes a versioned shard', async () => {
    const { stdout } = await cli(['run', file, '--from', '0', '--to', '1', '--threads', '1', '--format', 'json']);
    expect(JSON.parse(stdout)).toMatchObject({ format: 'routelab-shard', version: 1, from: 0, to: 1 });
  });

  it('refuses a shard range with a format other than json, or with --replications', async () => {
    expect((await cli(['run', file, '--from', '0', '--to', '1', '--format', 'table'])).stderr).toMatch(/^routelab: --format: a shard \(--from\/--to\) is written as json, got 'table'/);
    expect((await cli(['run', file, '--from', '0', '--to', '1', '--replications', '3', '--format', 'json'])).stderr).toMatch(/--replications: not with --from\/--to/);
    expect((await cli(['run', file, '--from', '3', '--to', '1', '--format', 'json'])).stderr).toMatch(/--to: must be greater than --from \(3\), got 1/);
    expect((await cli(['run', file, '--to', '1', '--format', 'json'])).stderr).toMatch(/give both ends/);
  });

  it('names the shards that do not fit together', async () => {
    const a = join(dir, 'x0.json');
    const c = join(dir, 'x2.json');
    await cli(['run', file, '--from', '0', '--to', '1', '--threads', '1', '--format', 'json', '--out', a]);
    await cli(['run', file, '--from', '2', '--to', '3', '--threads', '1', '--format', 'json', '--out', c]);
    const { code, stdout, stderr } = await cli(['merge', a, c]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^routelab: mergeShards: .*replication/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

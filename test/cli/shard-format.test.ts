import { describe, expect, it } from 'vitest';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

const file = writeScenario(tempDir(), 'help-desk.json', helpDesk(1));
const shard = ['run', file, '--from', '0', '--to', '1', '--threads', '1'];

describe('run --from/--to without --format', () => {
  it('writes the shard as json, exactly as with --format json', async () => {
    const [plain, json] = await Promise.all([cli(shard), cli([...shard, '--format', 'json'])]);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout)).toMatchObject({ format: 'routelab-shard', from: 0, to: 1 });
    expect(plain.stdout).toBe(json.stdout);
  });

  it('refuses another --format given explicitly, and says to use --format json', async () => {
    for (const format of ['table', 'csv', 'html']) {
      const { code, stdout, stderr } = await cli([...shard, '--format', format]);
      expect([code, stdout]).toEqual([1, '']);
      expect(stderr).toBe(`routelab: --format: a shard (--from/--to) is written as json, got '${format}'; use --format json (or leave --format out)\n`);
    }
  });
});

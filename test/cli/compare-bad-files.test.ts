import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

describe('routelab compare over scenario files with problems', () => {
  it('reports the problems of every bad file at once, with exit code 2', async () => {
    const dir = tempDir();
    const good = writeScenario(dir, 'good.json', helpDesk(1));
    const badRate = join(dir, 'bad-rate.json');
    writeFileSync(badRate, JSON.stringify({ ...helpDesk(1), name: 'bad rate', horizon: -5 }));
    const badYaml = join(dir, 'bad.yaml');
    writeFileSync(badYaml, 'name: [unclosed\n');
    const { code, stdout, stderr } = await cli(['compare', good, badRate, badYaml, '--replications', '2', '--threads', '1']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(badRate);
    expect(stderr).toContain('horizon');
    expect(stderr).toContain(badYaml);
    expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  });
});

import { describe, expect, it } from 'vitest';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

const dir = tempDir();
const good = writeScenario(dir, 'good.json', helpDesk(1));
const bad = writeScenario(dir, 'bad.json', { ...helpDesk(1), horizon: '-1h', routing: { policy: 'best-skil' } });

describe('routelab validate', () => {
  it('confirms a valid scenario on stdout', async () => {
    expect(await cli(['validate', good])).toEqual({ code: 0, stdout: `${good}: valid scenario 'help-desk'\n`, stderr: '' });
  });

  it('reports every problem of every file, exit code 2', async () => {
    const { code, stdout, stderr } = await cli(['validate', good, bad]);
    expect(code).toBe(2);
    expect(stdout).toBe(`${good}: valid scenario 'help-desk'\n`);
    expect(stderr).toMatch(/bad\.json: 2 problems/);
    expect(stderr).toContain('horizon');
    expect(stderr).toContain("did you mean 'best-skill'");
  });
});

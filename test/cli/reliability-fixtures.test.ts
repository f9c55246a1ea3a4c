import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load-scenario';
import { fixturePath as at, REJECTED } from '../scenario/reliability-cases';
import { cli } from './cli-harness';

describe('reliability reproducers through the CLI', () => {
  it.each(REJECTED)('$file: exit 2 from validate and run, naming $path', async ({ file, path, message }) => {
    for (const command of ['validate', 'run']) {
      const { code, stdout, stderr } = await cli([command, at(file)]);
      expect({ command, code }).toEqual({ command, code: 2 });
      expect(stdout).toBe('');
      const line = stderr.split('\n').find((l) => l.trimStart().startsWith(`${path}: `));
      expect(line, stderr).toBeDefined();
      expect(line?.trimStart().slice(path.length + 2)).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  it('many-intervals.yaml: validate passes with the memory warning and its estimate', async () => {
    const { code, stderr } = await cli(['validate', at('many-intervals.yaml')]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/warning: .*many-intervals\.yaml: interval: a run needs about 2\.2 GB of memory up front/);
  });

  it('many-intervals.yaml: run warns before the run starts (its loading prints the warning; the 2 GB run is not started here)', () => {
    const lines: string[] = [];
    loadScenario(at('many-intervals.yaml'), { warn: (line) => lines.push(line) });
    expect(lines).toEqual([expect.stringMatching(/^warning: .*many-intervals\.yaml: interval: a run needs about 2\.2 GB of memory up front/)]);
  });
});

import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/program';
import { helpDesk } from '../experiment/scenarios';
import { captureStream, cli, tempDir, writeScenario } from './cli-harness';

const file = writeScenario(tempDir(), 'help-desk.json', helpDesk(2));

/** The `result` of `run --format json` with these extra arguments. */
async function result(...args: string[]): Promise<{ endTime: number }> {
  const { code, stdout, stderr } = await cli(['run', file, '--format', 'json', ...args]);
  expect([code, stderr]).toEqual([0, '']);
  return (JSON.parse(stdout) as { result: { endTime: number } }).result;
}

describe('--horizon with a plain number', () => {
  it('reads it as seconds: --horizon 3600 runs exactly like --horizon 1h', async () => {
    const [seconds, withUnit] = await Promise.all([result('--horizon', '3600'), result('--horizon', '1h')]);
    expect(seconds).toEqual(withUnit);
    expect(await result('--horizon', '5400.0')).toEqual(await result('--horizon', '1h30m'));
  });

  it('says so in the help of run and merge', () => {
    for (const name of ['run', 'merge']) {
      const command = createProgram({ stdout: captureStream(), stderr: captureStream() }).commands.find((c) => c.name() === name)!;
      const help = command.options.find((o) => o.long === '--horizon')!.description;
      expect(help).toMatch(/plain number of seconds/);
    }
  });
});

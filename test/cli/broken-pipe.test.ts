import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quietOnBrokenPipe } from '../../src/cli/cli-io';
import { helpDesk } from '../experiment/scenarios';
import { tempDir, writeScenario } from './cli-harness';

const root = fileURLToPath(new URL('../..', import.meta.url));
const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const file = writeScenario(tempDir(), 'help-desk.json', helpDesk(1));

/** Runs `routelab <args>` in a child process whose stdout reader has gone before anything is written. */
function runWithClosedStdout(args: readonly string[]): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', main, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // like `| head -0`: every write to stdout meets a closed pipe (EPIPE)
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe('a closed stdout (routelab ... | head -1)', () => {
  it('ends the command quietly: exit 0, no stack trace', async () => {
    // Every command writes its result through the same stdout, which main.ts guards once.
    const outcome = await runWithClosedStdout(['run', file, '--replications', '2', '--threads', '1', '--format', 'csv']);
    expect(outcome.stderr).not.toMatch(/EPIPE|Unhandled 'error' event|\n\s+at /);
    expect(outcome).toMatchObject({ code: 0, signal: null });
  }, 20_000);

  it('quietOnBrokenPipe() swallows EPIPE and passes other stream errors on', () => {
    const stream = new EventEmitter();
    const others: string[] = [];
    quietOnBrokenPipe(stream, (error) => others.push(error.message));
    const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    expect(() => stream.emit('error', epipe)).not.toThrow();
    stream.emit('error', Object.assign(new Error('no space left'), { code: 'ENOSPC' }));
    expect(others).toEqual(['no space left']);
  });
});

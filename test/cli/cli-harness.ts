import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { CliIo, CliStream } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/program';
import type { ScenarioInput } from '../../src/scenario/schema';

/** A stream that keeps what is written to it. */
export function captureStream(isTTY = false): CliStream & { text(): string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return Object.assign(stream, { isTTY, columns: 100, text: () => chunks.join('') });
}

/** What one command line invocation produced. */
export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `routelab <args>` in this process with captured streams. */
export async function cli(args: readonly string[], tty: { stdout?: boolean; stderr?: boolean } = {}): Promise<CliOutcome> {
  const stdout = captureStream(tty.stdout);
  const stderr = captureStream(tty.stderr);
  const io: CliIo = { stdout, stderr };
  const code = await runCli(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'routelab-cli-'));
}

/** Writes a scenario as a JSON file in `dir` and returns its path. */
export function writeScenario(dir: string, file: string, scenario: ScenarioInput): string {
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify(scenario));
  return path;
}

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFile } from '../../src/cli/output-file';
import { outputFilesOf, outputOption } from '../../src/cli/output-guard';
import { createProgram } from '../../src/cli/program';
import { captureStream, tempDir } from './cli-harness';

/** The program with one more command, `convert <input> --out <file> --calls <file>`, as another branch would add it. */
async function runConvert(args: readonly string[]): Promise<{ error: unknown; written: string[] }> {
  const io = { stdout: captureStream(), stderr: captureStream() };
  const program = createProgram(io);
  const written: string[] = [];
  program
    .command('convert')
    .argument('<input>', 'a file to convert')
    .option('--calls <file>', 'a data file')
    .option('--out <file>', 'where to write')
    .addOption(outputOption('--log <file>', 'another output'))
    .action((input: string, opts: { out?: string }, command) => {
      outputFilesOf(command).refuseInput(join(input, '..', 'read-by-the-command.csv'), 'the data file the input names');
      if (opts.out !== undefined) writeOutputFile('--out', opts.out, 'converted');
      written.push(opts.out ?? '');
    });
  try {
    await program.parseAsync(['convert', ...args], { from: 'user' });
    return { error: undefined, written };
  } catch (error) {
    return { error, written };
  }
}

describe('every command gets the output checks (the preAction hook)', () => {
  const dir = tempDir();
  const input = join(dir, 'in.txt');
  const calls = join(dir, 'calls.csv');
  const readByCommand = join(dir, 'read-by-the-command.csv');
  for (const file of [input, calls, readByCommand]) writeFileSync(file, 'data\n');

  it('refuses --out naming its argument, with no code of its own', async () => {
    const { error, written } = await runConvert([input, '--out', input]);
    expect((error as Error).message).toBe(`--out: '${input}' is an input of this command (the <input> argument: '${input}'); an output never replaces an input: give --out another file`);
    expect(written).toEqual([]);
  });

  it('refuses --out naming a file option (<file>)', async () => {
    const { error } = await runConvert([input, '--calls', calls, '--out', calls]);
    expect((error as Error).message).toMatch(/^--out: '.*calls\.csv' is an input of this command \(the --calls file: /);
  });

  it('refuses --out naming a file the command reads by itself, through outputFilesOf().refuseInput', async () => {
    const { error } = await runConvert([input, '--out', readByCommand]);
    expect((error as Error).message).toMatch(/is an input of this command \(the data file the input names: /);
  });

  it('an option made with outputOption() is an output too', async () => {
    const { error } = await runConvert([input, '--log', input]);
    expect((error as Error).message).toMatch(/^--log: '.*in\.txt' is an input of this command/);
    const both = await runConvert([input, '--out', join(dir, 'x.txt'), '--log', join(dir, 'x.txt')]);
    expect((both.error as Error).message).toMatch(/^--log: '.*x\.txt' is also the --out file; give each output its own file$/);
  });

  it('lets a distinct output through', async () => {
    const { error, written } = await runConvert([input, '--out', join(dir, 'out.txt')]);
    expect(error).toBeUndefined();
    expect(written).toEqual([join(dir, 'out.txt')]);
  });
});

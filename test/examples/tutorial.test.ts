import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../cli/cli-harness';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TUTORIAL = readFileSync(join(ROOT, 'docs/tutorial.md'), 'utf8');

/** A command of the tutorial (`$ routelab ...`) and the output pasted under it. */
interface PastedCommand {
  readonly args: string[];
  readonly output: string;
}

/** Every `$ routelab` command in the tutorial's sh blocks, with the lines printed under it. */
function pastedCommands(): PastedCommand[] {
  const commands: PastedCommand[] = [];
  for (const block of TUTORIAL.matchAll(/```sh\n([\s\S]*?)```/g)) {
    const lines = block[1]!.split('\n');
    let current: { args: string[]; output: string[] } | undefined;
    for (const line of lines) {
      if (line.startsWith('$ ')) {
        if (current !== undefined) commands.push({ args: current.args, output: current.output.join('\n') });
        current = line.startsWith('$ routelab ') ? { args: line.slice('$ routelab '.length).split(/\s+/), output: [] } : undefined;
      } else if (current !== undefined) current.output.push(line);
    }
    if (current !== undefined) commands.push({ args: current.args, output: current.output.join('\n') });
  }
  return commands;
}

/** The tutorial's files, named as the tutorial writes them, with the path to read. */
const abs = (arg: string): string => (arg.startsWith('examples/') ? join(ROOT, arg) : arg);

/** Output as printed from the repository root (the harness is given absolute paths). */
const relative = (text: string): string => text.split(ROOT).join('');

/** The yaml block that follows the sentence naming `file` in the tutorial. */
function yamlBlockAfter(file: string): string {
  const at = TUTORIAL.indexOf(file);
  const block = /```yaml\n([\s\S]*?)```/.exec(TUTORIAL.slice(at));
  if (at < 0 || block === null) throw new Error(`docs/tutorial.md: no yaml block after ${file}`);
  return block[1]!;
}

/** A file's content without its leading comment lines. */
const withoutComments = (text: string): string => text.replace(/^(#.*\n)+/, '').trim();

describe('the tutorial (docs/tutorial.md)', () => {
  const commands = pastedCommands();

  it('shows the files of examples/tutorial/ as they are', () => {
    const files = readdirSync(join(ROOT, 'examples/tutorial')).sort();
    expect(files).toEqual(['help-line-best-skill.yaml', 'help-line-costs.yaml', 'help-line.settings.yaml', 'help-line.yaml']);
    for (const file of files) {
      const shown = yamlBlockAfter(`examples/tutorial/${file}`).trim();
      expect(shown, file).toBe(withoutComments(readFileSync(join(ROOT, 'examples/tutorial', file), 'utf8')));
    }
  });

  it('every scenario file is valid, with the output the tutorial shows', async () => {
    const validations = commands.filter((c) => c.args[0] === 'validate' && !c.output.includes('problems'));
    expect(validations.length).toBe(2);
    for (const c of validations) {
      const { code, stdout } = await cli(c.args.map(abs));
      expect(code).toBe(0);
      expect(relative(stdout).trim()).toBe(c.output.trim());
    }
    const { code } = await cli(['validate', join(ROOT, 'examples/tutorial/help-line-costs.yaml')]);
    expect(code).toBe(0);
  });

  it('the run prints exactly the table pasted in the tutorial, and its counts are what the rates say', async () => {
    const run = commands.find((c) => c.args[0] === 'run' && !c.args.includes('--replications'));
    expect(run).toBeDefined();
    const { code, stdout } = await cli(run!.args.map(abs));
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(run!.output.trim());
    // Independent of the program: Poisson arrivals at 60/h and 40/h over 8 hours give 480 ± 22 calls
    // and 320 ± 18 chats (one standard deviation); the pasted day lies within 4 of them.
    const offered = (type: string): number => Number(new RegExp(`^${type}\\s+(\\d+)`, 'm').exec(stdout)![1]);
    expect(Math.abs(offered('calls') - 480)).toBeLessThan(4 * Math.sqrt(480));
    expect(Math.abs(offered('chats') - 320)).toBeLessThan(4 * Math.sqrt(320));
  });

  it('the 30 replications of step 3 print the means and intervals pasted (the first table)', async () => {
    const runs = commands.filter((c) => c.args[0] === 'run' && c.args.includes('--replications'));
    expect(runs).toHaveLength(1);
    const { code, stdout } = await cli([...runs[0]!.args.map(abs), '--threads', '1']);
    expect(code).toBe(0);
    // The tutorial pastes the heading and the first table; the other tables follow in the output.
    expect(stdout.startsWith(runs[0]!.output.trim())).toBe(true);
  });

  it('the comparisons print exactly the tables pasted', async () => {
    const compares = commands.filter((c) => c.args[0] === 'compare');
    expect(compares).toHaveLength(2);
    for (const c of compares) {
      // As written, on one thread (the bytes do not depend on it), without the HTML report (the
      // report's own tests cover it, and it is the slow part here).
      const args = c.args.filter((a, i) => a !== '--report' && c.args[i - 1] !== '--report').map(abs);
      const { code, stdout } = await cli([...args, '--threads', '1', '--quiet']);
      expect(code).toBe(0);
      expect(stdout.trim()).toBe(c.output.trim());
    }
  });

  it('the broken scenario of step 2 gets exactly the two problems pasted, and exit code 2', async () => {
    const broken = commands.find((c) => c.args[0] === 'validate' && c.output.includes('problems'));
    expect(broken).toBeDefined();
    // The two mistakes the tutorial describes, made in a copy of the file.
    const dir = join(tempDir(), 'examples/tutorial');
    mkdirSync(dir, { recursive: true });
    const text = readFileSync(join(ROOT, 'examples/tutorial/help-line.yaml'), 'utf8');
    const wrong = text.replace('skills: { billing: 1 }', 'skills: { biling: 1 }').replace('mean: 8m', 'mean: 8 minutes');
    expect(wrong).not.toBe(text);
    writeFileSync(join(dir, 'help-line.yaml'), wrong);
    const { code, stderr } = await cli(['validate', join(dir, 'help-line.yaml')]);
    expect(code).toBe(2);
    expect(stderr.split(join(dir, '..', '..') + '/').join('').trim()).toBe(broken!.output.trim());
    expect(TUTORIAL).toContain('$ echo $?\n2\n');
  });

  it('the optimize command of step 7 reads the scenario and the settings as written', async () => {
    const optimize = commands.find((c) => c.args[0] === 'optimize');
    expect(optimize).toBeDefined();
    // As written, cut down to a single short search without validation rounds: it must accept the
    // files and flags and print a plan for both groups (the figures need the full run).
    const args = optimize!.args.map(abs);
    args[args.indexOf('--replications') + 1] = '2';
    args[args.indexOf('--validation-replications') + 1] = '2';
    const { code, stdout, stderr } = await cli([...args, '--max-iterations', '1', '--repair-rounds', '0', '--threads', '1']);
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    expect(stdout).toMatch(/interval\s+generalists\s+billing-experts/);
  });
});

import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli-harness';

// What test/fixtures/reliability/out-overwrites-scenario.sh does, through the CLI harness: no
// output may name an input of the command or another output. Refused before anything runs, exit 1,
// naming the flag and the input; the input is left byte for byte as it was.
const base = fileURLToPath(new URL('../fixtures/reliability/base.yaml', import.meta.url));
const original = readFileSync(base, 'utf8');

/** A fresh folder holding s.yaml (the fixture) and v.yaml (a variant with 5 agents). */
function folder(): { dir: string; s: string; v: string } {
  const dir = tempDir();
  const s = join(dir, 's.yaml');
  const v = join(dir, 'v.yaml');
  copyFileSync(base, s);
  writeFileSync(v, original.replace('agents: 4', 'agents: 5').replace('small desk', 'bigger desk'));
  return { dir, s, v };
}

/** The outcome must be a refusal naming `flag` and `what`, before any output, with `file` intact. */
function expectRefused(outcome: { code: number; stdout: string; stderr: string }, flag: string, what: RegExp, file: string, content: string): void {
  expect(outcome.code).toBe(1);
  expect(outcome.stdout).toBe('');
  const lines = outcome.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^routelab: ${flag}: '.*' is an input of this command \\(`));
  expect(lines[0]).toMatch(what);
  expect(readFileSync(file, 'utf8')).toBe(content);
}

describe('an output naming an input is refused before the run', () => {
  it.each(['--out', '--report', '--trace'])('run s.yaml %s s.yaml: exit 1, the scenario intact', async (flag) => {
    const { s } = folder();
    expectRefused(await cli(['run', s, flag, s]), flag, /the scenario file/, s, original);
  });

  it('by another name: ./a against a, a symbolic link, a hard link', async () => {
    const { dir, s } = folder();
    const link = join(dir, 'link.yaml');
    const hard = join(dir, 'hard.yaml');
    symlinkSync(s, link);
    linkSync(s, hard);
    const dotted = `${dir}/./sub/../s.yaml`; // not normalized: the same file by another spelling
    mkdirSync(join(dir, 'sub'));
    for (const [out, flag] of [[dotted, '--out'], [link, '--report'], [hard, '--trace']] as const) {
      const outcome = await cli(['run', s, flag, out]);
      expectRefused(outcome, flag, /the same file by another name/, s, original);
    }
  });

  it('a base file the scenario extends', async () => {
    const { dir, s } = folder();
    const child = join(dir, 'child.yaml');
    writeFileSync(child, 'extends: ./s.yaml\nname: child desk\n');
    expectRefused(await cli(['run', child, '--out', s]), '--out', /the base file that '.*child\.yaml' extends: '.*s\.yaml'/, s, original);
  });

  it('compare: --out naming a compared file, with files or with --policy swallowing the file', async () => {
    const { s, v } = folder();
    const variant = readFileSync(v, 'utf8');
    expectRefused(await cli(['compare', s, v, '--replications', '2', '--threads', '1', '--out', v]), '--out', /the scenario file: '.*v\.yaml'/, v, variant);
    expectRefused(await cli(['compare', '--policy', 'best-skill', 'random-agent', s, '--replications', '2', '--out', s]), '--out', /the scenario file/, s, original);
  });

  it('merge: --out naming a shard, --report naming the --scenario file', async () => {
    const { dir, s } = folder();
    const shard = join(dir, 'shard.json');
    expect((await cli(['run', s, '--from', '0', '--to', '1', '--out', shard])).code).toBe(0);
    const shardText = readFileSync(shard, 'utf8');
    expectRefused(await cli(['merge', shard, '--out', shard]), '--out', /a shard file/, shard, shardText);
    expectRefused(await cli(['merge', shard, '--scenario', s, '--report', s]), '--report', /the --scenario file/, s, original);
  });

  it('bench: --out naming the scenario', async () => {
    const { s } = folder();
    expectRefused(await cli(['bench', s, '--out', s]), '--out', /the scenario file/, s, original);
  });
});

describe('two outputs naming one file are refused', () => {
  it('--out and --report on one file: exit 1, nothing written', async () => {
    const { dir, s } = folder();
    const same = join(dir, 'same.txt');
    const outcome = await cli(['run', s, '--out', same, '--report', `${dir}/./same.txt`]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe(`routelab: --report: '${dir}/./same.txt' is also the --out file ('${same}', the same file by another name); give each output its own file\n`);
    expect(existsSync(same)).toBe(false);
  });

  it('devices are not files: --out and --trace may both be /dev/null', async () => {
    const { s } = folder();
    const outcome = await cli(['run', s, '--out', '/dev/null', '--trace', '/dev/null']);
    expect(outcome).toMatchObject({ code: 0, stderr: '' });
  });

  it('distinct outputs next to the scenario are written, and no temporary file is left', async () => {
    const { dir, s } = folder();
    const outcome = await cli(['run', s, '--out', join(dir, 'o.txt'), '--report', join(dir, 'r.html'), '--trace', join(dir, 't.csv')]);
    expect(outcome.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['o.txt', 'r.html', 's.yaml', 't.csv', 'v.yaml']);
    expect(readFileSync(s, 'utf8')).toBe(original);
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { YAML_ITEM_LIMIT } from '../../src/scenario/yaml-size';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

// What test/fixtures/reliability/big-file-echo.sh and yaml-big-trace-oom.sh do, through the CLI
// harness: a value from a file is quoted as a short excerpt, a binary file is said to be one, and
// a YAML file too large for the YAML parser is refused with a located message (scaled down to just
// over the limit, so that the test does not exhaust memory as the 43 MB file did).
const dir = tempDir();
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

describe('big and binary input files', () => {
  // The script's file is 50 MB; 5 MB takes the same path at a tenth of the YAML parser's time.
  it('a 5 MB scalar: exit 2, a short message with an 80-character excerpt', async () => {
    const file = join(dir, 'big.yaml');
    writeFileSync(file, 'x'.repeat(5_000_000));
    const { code, stderr } = await cli(['validate', file]);
    expect(code).toBe(2);
    expect(stderr.length).toBeLessThan(400);
    expect(stderr).toContain(`got '${'x'.repeat(80)}…' (5000000 characters)`);
  }, 30_000);

  it('4 KB of every byte value: exit 2, one line saying it is a binary file, no control characters', async () => {
    const file = join(dir, 'bin.yaml');
    writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7 + 1) % 256)));
    const { code, stderr } = await cli(['validate', file]);
    expect(code).toBe(2);
    expect(stderr).toBe(`routelab: ${file}: it is a binary file, not text (a NUL byte at byte 73)\n`);
  });

  it('invalid UTF-8 without NUL bytes is said to be no UTF-8 text', async () => {
    const file = join(dir, 'latin1.yaml');
    writeFileSync(file, Buffer.from('name: caf\xe9\nhorizon: 1h\n', 'latin1'));
    const { code, stderr } = await cli(['validate', file]);
    expect(code).toBe(2);
    expect(stderr).toBe(`routelab: ${file}: it is not UTF-8 text (a binary file, or text in another encoding)\n`);
  });

  it('control characters in a quoted value are escaped', async () => {
    const file = join(dir, 'bell.yaml');
    writeFileSync(file, '"a \\u0007 bell \\u001b[31m red"\n');
    const { code, stderr } = await cli(['validate', file]);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(CONTROL);
    expect(stderr).toContain("got 'a \\u0007 bell \\u001b[31m red'");
  });

  it('YAML over the item limit: exit 2, the line where the limit is crossed and how to proceed', async () => {
    const file = join(dir, 'trace.yaml');
    const times = Array.from({ length: YAML_ITEM_LIMIT + 5 }, (_, i) => (i / 10).toFixed(1)).join(', ');
    writeFileSync(file, `name: big trace\nhorizon: 1d\ncontactTypes:\n  - name: calls\n    arrivals:\n      trace: [${times}]\n`);
    const { code, stderr } = await cli(['validate', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^routelab: .*trace\.yaml: too large for the YAML reader: more than 250,000 items \(.*item 250,001 is at line 6, column \d[\d,]*\)/);
    expect(stderr).toMatch(/Write the scenario as JSON instead/);
    expect(stderr.split('\n')).toHaveLength(2);
  });
});

describe('files named by extends', () => {
  it('a folder: names the extending file, extends, and the problem in words', async () => {
    const sub = join(dir, 'ext');
    mkdirSync(join(sub, 'adir'), { recursive: true });
    const child = join(sub, 'child.yaml');
    writeFileSync(child, 'extends: adir\nname: x\n');
    const { code, stderr } = await cli(['validate', child]);
    expect(code).toBe(2);
    expect(stderr).toBe(`routelab: ${child}: extends: cannot read 'adir' (looked for ${join(sub, 'adir')}): it is a folder, not a file\n`);
  });

  it('a binary base file: the same, with binary named', async () => {
    const sub = join(dir, 'ext-bin');
    mkdirSync(sub);
    writeFileSync(join(sub, 'base.yaml'), Buffer.from([0x6e, 0x00, 0xff]));
    const child = join(sub, 'child.yaml');
    writeFileSync(child, 'extends: ./base.yaml\nname: x\n');
    const { code, stderr } = await cli(['validate', child]);
    expect(code).toBe(2);
    expect(stderr).toBe(`routelab: ${child}: extends: cannot read './base.yaml' (looked for ${join(sub, 'base.yaml')}): it is a binary file, not text (a NUL byte at byte 1)\n`);
  });
});

describe('files named on the command line', () => {
  it('a folder, and a missing --scenario of merge: the option, the file and the problem in words', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    expect(await cli(['validate', folder])).toMatchObject({ code: 1, stderr: `routelab: ${folder}: it is a folder, not a file\n` });
    const scenario = writeScenario(dir, 'help-desk.json', helpDesk(1));
    const shard = join(dir, 'shard.json');
    expect((await cli(['run', scenario, '--from', '0', '--to', '1', '--out', shard])).code).toBe(0);
    const missing = join(dir, 'missing.yaml');
    const outcome = await cli(['merge', shard, '--scenario', missing, '--report', join(dir, 'r.html')]);
    expect(outcome).toMatchObject({ code: 1, stderr: `routelab: --scenario: ${missing}: no such file\n` });
  });
});

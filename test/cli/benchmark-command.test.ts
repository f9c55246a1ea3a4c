import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-harness';

describe('routelab benchmark', () => {
  it('prints published against simulated figures with a verdict per figure', async () => {
    const { code, stdout } = await cli(['benchmark', 'contactcenters-mmc-blocked', '--replications', '10', '--threads', '1']);
    expect(code).toBe(0);
    for (const figure of ['Number of blocked contacts', 'Service level with blocked contacts', 'Occupancy ratio']) expect(stdout).toContain(figure);
    expect(stdout).toMatch(/\d+ of 6 figures agree/);
  });

  it('names the known instances on a typo, exit 1', async () => {
    const { code, stderr } = await cli(['benchmark', 'contactcenters-mcc']);
    expect(code).toBe(1);
    expect(stderr).toContain("unknown instance 'contactcenters-mcc'; did you mean 'contactcenters-mmc'?");
  });

  it('--list names every instance with its status and source', async () => {
    const { code, stdout } = await cli(['benchmark', '--list']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/contactcenters-bank\s+runs\s+week/);
    expect(stdout).toMatch(/contactcenters-mmc-clear-queue\s+runs\s+day/);
    expect(stdout).toMatch(/contactcenters-bilingual\s+runs\s+week/);
    expect(stdout).toMatch(/contactcenters-simple-msk\s+runs\s+day/);
    expect(stdout).toContain('doc/examples/Bank.java');
  });

  it('refuses to run an instance that waits for a feature, saying which, exit 1', async () => {
    // The bundled instances all run now: a manifest of one's own with a waiting instance.
    const dir = mkdtempSync(join(tmpdir(), 'routelab-bench-'));
    copyFileSync(fileURLToPath(new URL('../../benchmarks/contactcenters-mmc.yaml', import.meta.url)), join(dir, 'mmc.yaml'));
    const figure = '{ name: Service level, unit: share, mean: 0.9, lower: 0.89, upper: 0.91, estimator: ratio, numerator: [overall.answeredWithinTarget], denominator: [overall.answered] }';
    const instance = `  - { name: later, scenario: mmc.yaml, status: waiting, waitsFor: "a feature not built yet", source: { software: S }, replication: day, sourceReplications: 10, printedDecimals: 3, figures: [${figure}] }`;
    writeFileSync(join(dir, 'manifest.yaml'), `instances:\n${instance}\n`);
    const { code, stderr } = await cli(['benchmark', 'later', '--dir', dir]);
    expect(stderr).toContain("instance 'later' waits for a feature not built yet");
    expect(code).toBe(1);
  });

  it('names the manifest and the problem when --dir holds a broken one, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'routelab-bench-'));
    writeFileSync(join(dir, 'manifest.yaml'), 'instances:\n  - name: x\n');
    const { code, stderr } = await cli(['benchmark', '--dir', dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/manifest\.yaml:\n\s+instances\.0\.scenario: /);
  });
});

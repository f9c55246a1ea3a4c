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
});

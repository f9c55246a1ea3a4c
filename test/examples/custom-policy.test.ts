import { describe, expect, it } from 'vitest';
import { main } from '../../examples/custom-policy';

describe('examples/custom-policy.ts', () => {
  it('runs, and premier customers wait less under premier-first than under longest-idle', () => {
    const out = main();
    const asa = (policy: string, segment: string): number => {
      const line = out.split('\n').find((l) => l.startsWith(policy) && l.includes(` ${segment} `));
      return Number(/ASA ([\d.]+)s/.exec(line ?? '')?.[1]);
    };
    expect(asa('premier-first', 'premier')).toBeLessThan(asa('longest-idle-agent', 'premier'));
    expect(asa('premier-first', 'premier')).toBeLessThanOrEqual(asa('premier-first', 'everyday'));
  });
});

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { simulateModel } from '../../src/run/simulate';
import { readScenarioFile } from '../../src/scenario/load-file';
import { resolveScenario } from '../../src/scenario/resolve';

const file = fileURLToPath(new URL('../../examples/queue-exits/insurance-line.yaml', import.meta.url));

describe('examples/queue-exits/insurance-line', () => {
  it('runs with its announcements, balking, voicemail, re-routing and clearing, keeping every invariant', () => {
    const model = resolveScenario(readScenarioFile(file));
    expect(model.contactTypes.map((t) => t.queueExits?.clearAtClosing)).toEqual([true, true]);
    const runs = [1, 2, 3].map((seed) => simulateModel(model, { seed, checkInvariants: true }));
    const sum = (key: 'announced' | 'rerouted' | 'balked', type: string): number =>
      runs.reduce((a, r) => a + r.queueExits!.find((m) => m.name === type)![key], 0);
    expect(sum('announced', 'general')).toBeGreaterThan(0);
    expect(sum('rerouted', 'claims')).toBeGreaterThan(0);
    for (const r of runs) expect(r.queueExits!.find((m) => m.name === 'general')!.announcementMeanAbsoluteError).not.toBeNull();
  });
});

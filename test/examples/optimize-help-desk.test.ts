import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveBounds } from '../../src/optimize/bounds';
import { readOptimizeSettings, scenarioOptimizeSettings } from '../../src/optimize/optimize-settings';
import { checkShiftTemplates } from '../../src/optimize/shifts';
import { planningGrid } from '../../src/optimize/staffing-plan';
import { resolveTargets } from '../../src/optimize/targets';
import { readScenarioDocument } from '../../src/scenario/read-document';
import { readScenarioFile } from '../../src/scenario/load-file';
import { resolveScenario } from '../../src/scenario/resolve';

const file = (name: string) => fileURLToPath(new URL(`../../examples/optimize/${name}`, import.meta.url));

describe('examples/optimize/help-desk', () => {
  it('has settings that fit its scenario: targets, bounds and shift templates all valid', () => {
    const model = resolveScenario(readScenarioFile(file('help-desk.yaml')));
    const settings = readOptimizeSettings(readScenarioDocument(file('help-desk.settings.yaml')));
    const grid = planningGrid(model);
    expect(grid).toEqual({ intervals: 8, intervalLength: 3600 });
    expect(resolveTargets(model, settings.targets).map((t) => t.label)).toEqual([
      'service-level billing ≥ 80% within 20s (per interval)',
      'service-level tech ≥ 80% within 30s (per interval)',
      'abandonment all ≤ 5% (day)',
    ]);
    expect(resolveBounds(model, settings.bounds, grid).lower[1]).toEqual(new Array(8).fill(1));
    expect(() => checkShiftTemplates(settings.shiftTemplates!, grid)).not.toThrow();
    expect(settings.costPerAgentHour).toEqual({ 'billing-agents': 30, blended: 36 });
  });
});

describe('examples/optimize/help-desk-planned', () => {
  it('carries the same settings in its optimize block as help-desk.settings.yaml, and the same scenario', () => {
    const planned = readScenarioFile(file('help-desk-planned.yaml'));
    expect(scenarioOptimizeSettings(planned as { optimize?: unknown })).toEqual(readOptimizeSettings(readScenarioDocument(file('help-desk.settings.yaml'))));
    expect(resolveScenario(planned)).toEqual(resolveScenario(readScenarioFile(file('help-desk.yaml'))));
  });
});

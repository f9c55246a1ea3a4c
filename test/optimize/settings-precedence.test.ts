import { describe, expect, it } from 'vitest';
import { mergeOptimizeSettings, readOptimizeSettings, scenarioOptimizeSettings } from '../../src/optimize/optimize-settings';
import { parseTargetSpec } from '../../src/optimize/targets';

const block = readOptimizeSettings({
  targets: ['service-level calls 80% 20s', 'abandonment * 5% day'],
  bounds: { agents: { min: 2 } },
  costPerAgentHour: { agents: 30 },
  shiftTemplates: [{ name: '4h', starts: ['8h'], length: '4h' }],
});

describe('mergeOptimizeSettings()', () => {
  it('takes everything from the scenario block when the command line gives nothing', () => {
    const merged = mergeOptimizeSettings(block, undefined, []);
    expect(merged.targets).toEqual(block.targets);
    expect(merged.bounds).toEqual({ agents: { min: 2 } });
    expect(merged.shiftTemplates).toEqual([{ name: '4h', starts: [28_800], length: 14_400 }]);
    expect(merged.sources).toEqual({ targets: 'scenario', bounds: 'scenario', costPerAgentHour: 'scenario', shiftTemplates: 'scenario' });
  });

  it('lets each key of the settings file replace the block’s, and keeps the block’s other keys', () => {
    const file = readOptimizeSettings({ bounds: { agents: { max: 9 } } });
    const merged = mergeOptimizeSettings(block, file, []);
    expect(merged.targets).toEqual(block.targets); // the file gives no targets
    expect(merged.bounds).toEqual({ agents: { max: 9 } });
    expect(merged.costPerAgentHour).toEqual({ agents: 30 });
    expect(merged.sources).toMatchObject({ targets: 'scenario', bounds: 'settings', costPerAgentHour: 'scenario' });
  });

  it('replaces the block’s targets with the command line’s, the flags after the file’s', () => {
    const flag = parseTargetSpec('asa calls 30s');
    expect(mergeOptimizeSettings(block, undefined, [flag]).targets).toEqual([flag]);
    const file = readOptimizeSettings({ targets: ['occupancy * 85%'] });
    const merged = mergeOptimizeSettings(block, file, [flag]);
    expect(merged.targets).toEqual([parseTargetSpec('occupancy * 85%'), flag]);
    expect(merged.targetsBeforeFlags).toBe(1);
  });

  it('takes the settings file\'s targets without flags, and holds no key for a part nobody gave', () => {
    const file = readOptimizeSettings({ targets: ['occupancy * 85%'] });
    expect(mergeOptimizeSettings({ targets: block.targets }, file, [])).toStrictEqual({
      targets: [parseTargetSpec('occupancy * 85%')],
      sources: { targets: 'settings' },
      targetsBeforeFlags: 1,
    });
  });

  it('reads no block from a scenario without one', () => {
    expect(scenarioOptimizeSettings({})).toBeUndefined();
    expect(scenarioOptimizeSettings({ optimize: { targets: ['fcr calls 70% interval'] } })?.targets).toEqual([{ metric: 'fcr', contactType: 'calls', value: 0.7, scope: 'interval' }]);
  });
});

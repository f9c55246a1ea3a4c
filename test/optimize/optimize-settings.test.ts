import { describe, expect, it } from 'vitest';
import { mergeOptimizeSettings, readOptimizeSettings, scenarioOptimizeSettings } from '../../src/optimize/optimize-settings';
import { parseTargetSpec } from '../../src/optimize/targets';
import { ScenarioError } from '../../src/scenario/errors';

/** The `path: message` lines of the ScenarioError a read throws. */
function problems(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected a ScenarioError');
}

describe('readOptimizeSettings()', () => {
  it('reads targets as text or objects, durations with units, and keeps only the keys given', () => {
    const settings = readOptimizeSettings({
      targets: ['asa calls 30s', { metric: 'service-level', contactType: 'calls', value: 0.8, within: '1m' }, { metric: 'asa', contactType: 'calls', value: '2m' }, { metric: 'asa', contactType: 'calls', value: 45 }],
      shiftTemplates: [{ name: 'day', starts: ['8h', 30_600], length: '8h', break: { length: '30m', earliest: '3h', latest: 14_400 } }, { name: 'short', starts: [0], length: 3600 }],
    });
    expect(settings).toEqual({
      targets: [
        parseTargetSpec('asa calls 30s'),
        { metric: 'service-level', contactType: 'calls', value: 0.8, within: 60 },
        { metric: 'asa', contactType: 'calls', value: 120 },
        { metric: 'asa', contactType: 'calls', value: 45 },
      ],
      shiftTemplates: [
        { name: 'day', starts: [28_800, 30_600], length: 28_800, break: { length: 1800, earliest: 10_800, latest: 14_400 } },
        { name: 'short', starts: [0], length: 3600 },
      ],
    });
    expect(readOptimizeSettings({})).toEqual({ targets: [] });
    expect(readOptimizeSettings({ bounds: { a: { min: 1 } }, costPerAgentHour: { a: 20 } })).toEqual({ targets: [], bounds: { a: { min: 1 } }, costPerAgentHour: { a: 20 } });
  });

  it('a document that is not a mapping', () => {
    const message = 'the settings must be a mapping with targets (and optionally bounds, costPerAgentHour, shiftTemplates)';
    for (const doc of [null, [], 'targets', 3]) expect(problems(() => readOptimizeSettings(doc))).toEqual([`: ${message}`]);
  });

  it('lists every problem with its path', () => {
    expect(
      problems(() =>
        readOptimizeSettings({
          target: [],
          targets: ['asa calls', 7, { metric: 'service-level', contactType: 'calls', value: 0.8, within: true }, { metric: 'asa', contactType: 'calls', value: '5 minutes' }],
          shiftTemplates: [{ name: 'x', starts: '8h', length: -5 }, 'odd', { name: 'b', starts: [{}], length: '1h', break: { length: '1x', earliest: '0h', latest: null } }],
        }),
      ),
    ).toEqual([
      'target: unknown field; the settings take targets, bounds, costPerAgentHour, shiftTemplates',
      expect.stringMatching(/^targets\[0\]: /),
      'targets[1]: must be a target as text or an object { metric, contactType, value, ... }',
      "targets[2].within: must be a duration such as '8h' or '30m', got true",
      "targets[3].value: unknown unit 'minutes' in duration '5 minutes'; use s, m (or min), h, d, e.g. '30s', '5m', '1h30m'",
      'shiftTemplates[0].starts: must list start times, e.g. [8h, 8h30m, 9h]',
      'shiftTemplates[0].length: duration must not be negative, got -5',
      'shiftTemplates[1].starts: must list start times, e.g. [8h, 8h30m, 9h]',
      'shiftTemplates[1].length: must be a duration such as \'8h\' or \'30m\', got undefined',
      "shiftTemplates[2].starts[0]: must be a duration such as '8h' or '30m', got {}",
      expect.stringMatching(/^shiftTemplates\[2\]\.break\.length: unknown unit 'x'/),
      "shiftTemplates[2].break.latest: must be a duration such as '8h' or '30m', got null",
    ]);
  });

  it('targets and shift templates must be lists', () => {
    expect(problems(() => readOptimizeSettings({ targets: 'asa calls 30s', shiftTemplates: { name: 'x' } }))).toEqual([
      'targets: must list the targets, e.g. - service-level calls 80% 20s',
      'shiftTemplates: must list shift templates { name, starts, length, break }',
    ]);
  });
});

describe('readOptimizeSettings(): what it leaves as written', () => {
  it('holds no key for a part not given', () => {
    expect(readOptimizeSettings({})).toStrictEqual({ targets: [] });
    expect(readOptimizeSettings({ shiftTemplates: [{ starts: [0], length: '1h' }] })).toStrictEqual({ targets: [], shiftTemplates: [{ name: '', starts: [0], length: 3600 }] });
  });

  it('reads a duration only for an asa value written as text; other values are left to the target check', () => {
    expect(
      readOptimizeSettings({
        targets: [
          { metric: 'service-level', contactType: 'calls', value: '80%' },
          { metric: 'asa', contactType: 'calls', value: -5 },
        ],
      }),
    ).toStrictEqual({
      targets: [
        { metric: 'service-level', contactType: 'calls', value: '80%' },
        { metric: 'asa', contactType: 'calls', value: -5 },
      ],
    });
  });

  it('a target that is null, and a break that is not a mapping, are located problems', () => {
    expect(
      problems(() =>
        readOptimizeSettings({
          targets: [null],
          shiftTemplates: [
            { name: 'a', starts: [0], length: '4h', break: null },
            { name: 'b', starts: [0], length: '4h', break: '30m' },
            { name: 'c', starts: [0], length: '4h', break: { length: '1h', earliest: 'soon', latest: 'late' } },
          ],
        }),
      ),
    ).toEqual([
      'targets[0]: must be a target as text or an object { metric, contactType, value, ... }',
      'shiftTemplates[0].break: must be a break { length, earliest, latest }, got null',
      'shiftTemplates[1].break: must be a break { length, earliest, latest }, got "30m"',
      expect.stringMatching(/^shiftTemplates\[2\]\.break\.earliest: /),
      expect.stringMatching(/^shiftTemplates\[2\]\.break\.latest: /),
    ]);
  });
});

describe('scenarioOptimizeSettings()', () => {
  it('locates the problems of the block under optimize', () => {
    expect(problems(() => scenarioOptimizeSettings({ optimize: { targets: [7], extra: 1 } }))).toEqual([
      'optimize.extra: unknown field; the settings take targets, bounds, costPerAgentHour, shiftTemplates',
      'optimize.targets[0]: must be a target as text or an object { metric, contactType, value, ... }',
    ]);
    expect(problems(() => scenarioOptimizeSettings({ optimize: 'x' }))).toEqual([
      'optimize: the settings must be a mapping with targets (and optionally bounds, costPerAgentHour, shiftTemplates)',
    ]);
  });
});

describe('mergeOptimizeSettings(): sources', () => {
  const flag = parseTargetSpec('asa calls 30s');

  it('flags alone', () => {
    expect(mergeOptimizeSettings(undefined, undefined, [flag])).toEqual({ targets: [flag], sources: { targets: 'flags' }, targetsBeforeFlags: 0 });
    expect(mergeOptimizeSettings({ targets: [] }, { targets: [] }, [flag]).sources).toEqual({ targets: 'flags' });
  });

  it('nothing given', () => {
    expect(mergeOptimizeSettings(undefined, undefined, [])).toEqual({ targets: [], sources: {}, targetsBeforeFlags: 0 });
  });

  it('the file\'s targets and keys over the block\'s, the block\'s keys where the file has none', () => {
    const block = { targets: [parseTargetSpec('occupancy * 85%')], shiftTemplates: [{ name: 't', starts: [0], length: 3600 }] };
    const file = { targets: [parseTargetSpec('abandonment * 5%')], costPerAgentHour: { a: 3 } };
    expect(mergeOptimizeSettings(block, file, [flag])).toEqual({
      targets: [file.targets[0], flag],
      costPerAgentHour: { a: 3 },
      shiftTemplates: block.shiftTemplates,
      sources: { targets: 'settings', costPerAgentHour: 'settings', shiftTemplates: 'scenario' },
      targetsBeforeFlags: 1,
    });
  });
});

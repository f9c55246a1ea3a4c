import { describe, expect, it } from 'vitest';
import { helpDesk } from '../experiment/scenarios';
import { cli, tempDir, writeScenario } from './cli-harness';

const file = writeScenario(tempDir(), 'help-desk.json', helpDesk(2));

describe('--horizon beyond the range of durations', () => {
  const cases: [string, RegExp][] = [
    ['3651d', /--horizon: must be at most 3650d \(10 years\), got '3651d'/],
    ['400000000', /--horizon: must be at most 3650d \(10 years\), got '400000000'/],
    [`${'9'.repeat(400)}s`, /--horizon: duration '9{24}…9{7}s \(401 characters\)' is too large to hold/],
    [`${'9'.repeat(400)}`, /--horizon: must be a positive duration/],
    ['1e400s', /--horizon: duration '1e400s' uses an exponent/],
  ];
  it.each(cases)('%s is a bad flag: exit 1 with the reason', async (value, message) => {
    const { code, stdout, stderr } = await cli(['run', file, '--horizon', value]);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(message);
  });
});

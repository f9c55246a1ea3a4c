import { describe, expect, it } from 'vitest';
import { locatePath, pathElements } from '../../playground/locate';

const TEXT = [
  'name: tiny', //                      1
  'skills: [billing, "tech support"]', // 2
  'agentGroups:', //                    3
  '  - name: a', //                     4
  '    agents: 3', //                   5
  '  - name: b', //                     6
  '    skills: { "a b": 2 }', //        7
  '    agents: -1', //                  8
  '',
].join('\n');

describe('pathElements', () => {
  it('splits the paths routelab prints back into keys and indices', () => {
    expect(pathElements('agentGroups[1].agents')).toEqual(['agentGroups', 1, 'agents']);
    expect(pathElements('agentGroups[1].skills["a b"]')).toEqual(['agentGroups', 1, 'skills', 'a b']);
    expect(pathElements('contactTypes[0].handleTime.mean')).toEqual(['contactTypes', 0, 'handleTime', 'mean']);
    expect(pathElements('')).toEqual([]);
  });
});

describe('locatePath', () => {
  it('finds the line of a value in a list of mappings', () => {
    expect(locatePath(TEXT, 'agentGroups[1].agents')).toEqual({ line: 8, column: 13, foundPath: ['agentGroups', 1, 'agents'] });
    expect(locatePath(TEXT, 'agentGroups[0].agents')?.line).toBe(5);
  });

  it('finds quoted keys and flow collections', () => {
    expect(locatePath(TEXT, 'agentGroups[1].skills["a b"]')?.line).toBe(7);
    expect(locatePath(TEXT, 'skills[1]')).toMatchObject({ line: 2, column: 19 });
  });

  it('points a missing field at its nearest written ancestor', () => {
    expect(locatePath(TEXT, 'agentGroups[1].handleTimeFactor')).toEqual({ line: 6, column: 5, foundPath: ['agentGroups', 1] });
  });

  it('gives no line for the whole scenario or a text that does not parse', () => {
    expect(locatePath(TEXT, '')).toBeUndefined();
    expect(locatePath('a: [1,\nb: 2', 'a')).toBeUndefined();
  });

  it('reads JSON text too', () => {
    expect(locatePath('{\n  "agentGroups": [\n    { "name": "a", "agents": -1 }\n  ]\n}', 'agentGroups[0].agents')).toMatchObject({ line: 3 });
  });
});

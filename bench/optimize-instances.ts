import type { ScenarioInput } from '../src/scenario/schema';

/**
 * The staffing optimizer's benchmark centers: the N-model, the W-model, a bank with three skills
 * (each an 8-hour day in 30-minute intervals) and a large center (20 contact types, 15 agent groups,
 * a 12-hour day in 30-minute intervals). Arrival profiles rise to a midday peak.
 *
 * @module
 */

/** Calls per interval: `peak` at midday, `peak × low` at the ends, a smooth hump between. */
export function dayProfile(intervals: number, peak: number, low = 0.4): number[] {
  return Array.from({ length: intervals }, (_, k) => Math.round(peak * (low + (1 - low) * Math.sin((Math.PI * (k + 0.5)) / intervals))));
}

function voice(name: string, skill: string, perInterval: number[], handle: string, patience: string) {
  return {
    name,
    skills: { [skill]: 1 },
    handleTime: { kind: 'exponential' as const, mean: handle },
    patience: { kind: 'exponential' as const, mean: patience },
    arrivals: { perInterval },
  };
}

function group(name: string, skills: readonly string[]) {
  return { name, skills: Object.fromEntries(skills.map((s) => [s, 1])), agents: 1 };
}

/** N-model: type A served by specialists and generalists, type B by generalists only. */
export function nModel(): ScenarioInput {
  return {
    name: 'N-model',
    horizon: '8h',
    interval: '30m',
    skills: ['a', 'b'],
    contactTypes: [voice('A', 'a', dayProfile(16, 120), '4m', '3m'), voice('B', 'b', dayProfile(16, 50), '5m', '3m')],
    agentGroups: [group('specialists-A', ['a']), group('generalists', ['a', 'b'])],
  };
}

/** W-model: three types, two pools; pool 1 serves types 1 and 2, pool 2 types 2 and 3. */
export function wModel(): ScenarioInput {
  return {
    name: 'W-model',
    horizon: '8h',
    interval: '30m',
    skills: ['s1', 's2', 's3'],
    contactTypes: [
      voice('type1', 's1', dayProfile(16, 70), '4m', '3m'),
      voice('type2', 's2', dayProfile(16, 40), '4m', '3m'),
      voice('type3', 's3', dayProfile(16, 70), '4m', '3m'),
    ],
    agentGroups: [group('pool1', ['s1', 's2']), group('pool2', ['s2', 's3'])],
  };
}

/** A bank with three skills: a specialist group per skill and a generalist group with all three. */
export function bank(): ScenarioInput {
  return {
    name: 'Bank, three skills',
    horizon: '8h',
    interval: '30m',
    skills: ['accounts', 'cards', 'loans'],
    contactTypes: [
      voice('accounts', 'accounts', dayProfile(16, 100), '4m', '3m'),
      voice('cards', 'cards', dayProfile(16, 45), '6m', '4m'),
      voice('loans', 'loans', dayProfile(16, 25), '8m', '5m'),
    ],
    agentGroups: [
      group('accounts-team', ['accounts']),
      group('cards-team', ['cards']),
      group('loans-team', ['loans']),
      group('generalists', ['accounts', 'cards', 'loans']),
    ],
  };
}

/**
 * A large center: 20 contact types (skills `s0` … `s19`), 15 agent groups each with 3 skills
 * (group g has skills g, g + 5 and g + 10 modulo 20, plus skill g + 15 for the first 5 groups, so
 * every skill is covered at least twice), a 12-hour day in 30-minute intervals.
 */
export function largeCenter(): ScenarioInput {
  const skills = Array.from({ length: 20 }, (_, i) => `s${i}`);
  const types = skills.map((s, i) => voice(`type${i}`, s, dayProfile(24, 20 + ((i * 7) % 30)), `${3 + (i % 4)}m`, '4m'));
  const groups = Array.from({ length: 15 }, (_, g) => group(`group${g}`, [g, g + 5, g + 10, ...(g < 5 ? [g + 15] : [])].map((k) => skills[k % 20]!)));
  return { name: 'Large center', horizon: '12h', interval: '30m', skills, contactTypes: types, agentGroups: groups };
}

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/scenario/load-file';
import { parseScenarioFile } from '../../src/scenario/parse-file';
import { parseScenario } from '../../src/scenario/resolve';
import { writeFiles } from './file-fixtures';
import { lines, validScenario } from './helpers';

/**
 * The catalogue of malformed scenarios the issue lists: one case per kind of problem, each with
 * the exact path it is reported at and a fragment of the message. The scenario is otherwise
 * valid, so each case must report exactly that one issue.
 */
const KNOWN_POLICIES = ['longest-idle-agent', 'best-skill', 'skills-priority'];

interface Case {
  readonly kind: string;
  readonly change: (s: Record<string, any>) => void;
  readonly path: string;
  readonly fragment: string;
  /** Warnings are allowed but probably not intended: the scenario still parses. */
  readonly severity: 'error' | 'warning';
}

const CASES: readonly Case[] = [
  {
    kind: 'an unknown skill',
    change: (s) => (s.agentGroups[0].skills.biling = 1),
    path: 'agentGroups[0].skills.biling',
    fragment: "unknown skill 'biling'; did you mean 'billing'?",
    severity: 'error',
  },
  {
    kind: 'a proficiency out of range',
    change: (s) => (s.agentGroups[0].skills.billing = 6),
    path: 'agentGroups[0].skills.billing',
    fragment: 'proficiency must be an integer between 1 and 5, got 6',
    severity: 'error',
  },
  {
    kind: 'a negative rate',
    change: (s) => (s.contactTypes[0].arrivals.rate = '-5/h'),
    path: 'contactTypes[0].arrivals.rate',
    fragment: "rate must be positive, got '-5/h'",
    severity: 'error',
  },
  {
    kind: 'a contact type that no agent can serve',
    change: (s) => (s.contactTypes[1].skills = { spanish: 1 }),
    path: 'contactTypes[1]',
    fragment: "no agent group can serve contact type 'cards-chat'",
    severity: 'error',
  },
  {
    kind: 'a schedule with nobody on duty while contacts arrive',
    change: (s) => (s.agentGroups[0].agents = { shifts: [{ start: '4h', end: '8h', agents: 10 }] }),
    path: 'contactTypes[0]',
    fragment: "contacts of 'billing-voice' arrive during 0s–4h but no agent who can serve them is on duty",
    severity: 'warning',
  },
  {
    kind: 'a duration in an unknown unit',
    change: (s) => (s.contactTypes[0].handleTime.mean = '5 minutes'),
    path: 'contactTypes[0].handleTime.mean',
    fragment: "unknown unit 'minutes' in duration '5 minutes'",
    severity: 'error',
  },
  {
    kind: 'a routing policy that does not exist',
    change: (s) => (s.routing = { policy: 'longest-idle' }),
    path: 'routing.policy',
    fragment: "unknown policy 'longest-idle'; did you mean 'longest-idle-agent'?",
    severity: 'error',
  },
  {
    kind: 'impossible distribution parameters',
    change: (s) => (s.contactTypes[1].handleTime = { kind: 'uniform', min: '5m', max: '1m' }),
    path: 'contactTypes[1].handleTime',
    fragment: 'uniform: min ≤ max required, got min=300 max=60',
    severity: 'error',
  },
  {
    kind: 'a duration too large to hold',
    change: (s) => (s.contactTypes[0].patience.mean = `${'1'.repeat(400)}m`),
    path: 'contactTypes[0].patience.mean',
    fragment: 'is too large to hold; at most 3650d (10 years) is accepted',
    severity: 'error',
  },
  {
    kind: 'a duration beyond 10 years',
    change: (s) => (s.warmup = '3651d'),
    path: 'warmup',
    fragment: "duration must be at most 3650d (10 years), got '3651d'",
    severity: 'error',
  },
  {
    kind: 'a count beyond its range',
    change: (s) => (s.agentGroups[1].agents = 1e9),
    path: 'agentGroups[1].agents',
    fragment: 'agents must be at most 100000, got 1000000000',
    severity: 'error',
  },
  {
    kind: 'too many reporting intervals',
    change: (s) => (s.interval = 0.001),
    path: 'interval',
    fragment: 'reporting intervals over the 8h horizon are 28800000, more than the 10000000 a run may have',
    severity: 'error',
  },
];

describe('the catalogue of malformed scenarios', () => {
  it('starts from a scenario with no errors and no warnings', () => {
    const result = parseScenario(validScenario(), { knownPolicies: KNOWN_POLICIES });
    expect(result.ok && result.warnings).toEqual([]);
  });

  it.each(CASES)('reports $kind at $path ($severity)', ({ change, path, fragment, severity }) => {
    const s = validScenario();
    change(s);
    const result = parseScenario(s, { knownPolicies: KNOWN_POLICIES });
    const issues = severity === 'error' ? (result.ok ? [] : result.errors) : result.warnings;
    expect(result.ok).toBe(severity === 'warning');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(path);
    expect(issues[0]!.message).toContain(fragment);
  });

  it('reports every problem of a scenario with all of them at once', () => {
    const s = validScenario();
    for (const c of CASES) c.change(s);
    const result = parseScenario(s, { knownPolicies: KNOWN_POLICIES });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const reported = lines(result.errors);
    for (const c of CASES.filter((x) => x.severity === 'error')) {
      expect(reported.some((line) => line.startsWith(`${c.path}: `) && line.includes(c.fragment)), `${c.kind}:\n${reported.join('\n')}`).toBe(true);
    }
  });
});

describe('the catalogue through the file loader', () => {
  it('reports a YAML syntax error with the file, line and column', () => {
    const dir = writeFiles({ 'broken.yaml': 'name: x\nskills: [billing, cards\ncontactTypes: []\n' });
    const file = join(dir, 'broken.yaml');
    expect(() => readScenarioFile(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid YAML: .* at line 3, column 1$`));
  });

  it('reports a JSON syntax error with the line and column', () => {
    const dir = writeFiles({ 'broken.json': '{\n  "name": "x",\n}\n' });
    expect(() => readScenarioFile(join(dir, 'broken.json'))).toThrow(/: not valid JSON: .* at line 3, column 1$/);
  });

  it('reports the problems of a well-formed file by path', () => {
    const s = validScenario();
    CASES[1]!.change(s);
    const dir = writeFiles({ 'bad.json': JSON.stringify(s, null, 2) });
    const result = parseScenarioFile(join(dir, 'bad.json'));
    expect(!result.ok && lines(result.errors)).toEqual(['agentGroups[0].skills.billing: proficiency must be an integer between 1 and 5, got 6']);
  });
});

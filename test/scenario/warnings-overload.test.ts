import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../src/scenario/parse-file';
import { modelOf, validScenario } from './helpers';

/** A one-type voice scenario: `rate` per hour, 3-minute calls, `agents` agents. */
function oneQueue(rate: string, agents: unknown): Record<string, any> {
  return {
    name: 'overload',
    skills: ['support'],
    contactTypes: [
      {
        name: 'calls',
        skills: { support: 1 },
        arrivals: { rate },
        handleTime: { kind: 'exponential', mean: '3m' },
        patience: { kind: 'exponential', mean: '2m' },
      },
    ],
    agentGroups: [{ name: 'agents', skills: { support: 3 }, agents }],
  };
}

const overloads = (input: unknown): string[] =>
  modelOf(input)
    .warnings.filter((w) => w.message.startsWith('offered load far above capacity'))
    .map((w) => `${w.path}: ${w.message}`);

describe('warnings: offered load far above capacity', () => {
  it('warns of a huge arrival rate with the numbers and the run length', () => {
    // 1e8/h × 3 min = 5e6 erlangs; 6 agents finish 6 × 20/h = 120/h: 833,333 times over
    expect(overloads(oneQueue('100000000/h', 6))).toEqual([
      "contactTypes[0]: offered load far above capacity: during 0s–1d contacts of 'calls' arrive at 100000000/h, 833000 times the 120/h " +
        'that the agents who can serve them (groups: agents), 6 on duty, can finish at 3m per contact; most of them will wait or abandon; ' +
        'about 2400000000 contacts arrive in the 1d horizon, so the run may take very long',
    ]);
  });

  it('warns above three times the capacity and not below', () => {
    // 6 agents finish 120/h
    expect(overloads(oneQueue('350/h', 6))).toEqual([]);
    expect(overloads(oneQueue('370/h', 6))).toHaveLength(1);
    expect(overloads(oneQueue('370/h', 6))[0]).not.toContain('run may take very long');
  });

  it('judges voice at its peak: one overloaded half hour is enough', () => {
    const s = oneQueue('60/h', 6);
    // counts per half hour: 120/h all day (exactly the capacity) but 2000/h from 8h to 8h30m
    s.contactTypes[0].arrivals = { perInterval: [...Array(16).fill(60), 1000, ...Array(31).fill(60)], interval: '30m' };
    expect(overloads(s)).toHaveLength(1);
    expect(overloads(s)[0]).toContain('during 8h–8h30m');
    expect(overloads(s)[0]).toContain('arrive at 2000/h, 16.7 times the 120/h');
  });

  it('counts the agents on duty at the peak, not the daily peak of staffing', () => {
    const s = oneQueue('200/h', { shifts: [{ start: '0h', end: '12h', agents: 10 }, { start: '12h', end: '24h', agents: 1 }] });
    const [warning] = overloads(s);
    expect(warning).toContain('during 12h–1d');
    expect(warning).toContain('1 on duty');
  });

  it('counts every group that can serve the type, at its speed and concurrency', () => {
    const s = oneQueue('400/h', 2);
    // 2 agents at speed factor 0.5 (proficiency 3) finish 2 × 40/h = 80/h; a chat group cannot help
    s.agentGroups[0].handleTimeFactor = { 3: 0.5 };
    expect(overloads(s)).toHaveLength(1);
    s.agentGroups.push({ name: 'more', skills: { support: 1 }, agents: 4 });
    // + 4 × 20/h: 160/h in all, 400/h is 2.5 times that
    expect(overloads(s)).toEqual([]);
  });

  it('judges e-mail over the whole horizon: a backlog that clears is fine', () => {
    const s = oneQueue('100/h', 6);
    delete s.contactTypes[0].patience;
    s.contactTypes[0].channel = 'email';
    s.agentGroups[0].channels = { email: 1 };
    // all e-mail arrives in the first hour (1000/h), 6 agents clear 120/h × 24 h = 2880 > 1000
    s.contactTypes[0].arrivals = { perInterval: [1000], interval: '1h' };
    expect(overloads(s)).toEqual([]);
    s.contactTypes[0].arrivals = { rate: '1000/h' };
    expect(overloads(s)).toEqual([
      "contactTypes[0]: offered load far above capacity: about 24000 contacts of 'calls' arrive in the 1d horizon, 8.33 times the about 2880 " +
        'that the agents who can serve them (groups: agents) can finish in that time at 3m per contact; the backlog keeps growing',
    ]);
  });

  it('leaves the small test scenario and the bundled examples alone', () => {
    expect(overloads(validScenario())).toEqual([]);
    const dir = join(__dirname, '../../examples');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const result = parseScenarioFile(join(dir, file));
      expect(result.ok, file).toBe(true);
      expect(result.warnings.filter((w) => w.message.startsWith('offered load')), file).toEqual([]);
    }
  });
});

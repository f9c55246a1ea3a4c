import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../src/scenario/schema';
import { cli, tempDir, writeScenario } from './cli-harness';

/** E-mails around the clock, agents from 8:00 to 20:00: those after 20:00 wait to the end of the run. */
const backlog: ScenarioInput = {
  name: 'backlog',
  horizon: '1d',
  skills: ['mail'],
  contactTypes: [
    { name: 'email', channel: 'email', skills: { mail: 1 }, handleTime: { kind: 'exponential', mean: '5m' }, arrivals: { rate: '2/h' } },
  ],
  agentGroups: [{ name: 'day', skills: { mail: 1 }, channels: { email: 1 }, agents: { shifts: [{ start: '8h', end: '20h', agents: 1 }] } }],
};

const dir = tempDir();
const file = writeScenario(dir, 'backlog.json', backlog);

describe('scenario warnings after the command-line overrides', () => {
  it('run --horizon: the warning is about the horizon that runs', async () => {
    const oneDay = await cli(['run', file, '--format', 'json']);
    expect(oneDay.stderr).toContain("arriving during 20h–1d wait in the backlog to the end of the run");
    const twoDays = await cli(['run', file, '--horizon', '2d', '--format', 'json']);
    expect(twoDays.code).toBe(0);
    expect(twoDays.stderr).toContain("arriving during 1d20h–2d wait in the backlog to the end of the run");
    expect(twoDays.stderr).not.toContain('during 20h–1d');
  });

  it('the warning of a horizon given as --horizon matches that of a file with the same horizon', async () => {
    const variant = writeScenario(dir, 'backlog-2d.json', { ...backlog, horizon: '2d' });
    const fromFlag = await cli(['run', file, '--horizon', '2d', '--format', 'json']);
    const fromFile = await cli(['run', variant, '--format', 'json']);
    expect(fromFlag.stderr.replaceAll(file, 'F')).toBe(fromFile.stderr.replaceAll(variant, 'F'));
  });

  it('compare --policy: a warning shared by every design is printed once', async () => {
    const { code, stderr } = await cli(['compare', file, '--policy', 'longest-idle-agent', 'best-skill', 'random-agent', '--replications', '2', '--threads', '1', '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr.match(/wait in the backlog/g)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { cli, tempDir, writeScenario } from './cli-harness';

const dir = tempDir();

/** A chat center whose bot and slowdown table are both wrong. */
const bad = writeScenario(dir, 'channels-bad.json', {
  name: 'bad channels',
  skills: ['s'],
  contactTypes: [
    {
      name: 'c',
      channel: 'chat',
      skills: { s: 1 },
      handleTime: { kind: 'exponential', mean: '5m' },
      arrivals: { rate: '10/h' },
      selfService: { time: { kind: 'exponential', mean: '1m' }, containment: 1.3 },
    },
  ],
  agentGroups: [{ name: 'g', agents: 2, skills: { s: 2 }, channels: { chat: 3 }, slowdown: { chat: [1, 1.2] } }],
});

describe('routelab run with bad channel settings', () => {
  it('exits 2 listing both located problems, without a stack trace', async () => {
    const { code, stdout, stderr } = await cli(['run', bad]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('contactTypes[0].selfService.containment: containment must be a number between 0 and 1, got 1.3');
    expect(stderr).toContain('agentGroups[0].slowdown.chat: lists 2 factors but the group holds up to 3 chat contacts at once');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

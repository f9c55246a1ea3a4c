import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load-scenario';
import { simulate } from '../../src/run/simulate';
import { formatValue } from '../../src/report/summary-table';
import { cli } from './cli-harness';

/**
 * Issue 18/20: `routelab run` shows the messaging sessions, self-service and interruptions of a
 * scenario that uses them, in the units of the other tables, and nothing more for one that does not.
 */

const sessionsFile = 'examples/messaging/messaging-sessions.yaml';
const botFile = 'examples/bot-containment.yaml';
const one = cli(['run', sessionsFile]);
const two = cli(['run', sessionsFile, '--replications', '2', '--threads', '1']);
const bot = cli(['run', botFile]);
const bank = cli(['run', 'examples/retail-bank.yaml']);

/** The cell of `row` in the table of `text` headed `header`. */
function cell(text: string, header: string, row: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${header} `));
  expect(start, `a table headed '${header}'`).toBeGreaterThanOrEqual(0);
  const line = lines.slice(start + 2).find((l) => l.startsWith(`${row} `));
  expect(line, `row '${row}'`).toBeDefined();
  return line!.slice(row.length).trim();
}

describe('run: mechanism tables', () => {
  it('one replication prints every messaging-session figure of the run', async () => {
    const { stdout, code } = await one;
    expect(code).toBe(0);
    const m = simulate(loadScenario(sessionsFile, { warn: () => undefined }), { seed: 1 }).messagingSessions![0]!;
    expect(stdout).toMatch(/^messaging sessions +messaging care$/m);
    expect(cell(stdout, 'messaging sessions', 'sessions')).toBe(String(m.sessions));
    expect(cell(stdout, 'messaging sessions', 'resolution rate')).toBe(formatValue(m.resolutionRate, 'percent'));
    expect(cell(stdout, 'messaging sessions', 'first response')).toBe(formatValue(m.meanFirstResponseTime, 'seconds'));
    expect(cell(stdout, 'messaging sessions', 'resolution time')).toBe(formatValue(m.meanResolutionTime, 'seconds'));
    expect(cell(stdout, 'messaging sessions', 'turns per session')).toBe(formatValue(m.meanTurns, 'count'));
    expect(cell(stdout, 'messaging sessions', 'agent time per session')).toBe(formatValue(m.meanAgentTime, 'seconds'));
  });

  it('several replications print mean ± half-width', async () => {
    const { stdout, code } = await two;
    expect(code).toBe(0);
    expect(cell(stdout, 'messaging sessions', 'resolution rate')).toMatch(/^\d+\.\d% ± \d+\.\d pt$/);
    expect(cell(stdout, 'messaging sessions', 'resolution time')).toMatch(/^\d+\.\d(s| min| h) ± \d+\.\d(s| min| h)$/);
  });

  it('prints the bot containment of a self-service scenario', async () => {
    const { stdout, code } = await bot;
    expect(code).toBe(0);
    const s = simulate(loadScenario(botFile, { warn: () => undefined }), { seed: 1 }).selfService![0]!;
    expect(cell(stdout, 'self-service (bot)', 'contained')).toBe(String(s.contained));
    expect(cell(stdout, 'self-service (bot)', 'containment rate')).toBe(formatValue(s.containmentRate, 'percent'));
    expect(stdout).not.toContain('messaging sessions');
  });

  it('prints none of the mechanism tables for a scenario without them', async () => {
    const { stdout, code } = await bank;
    expect(code).toBe(0);
    for (const title of ['self-service (bot)', 'messaging sessions', 'interruptions by calls', 'silent abandonment']) expect(stdout).not.toContain(title);
  });
});

import { describe, expect, it } from 'vitest';
import type { StaffingResult } from '../../src/optimize/result';
import { formatStaffingTables, staffingCsv, staffingHtml } from '../../src/report/staffing-output';

const result: StaffingResult = {
  format: 'routelab-staffing',
  version: 1,
  scenario: 'desk <1>',
  status: 'met',
  staffing: { agents: [3, 5, 0], outsourcer: [2, 2, 0] },
  intervalLength: 1800,
  cost: 6,
  agentHours: { agents: 4, outsourcer: 2 },
  erlang: { calls: [3, 6, 0] },
  targets: [
    { metric: 'service-level', contactType: 'calls', scope: 'interval', interval: 0, start: 0, target: 0.8, within: 20, estimate: 0.9, halfWidth: 0.02, bound: 0.885, met: true, confident: true },
    { metric: 'service-level', contactType: 'calls', scope: 'interval', interval: 1, start: 1800, target: 0.8, within: 20, estimate: 0.81, halfWidth: 0.03, bound: 0.785, met: false, confident: false },
    { metric: 'service-level', contactType: 'calls', scope: 'interval', interval: 2, start: 3600, target: 0.8, within: 20, estimate: null, halfWidth: null, bound: null, met: true, confident: true },
    { metric: 'abandonment', scope: 'day', target: 0.05, estimate: 0.02, halfWidth: 0.005, bound: 0.024, met: true, confident: true },
  ],
  unreachable: [],
  evaluations: 120,
  iterations: 3,
  seed: 1,
  replications: 20,
  validationReplications: 50,
  level: 0.95,
  criterion: 'confidence',
};

describe('staffing output', () => {
  it('tables: staffing per interval without empty intervals, agent-hours, one line per target with its worst interval', () => {
    const text = formatStaffingTables(result);
    expect(text).toMatch(/^00:00 +3 +2$/m);
    expect(text).toMatch(/^00:30 +5 +2$/m);
    expect(text).not.toMatch(/^01:00/m);
    expect(text).toMatch(/^agent-hours +4\.0 +2\.0$/m);
    expect(text).toMatch(/service-level calls 20s\s+≥ 80\.0%\s+worst 00:30\s+81\.0% ± 3\.0%\s+1\/2\s+1\/2/);
    expect(text).toMatch(/abandonment all\s+≤ 5\.0%\s+day\s+2\.0% ± 0\.5%\s+1\/1\s+1\/1/);
  });

  it('csv: one line per group and interval', () => {
    expect(staffingCsv(result)).toBe('group,interval,start,agents\nagents,0,0,3\nagents,1,1800,5\nagents,2,3600,0\noutsourcer,0,0,2\noutsourcer,1,1800,2\noutsourcer,2,3600,0\n');
  });

  it('html: a page with the staffing and every interval, names escaped', () => {
    const html = staffingHtml(result);
    expect(html).toContain('<title>desk &lt;1&gt;: staffing plan</title>');
    expect(html).toContain('<th scope="row">00:30</th><td>5</td><td>2</td>');
    expect(html).toContain('<td>NO</td>');
  });
});

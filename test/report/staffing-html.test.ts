import { describe, expect, it } from 'vitest';
import type { PlanWorkforce } from '../../src/optimize/plan-workforce';
import type { StaffingResult } from '../../src/optimize/result';
import { staffingHtml, staffingSummary } from '../../src/report/staffing-html';

const result: StaffingResult = {
  format: 'routelab-staffing',
  version: 1,
  scenario: 'desk <1>',
  status: 'met',
  staffing: { agents: [3, 5, 0], outsourcer: [2, 2, 0] },
  intervalLength: 1800,
  cost: 6,
  agentHours: { agents: 4, outsourcer: 2 },
  erlang: { calls: [4, 8, 0], chats: [2, 2, 0] },
  targets: [
    { metric: 'service-level', contactType: 'calls', scope: 'interval', interval: 0, start: 0, target: 0.8, within: 20, estimate: 0.9, halfWidth: 0.02, bound: 0.885, met: true, confident: true },
    { metric: 'service-level', contactType: 'calls', scope: 'interval', interval: 1, start: 1800, target: 0.8, within: 20, estimate: 0.81, halfWidth: 0.03, bound: 0.785, met: true, confident: false },
    { metric: 'service-level', contactType: 'calls', scope: 'interval', interval: 2, start: 3600, target: 0.8, within: 20, estimate: null, halfWidth: null, bound: null, met: true, confident: true },
    { metric: 'fcr', contactType: 'calls', scope: 'interval', interval: 0, start: 0, target: 0.75, estimate: 0.78, halfWidth: 0.01, bound: 0.772, met: true, confident: true },
  ],
  unreachable: [],
  evaluations: 120,
  iterations: 3,
  seed: 7,
  replications: 20,
  validationReplications: 50,
  level: 0.95,
  criterion: 'mean',
  shifts: {
    groups: [{ group: 'agents', shifts: [{ template: '1h', start: 0, end: 3600, breakStart: null, agents: 5 }], paidHours: 5, coverage: [5, 5, 0] }],
    cost: 5,
    targets: [],
  },
};

const workforce: PlanWorkforce = {
  replications: 2,
  workforceFeatures: false,
  groups: [
    { name: 'agents', scheduledHours: 4, paidHours: 4, availableHours: 4, productiveHours: 3.25, intervals: [0, 1, 2].map((k) => ({ start: k * 1800, scheduledHours: [1.5, 2.5, 0][k]!, paidHours: [1.5, 2.5, 0][k]!, availableHours: [1.5, 2.5, 0][k]!, productiveHours: [1.25, 2, 0][k]! })) },
    { name: 'outsourcer', scheduledHours: 2, paidHours: 2, availableHours: 2, productiveHours: 1, intervals: [0, 1, 2].map((k) => ({ start: k * 1800, scheduledHours: [1, 1, 0][k]!, paidHours: [1, 1, 0][k]!, availableHours: [1, 1, 0][k]!, productiveHours: [0.5, 0.5, 0][k]! })) },
  ],
};

describe('staffingHtml()', () => {
  it('says in one sentence how many places are met, at what cost, against separate Erlang staffing', () => {
    // 3 places measured (the empty interval 2 is not), 2 with confidence; 6 agent-hours against
    // (4 + 8 + 2 + 2) agents × 0.5 h = 8 agent-hours by Erlang: 25 % below
    expect(staffingSummary(result)).toBe(
      '2 of 3 targets (each target in each interval it applies to) met with 95 % confidence, 3 by the estimate, at 6.0 agent-hours (cost 6.00), 25.0 % below staffing each contact type separately by Erlang C/A (8.0 agent-hours), on 50 replications the search never saw. Not met with confidence: service-level calls at 00:30 (81.0% ± 3.0% for ≥ 80.0%).',
    );
    expect(staffingSummary({ ...result, criterion: 'confidence' })).toMatch(/^2 of 3 targets \(each target in each interval it applies to\) met with 95 % confidence at 6\.0 agent-hours/);
    const allMet = { ...result, targets: result.targets.map((t) => ({ ...t, confident: true })), status: 'iteration-limit' as const };
    expect(staffingSummary(allMet)).toMatch(/^All 3 targets \(each target in each interval it applies to\) met with 95 % confidence at 6\.0 agent-hours .* The search stopped at its iteration limit/);
  });

  it('is a page to send: title block, summary, staffing, targets, shifts, agent-hours, every interval', () => {
    const html = staffingHtml(result, { date: '2026-12-07', workforce });
    expect(html).toContain('<h1>desk &lt;1&gt;: staffing plan</h1>');
    for (const [k, v] of [
      ['Scenario', 'desk &lt;1&gt;'],
      ['Seed', '7 (validation: 7/validation)'],
      ['Replications', '20 per candidate in the search, 50 in the validation'],
      ['Date', '2026-12-07'],
    ]) expect(html).toContain(`<dt>${k}</dt><dd>${v}</dd>`);
    expect(html).toContain('<section id="summary"><h2>Summary</h2><p class="summary">2 of 3 targets');
    expect(html).toContain('<dt>Cost</dt><dd>6.00 (agent-hours × cost per agent-hour)</dd>');
    expect(html).toContain('<th scope="row">00:30</th><td>5</td><td>2</td>');
    expect(html).toContain('<th scope="row">agent-hours</th><td>4.0</td><td>2.0</td>');
    // targets table: the worst interval, estimate ± half-width, met and met with confidence
    expect(html).toContain('<th scope="row">service-level calls 20s</th><td>≥ 80.0%</td><td>worst 00:30</td><td>81.0% ± 3.0%</td><td>2/2</td><td>1/2</td>');
    expect(html).toContain('<th scope="row">fcr calls</th><td>≥ 75.0%</td><td>worst 00:00</td><td>78.0% ± 1.0%</td><td>1/1</td><td>1/1</td>');
    expect(html).toContain('<section id="shifts"><h2>Shift plan</h2>');
    expect(html).toContain('<th scope="row">agents</th><td>1h</td><td>00:00–01:00</td><td>–</td><td>5</td>');
    expect(html).toContain('<th scope="row">agents</th><td>4.0</td><td>4.0</td><td>4.0</td><td>3.3</td>');
    expect(html).toContain('<th scope="row">00:30</th><td>2.5</td><td>2.5</td><td>2.5</td><td>2.0</td><td>1.0</td><td>1.0</td><td>1.0</td><td>0.5</td>');
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('leaves out the shift and agent-hours sections it has nothing for, and never reads the clock', () => {
    const { shifts: _shifts, ...noShifts } = result;
    const html = staffingHtml(noShifts);
    expect(html).not.toContain('id="shifts"');
    expect(html).not.toContain('id="workforce"');
    expect(html).not.toContain('<dt>Date</dt>');
    expect(staffingHtml(noShifts)).toBe(html);
  });
});

import { describe, expect, it } from 'vitest';
import { ContactTrace } from '../../src/metrics/contact-trace';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { PolicyRegistry } from '../../src/routing/registry';
import { simulateModel } from '../../src/run/simulate';
import { parseScenario } from '../../src/scenario/resolve';

/**
 * A messaging center with what sessions interact with: a resolution rule and repeat contacts,
 * silent abandonment, a slowdown with concurrency, wrap-up, two types and two groups.
 */
function scenario(session?: Record<string, unknown>) {
  const parsed = parseScenario(
    {
      name: 'messaging',
      horizon: '6h',
      endOfDay: 'drain',
      skills: ['care', 'sales'],
      contactTypes: [
        {
          name: 'care',
          channel: 'messaging',
          skills: { care: 1 },
          handleTime: { kind: 'lognormal', mean: '4m', cv: 0.8 },
          arrivals: { rate: '60/h' },
          resolution: { probability: 0.7 },
          repeat: { probability: 0.5, delay: { kind: 'exponential', mean: '30m' } },
          silentAbandonment: { probability: 0.1, after: { kind: 'exponential', mean: '10m' }, discoveryTime: { kind: 'deterministic', value: '30s' } },
          ...(session === undefined ? {} : { session }),
        },
        { name: 'sales', channel: 'messaging', skills: { sales: 1 }, handleTime: { kind: 'exponential', mean: '3m' }, arrivals: { rate: '20/h' } },
      ],
      agentGroups: [
        { name: 'care team', agents: 3, skills: { care: 3, sales: 1 }, channels: { messaging: 3 }, slowdown: { messaging: [1, 1.3, 1.8] }, wrapUp: { kind: 'exponential', mean: '20s' } },
        { name: 'sales team', agents: 1, skills: { sales: 3 }, channels: { messaging: 2 } },
      ],
    },
    { policies: PolicyRegistry.withBuiltIns() },
  );
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.model;
}

function runJson(session?: Record<string, unknown>): { result: string; trace: string } {
  const lines: string[] = [];
  const { messagingSessions: _sessions, ...result } = simulateModel(scenario(session), { seed: 7, checkInvariants: true, observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })] });
  return { result: JSON.stringify(result), trace: lines.join('\n') };
}

/** Sums, from the agents' loads, the agent-seconds spent holding messaging contacts, and the turns started. */
class BusyTime implements ContactCenterObserver {
  private view!: ContactCenterView;
  private load: number[] = [];
  private since: number[] = [];
  agentSeconds = 0;
  turns = 0;
  attach(view: ContactCenterView): void {
    this.view = view;
    this.load = new Array<number>(view.agentCount).fill(0);
    this.since = new Array<number>(view.agentCount).fill(0);
  }
  onAgentChange(agent: number): void {
    const now = this.view.now;
    this.agentSeconds += this.load[agent]! * (now - this.since[agent]!);
    this.load[agent] = this.view.agentLoad(agent);
    this.since[agent] = now;
  }
  onServiceStart(): void {
    this.turns++;
  }
  onSessionTurn(): void {
    this.turns++;
  }
}

describe('messaging sessions of one turn', () => {
  it('held or released, give the very same results and trace as the type without a session', () => {
    const without = runJson();
    const gap = { kind: 'exponential', mean: '5m' };
    expect(runJson({ exchanges: 1, replyGap: gap, slotDuringGap: 'held' })).toEqual(without);
    expect(runJson({ exchanges: 1, replyGap: gap, slotDuringGap: 'released', timeout: '1m' })).toEqual(without);
  });
});

/** One messaging type, turns of a fixed 100 s of work, one slot per agent, nothing else. */
function fixedWorkCenter() {
  const parsed = parseScenario(
    {
      name: 'fixed work',
      horizon: '6h',
      endOfDay: 'drain',
      skills: ['care'],
      contactTypes: [
        {
          name: 'care',
          channel: 'messaging',
          skills: { care: 1 },
          handleTime: { kind: 'deterministic', value: 100 },
          arrivals: { rate: '60/h' },
          session: { exchanges: { kind: 'uniform', min: 0.5, max: 4.5 }, replyGap: { kind: 'exponential', mean: '5m' }, slotDuringGap: 'released' },
        },
      ],
      agentGroups: [{ name: 'care team', agents: 4, skills: { care: 3 }, channels: { messaging: 1 } }],
    },
    { policies: PolicyRegistry.withBuiltIns() },
  );
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.model;
}

describe('released slots', () => {
  it('hold an agent exactly for the work of the turns: busy agent-seconds = turns × the fixed turn work', () => {
    // Every agent-second holding a contact is turn work (no wrap-up, one slot each): gaps take none.
    const busy = new BusyTime();
    const result = simulateModel(fixedWorkCenter(), { seed: 3, checkInvariants: true, observers: [busy] });
    expect(result.overall.unfinished).toBe(0);
    expect(busy.turns).toBeGreaterThan(1.5 * result.overall.served);
    expect(busy.agentSeconds).toBeCloseTo(100 * busy.turns, 6);
    expect(result.messagingSessions![0]!.meanAgentTime).toBeCloseTo((100 * busy.turns) / result.overall.served, 9);    // Handle time counts agent work only: the reply gaps and the waits for replies are taken out.
    expect(result.overall.meanHandleTime).toBeCloseTo((100 * busy.turns) / result.overall.served, 6);
  });
});

import { describe, expect, it } from 'vitest';
import type { ContactCenterObserver } from '../../src/model/observer';
import { simulate } from '../../src/run/simulate';
import type { ScenarioInput } from '../../src/scenario/schema';

/** Records the predicted wait of every callback offer, with its time. */
function offerLog(): ContactCenterObserver & { offers: string[] } {
  let now = (): number => 0;
  const offers: string[] = [];
  return {
    offers,
    attach(view) {
      now = () => view.now;
    },
    onCallbackOffered(_c, predicted) {
      offers.push(`${now()}: ${predicted.toFixed(4)}`);
    },
  };
}

function offers(input: ScenarioInput): string[] {
  const log = offerLog();
  simulate(input, { seed: 1, observers: [log], checkInvariants: true });
  return log.offers;
}

function calls(arrivals: number[], predictor: string, agents: unknown, handle = 300, extra: Record<string, unknown> = {}): ScenarioInput {
  return {
    name: 'predictor',
    horizon: '2h',
    skills: ['s'],
    contactTypes: [
      {
        name: 'calls',
        skills: { s: 1 },
        handleTime: { kind: 'deterministic', value: handle },
        arrivals: { trace: arrivals },
        callback: { mode: 'virtual-hold', offerWhenWaitAbove: 0, acceptance: 1, predictor },
        ...extra,
      },
    ],
    agentGroups: [{ name: 'team', skills: { s: 1 }, agents }],
  } as ScenarioInput;
}

describe('the queue-position predictor', () => {
  it('divides by the agents on duty now, not by the staffing planned now', () => {
    // Two agents until 100 s, one after; both take a 300 s call at 0. At 150 the agent whose shift
    // ended is still on duty finishing its call: (0 waiting + 1) × 300 s / 2 agents = 150 s (the plan
    // says 1 agent: it would be 300 s).
    const team = { shifts: [{ start: 0, end: 100, agents: 1 }, { start: 0, end: '1h', agents: 1 }] };
    expect(offers(calls([0, 0, 150], 'queue-position', team))).toEqual(['150: 150.0000']);
  });

  it('counts the contacts of the type already waiting', () => {
    // Two agents busy 0–300; at 10 the first caller waits (1 × 300 / 2), at 20 the second (2 × 300 / 2).
    expect(offers(calls([0, 0, 10, 20], 'queue-position', 2))).toEqual(['10: 150.0000', '20: 300.0000']);
  });

  it('uses the type’s handle time when only the patience is given by interval', () => {
    const patience = { kind: 'deterministic', value: 1000 };
    const extra = { patienceByInterval: [patience, patience, patience, patience] };
    expect(offers(calls([0, 10], 'queue-position', 1, 300, extra))).toEqual(['10: 300.0000']);
  });
});

describe('the moving-average predictor', () => {
  it('keeps 0.9 × the previous average + 0.1 × the new wait over several waits', () => {
    // One agent, 10 min calls at 3000, 3060, 3100 and 4300: the first three enter service with waits
    // 0, 540 and 1100 (at 3000, 3600, 4200): averages 0, 54, 0.9 × 54 + 110 = 158.6. The caller at
    // 4300 is predicted 158.6 s; the two before were predicted 0 (no offer).
    expect(offers(calls([3000, 3060, 3100, 4300], 'moving-average', 1, 600))).toEqual(['4300: 158.6000']);
  });
});

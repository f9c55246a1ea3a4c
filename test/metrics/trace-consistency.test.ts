import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContactTrace, readScenarioFile, resolveScenario, simulate, simulateModel, type ContactRecord, type ModelDefinition, type ScenarioInput } from '../../src/index';
import { scenarioArb } from '../support/random-scenario';
import { traceProblems } from '../support/trace-consistency';

const fixture = (file: string): string => fileURLToPath(new URL(`../fixtures/reliability/${file}`, import.meta.url));
const FIXTURES = [
  'vh-infinite-promise-crash.yaml',
  'fuzz-335-vh-crash.reduced.json',
  'transfer-ping-pong-hang.yaml',
  'trace-dialing-at-cut.yaml',
  'fuzz-712-trace-negative-wait.reduced.json',
];

function traceOf(run: (observer: ContactTrace) => void): ContactRecord[] {
  const lines: string[] = [];
  run(new ContactTrace((line) => lines.push(line), { format: 'jsonl' }));
  return lines.map((line) => JSON.parse(line) as ContactRecord);
}

describe('per-contact trace consistency', () => {
  it('shows a call-back being dialled at the cut as waiting since its re-queue, not in service', () => {
    const records = traceOf((trace) => simulate(readScenarioFile(fixture('trace-dialing-at-cut.yaml')) as ScenarioInput, { seed: 1, observers: [trace] }));
    // Contact 1 is offered a callback at 1 s, due at 601 s; the agent (free at 600 s) dials it at
    // 601 s for 50 m and nobody answers: at the cut (3600 s) it has waited 2999 s for a service.
    expect(records[1]).toMatchObject({ serial: 1, outcome: 'unfinished', end: 3600, wait: 2999, serviceStart: null, agent: null, handleTime: null });
    // Contact 2 fell due at 602 s and waits behind it.
    expect(records[2]).toMatchObject({ serial: 2, outcome: 'unfinished', wait: 2998, serviceStart: null });
  });

  it('does not count the attempt being dialled at the cut as answered anywhere', () => {
    const result = simulate(readScenarioFile(fixture('trace-dialing-at-cut.yaml')) as ScenarioInput, { seed: 1 });
    expect(result.overall).toMatchObject({ offered: 3, answered: 1, served: 1, unfinished: 2 });
    expect(result.callbacks[0]).toMatchObject({ attempts: 1, unanswered: 1, completed: 0 });
    // The agent was busy serving 600 s and dialling 2999 s of the hour.
    expect(result.byAgentGroup[0]!.occupancy).toBeCloseTo((600 + 2999) / 3600, 9);
  });

  it('holds for every reliability fixture, over one or two seeds', () => {
    for (const file of FIXTURES) {
      const input = readScenarioFile(fixture(file)) as ScenarioInput;
      const model = resolveScenario(input);
      // fuzz case 712 simulates about 7,000 contacts: one seed is enough there.
      for (const seed of file.startsWith('fuzz-712') ? [1] : [1, 2]) {
        const records = traceOf((trace) => simulate(input, { seed, observers: [trace] }));
        expect(traceProblems(records, model), `${file} seed ${seed}`).toEqual([]);
      }
    }
  });

  it('holds for random centers, with and without unanswered callbacks at the cut', () => {
    const withCallbacks = (model: ModelDefinition, noAnswer: number): ModelDefinition => ({
      ...model,
      contactTypes: model.contactTypes.map((t) =>
        t.channel > 1
          ? t
          : {
              ...t,
              callback: {
                mode: t.id % 2 === 0 ? ('virtual-hold' as const) : ('scheduled' as const),
                offerAbove: 30,
                predictor: 'queue-position' as const,
                acceptance: { base: 0.5, perMinute: 0.1 },
                promiseAfter: t.id % 2 === 0 ? 0 : 600,
                window: 60,
                noAnswer,
                attemptTime: 120,
                retryDelay: 300,
                maxAttempts: 3,
              },
            },
      ),
    });
    const models = fc.sample(fc.tuple(scenarioArb, fc.double({ min: 0, max: 0.9, noNaN: true })), { seed: 712, numRuns: 8 });
    models.forEach(([base, noAnswer], i) => {
      for (const model of [base, withCallbacks(base, noAnswer)]) {
        const records = traceOf((trace) => simulateModel(model, { seed: i, observers: [trace] }));
        expect(traceProblems(records, model), `random center ${i}`).toEqual([]);
      }
    });
  });
});

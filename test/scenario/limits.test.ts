import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/resolve';
import { validScenario } from './helpers';

type Scenario = Record<string, any>;

/** The errors of `edit` applied to a valid scenario, as `path: message`. */
function errorsOf(edit: (s: Scenario) => void): string[] {
  const s = validScenario();
  edit(s);
  const result = parseScenario(s);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

const handleTime = (spec: unknown) => (s: Scenario) => {
  s['contactTypes'][0].handleTime = spec;
};

/** One value beyond each documented range, the field the error must name and what it must say. */
const BEYOND: readonly [string, (s: Scenario) => void, string][] = [
  ['agents per group', (s) => (s['agentGroups'][0].agents = 100_001), 'agentGroups[0].agents: agents must be at most 100000, got 100001'],
  ['agents per interval', (s) => (s['agentGroups'][0].agents = { perInterval: [1, 200_000] }), 'agentGroups[0].agents.perInterval[1]: agents must be at most 100000, got 200000'],
  ['agents in a shift', (s) => (s['agentGroups'][0].agents = { shifts: [{ start: '8h', end: '9h', agents: 1e6 }] }), 'agentGroups[0].agents.shifts[0].agents: agents must be at most 100000, got 1000000'],
  [
    'agents of all groups',
    (s) => (s['agentGroups'] = Array.from({ length: 11 }, (_, i) => ({ name: `g${i}`, agents: 100_000, skills: { billing: 3, cards: 3 }, channels: { voice: 1, chat: 1 } }))),
    'agentGroups: the groups have 1100000 agents at their peaks together, more than the 1000000 a run may have',
  ],
  ['concurrency', (s) => (s['agentGroups'][1].channels = { chat: 1001 }), 'agentGroups[1].channels.chat: concurrency must be at most 1000, got 1001'],
  ['waiting room', (s) => (s['waitingRoom'] = { voice: 2e9 }), 'waitingRoom.voice: capacity must be at most 1000000000, got 2000000000'],
  ['handle-time factor', (s) => (s['agentGroups'][0].handleTimeFactor = { 3: 1e300 }), 'agentGroups[0].handleTimeFactor.3: handle-time factor must be at most 1000, got 1e+300'],
  ['journey factor', (s) => (s['journey'] = { repeatHandleFactor: 1001 }), 'journey.repeatHandleFactor: repeatHandleFactor must be at most 1000, got 1001'],
  ['maxContacts', (s) => (s['journey'] = { maxContacts: 1e6 }), 'journey.maxContacts: maxContacts must be at most 1000, got 1000000'],
  ['busyness', (s) => (s['busyness'] = { cv: 11 }), 'busyness.cv: busyness cv must be at most 10, got 11'],
  ['segment value', (s) => (s['segments'] = [{ name: 'all', share: 1, value: 1e300 }]), 'segments[0].value: value must be between -1000000000 and 1000000000, got 1e+300'],
  ['priority', (s) => (s['contactTypes'][0].priority = -2e9), 'contactTypes[0].priority: priority must be between -1000000000 and 1000000000, got -2000000000'],
  ['distribution cv', handleTime({ kind: 'lognormal', mean: '5m', cv: 101 }), 'contactTypes[0].handleTime.cv: cv must be at most 100, got 101'],
  ['erlang phases', handleTime({ kind: 'erlang', k: 1e9, mean: '5m' }), 'contactTypes[0].handleTime.k: k must be at most 1000 phases, got 1000000000'],
  // exp(700 + 0.5) s: no duration field would take it
  ['lognormal mean', handleTime({ kind: 'lognormal', mu: 700, sigma: 1 }), 'contactTypes[0].handleTime: lognormal: the mean must be at most 3650d (10 years), and these parameters give 1.67218596207e+304 seconds'],
  // a rate of 0.0001 a day has a mean of 10,000 days
  ['exponential mean from a rate', handleTime({ kind: 'exponential', rate: '0.0001/d' }), 'contactTypes[0].handleTime: exponential: the mean must be at most 3650d (10 years), and these parameters give 864000000 seconds'],
  ['gamma without a finite mean', handleTime({ kind: 'gamma', mean: '5m', cv: 1e-300 }), 'contactTypes[0].handleTime: gamma: the mean must be at most 3650d (10 years), and these parameters give no finite mean'],
  ['distribution duration', (s) => (s['contactTypes'][0].patience = { kind: 'exponential', mean: 1e308 }), 'contactTypes[0].patience.mean: duration must be at most 3650d (10 years), got 1e+308'],
  [
    'callback window',
    (s) => (s['contactTypes'][0].callback = { mode: 'scheduled', offerWhenWaitAbove: 0, acceptance: 1, promise: '5m', window: `${'1'.repeat(400)}s` }),
    "contactTypes[0].callback.window: duration '111111111111111111111111…1111111s (401 characters)' is too large to hold; at most 3650d (10 years) is accepted",
  ],
  ['callback attempts', (s) => (s['contactTypes'][0].callback = { mode: 'virtual-hold', offerWhenWaitAbove: 0, acceptance: 1, maxAttempts: 1001 }), 'contactTypes[0].callback.maxAttempts: maxAttempts must be at most 1000, got 1001'],
  [
    'acceptance per minute',
    (s) => (s['contactTypes'][0].callback = { mode: 'virtual-hold', offerWhenWaitAbove: 0, acceptance: { base: 0.5, perMinute: 1e300 } }),
    'contactTypes[0].callback.acceptance.perMinute: perMinute must be between -1000000000 and 1000000000, got 1e+300',
  ],
  [
    'reserve agents',
    (s) => {
      s['agentGroups'].push({ name: 'tier2', agents: 2, skills: { billing: 3 } });
      s['contactTypes'][0].overflow = { primary: ['tier1'], steps: [{ after: '1m', groups: ['tier2'], protect: { reserveAgents: 1e6 } }] };
    },
    'contactTypes[0].overflow.steps[0].protect.reserveAgents: reserveAgents must be at most 100000, got 1000000',
  ],
  ['arrival count', (s) => (s['contactTypes'][0].arrivals = { perInterval: [2e9] }), 'contactTypes[0].arrivals.perInterval[0]: count must be at most 1000000000, got 2000000000'],
  // 3.6e9 in 1 s is 3.6e9/s; the bound is 1e6/s
  ['arrival count as a rate', (s) => (s['contactTypes'][0].arrivals = { perInterval: [1e9], interval: '1s', period: '1s' }), 'contactTypes[0].arrivals.perInterval[0]: a count of 1000000000 per 1s interval is a rate above the 1000000/s accepted'],
  // 8 h ÷ 0.001 s = 28,800,000 reporting intervals
  ['reporting intervals', (s) => (s['interval'] = 0.001), 'interval: 0.001s reporting intervals over the 8h horizon are 28800000, more than the 10000000 a run may have (each takes memory in every result); use a longer interval'],
  // 3650 days ÷ 1 s period × 2 counts = 630,720,000 steps
  [
    'arrivals repeated over the horizon',
    (s) => {
      s['horizon'] = '3650d';
      s['interval'] = '1d';
      s['contactTypes'][0].arrivals = { perInterval: [1, 0], interval: '0.5s', period: '1s' };
    },
    'contactTypes[0].arrivals.period: repeating 2 counts every 1s gives 630720000 intervals over the horizon, more than the 10000000 a run may unroll (each takes memory); use a longer period',
  ],
  // 8 h ÷ 1 ms intervals = 28,800,000 staffing steps
  [
    'staffing per interval',
    (s) => (s['agentGroups'][0].agents = { perInterval: [10], interval: 0.001, period: '8h' }),
    'agentGroups[0].agents: staffing per 0.001s interval, repeated every 8h gives 28800000 intervals over the horizon, more than the 10000000 a run may unroll (each takes memory); use longer intervals',
  ],
  // (3650 days ÷ 1 s + 1) × 1 shift
  [
    'shifts repeated over the horizon',
    (s) => {
      s['horizon'] = '3650d';
      s['interval'] = '1d';
      s['agentGroups'][0].agents = { shifts: [{ start: 0, end: 0.5, agents: 1 }], period: '1s' };
    },
    'agentGroups[0].agents: 1 shifts repeated every 1s gives 315360001 intervals over the horizon, more than the 10000000 a run may unroll (each takes memory); use a longer period',
  ],
];

describe('documented ranges of scenario numbers', () => {
  it.each(BEYOND)('%s: an error naming the field', (_what, edit, message) => {
    expect(errorsOf(edit)).toEqual([message]);
  });

  it('expected arrivals beyond 1e10 in a run: an error at the arrivals that bring most of them', () => {
    // 1e6/s × 86,400 s = 8.64e10 expected contacts of cards-chat, 2,880 of billing-voice
    const edit = (s: Scenario): void => {
      s['horizon'] = '1d';
      s['contactTypes'][1].arrivals = { rate: '1000000/s' };
    };
    expect(errorsOf(edit)).toEqual([
      'contactTypes[1].arrivals: about 8.6e+10 contacts would arrive in the 1d horizon (8.6e+10 of this type), more than the 10000000000 a run may take; use a shorter horizon or lower rates',
    ]);
  });

  it('accepts every bound itself', () => {
    expect(
      errorsOf((s) => {
        s['horizon'] = '3650d';
        s['interval'] = 3_650 * 86_400 / 10_000_000;
        s['agentGroups'][0].agents = 100_000;
        s['agentGroups'][1].channels = { chat: 1_000 };
        s['agentGroups'][0].handleTimeFactor = { 3: 1_000 };
        s['contactTypes'][0].handleTime = { kind: 'exponential', mean: '3650d' };
        s['contactTypes'][0].priority = 1e9;
        s['contactTypes'][1].handleTime = { kind: 'erlang', k: 1_000, mean: '5m' };
        s['contactTypes'][1].arrivals = { rate: '30/s' }; // 9.46e9 contacts in 10 years
        s['journey'] = { maxContacts: 1_000, contextHandleFactor: 1_000 };
        s['busyness'] = { cv: 10 };
      }),
    ).toEqual([]);
  });
});

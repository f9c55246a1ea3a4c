import { DISTRIBUTION_KINDS } from '../../src/scenario/distribution-spec';
import { CHANNELS } from '../../src/model/channel';
import { toSeconds } from '../../src/scenario/units';
import { POLICY_NAMES } from './feature-input';

/**
 * Which features of the scenario format a generated input uses, by label (`distribution:gamma`,
 * `arrivals:trace`, `callback:scheduled`, ...), and the list of every label the fuzzer is meant to
 * reach: the test checks that its cases reach them all, so a feature the generator stops drawing
 * is noticed.
 *
 * @module
 */

/** Every label a fuzz run is meant to reach. */
export const EXPECTED_FEATURES: readonly string[] = [
  ...DISTRIBUTION_KINDS.map((k) => `distribution:${k}`),
  ...CHANNELS.map((c) => `channel:${c}`),
  ...POLICY_NAMES.map((p) => `policy:${p}`),
  'arrivals:rate', 'arrivals:perInterval', 'arrivals:trace', 'arrivals:none', 'arrivals:trace-ties',
  'staffing:constant', 'staffing:perInterval', 'staffing:shifts', 'staffing:zero', 'staffing:shift-past-period',
  'concurrency:>1', 'segments', 'segment-mix', 'sites', 'wrapUp', 'handleTimeFactor', 'authority:false',
  'patience', 'priority', 'serviceLevel', 'waitingRoom', 'waitingRoom:0', 'busyness', 'warmup',
  'endOfDay:drain', 'endOfDay:cut', 'routing:options',
  'resolution', 'resolution:byProficiency', 'repeat', 'repeat:via', 'retrial', 'transfer',
  'journey', 'journey:context', 'journey:next-opening',
  'overflow', 'overflow:steps', 'overflow:protect',
  'callback:virtual-hold', 'callback:scheduled', 'callback:queue-position', 'callback:last-wait', 'callback:moving-average',
  'callback:retries', 'zero-duration', 'horizon:extreme',
  'maxWait:voicemail', 'maxWait:callback', 'maxWait:reroute', 'closing:clear-queue', 'closing:clear-when-unstaffed', 'retrial:sameContact', 'balking', 'balking:byAnnouncedWait',
  'announcement', 'handleTimeByInterval', 'selfService', 'silentAbandonment', 'transfer:warm', 'slowdown', 'individuals',
  'individuals:agents', 'learning', 'session:released', 'session:held', 'session:waitFor', 'session:contextLoss', 'session:replyPatience', 'session:wrapUpPerTurn', 'interruptions', 'learning:resolution',
  'learning:proficiency', 'interruptions:session',
];

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function distributions(spec: unknown, out: Set<string>): void {
  const s = obj(spec);
  if (typeof s['kind'] !== 'string') return;
  out.add(`distribution:${s['kind']}`);
  if ((s['kind'] === 'deterministic' && s['value'] === 0) || (s['kind'] === 'uniform' && s['max'] === 0)) out.add('zero-duration');
  for (const c of arr(s['components'])) distributions(c, out);
}

function seconds(value: unknown): number {
  return typeof value === 'number' || typeof value === 'string' ? toSeconds(value) : NaN;
}

/** The feature labels one scenario input uses. */
export function featuresOf(input: unknown): Set<string> {
  const out = new Set<string>();
  const s = obj(input);
  const add = (cond: unknown, label: string): void => {
    if (cond !== undefined && cond !== false) out.add(label);
  };
  add(s['segments'], 'segments');
  add(s['sites'], 'sites');
  add(s['waitingRoom'], 'waitingRoom');
  add(Object.values(obj(s['waitingRoom'])).includes(0), 'waitingRoom:0');
  add(s['busyness'], 'busyness');
  add(s['warmup'] !== undefined && s['warmup'] !== 0 && s['warmup'] !== '0s', 'warmup');
  out.add(`endOfDay:${typeof s['endOfDay'] === 'string' ? s['endOfDay'] : 'drain'}`);
  const journey = s['journey'];
  add(journey, 'journey');
  add(obj(journey)['context'] !== undefined && obj(journey)['context'] !== 'none', 'journey:context');
  add(obj(journey)['returnWhenClosed'] === 'next-opening', 'journey:next-opening');
  const routing = obj(s['routing']);
  out.add(`policy:${typeof routing['policy'] === 'string' ? routing['policy'] : 'longest-idle-agent'}`);
  add(Object.keys(obj(routing['options'])).length > 0, 'routing:options');
  const horizon = s['horizon'];
  add(typeof horizon === 'number' ? horizon <= 60 : typeof horizon === 'string' && /^(1|5|60)s$|^1m$|^1min$/.test(horizon), 'horizon:extreme');
  for (const item of arr(s['contactTypes'])) {
    const t = obj(item);
    out.add(`channel:${typeof t['channel'] === 'string' ? t['channel'] : 'voice'}`);
    distributions(t['handleTime'], out);
    distributions(t['patience'], out);
    add(t['patience'], 'patience');
    add(t['priority'], 'priority');
    add(t['serviceLevel'], 'serviceLevel');
    add(t['segments'], 'segment-mix');
    const a = obj(t['arrivals']);
    if (t['arrivals'] === undefined) out.add('arrivals:none');
    for (const form of ['rate', 'perInterval', 'trace']) add(a[form], `arrivals:${form}`);
    const trace = arr(a['trace']);
    add(new Set(trace.map(String)).size < trace.length, 'arrivals:trace-ties');
    add(t['resolution'], 'resolution');
    add(obj(t['resolution'])['byProficiency'], 'resolution:byProficiency');
    for (const key of ['repeat', 'retrial'] as const) {
      add(t[key], key);
      distributions(obj(t[key])['delay'], out);
      if (key === 'repeat') add(obj(t[key])['via'], 'repeat:via');
      if (key === 'retrial') add(obj(t[key])['sameContact'] === true, 'retrial:sameContact');
    }
    add(t['transfer'], 'transfer');
    add(obj(t['transfer'])['warm'], 'transfer:warm');
    const maxWaitThen = obj(t['maxWait'])['then'];
    if (t['maxWait'] !== undefined) out.add(`maxWait:${typeof maxWaitThen === 'string' ? maxWaitThen : 'reroute'}`);
    add(t['closing'] === 'clear-queue' || (s['closing'] === 'clear-queue' && t['closing'] === undefined), 'closing:clear-queue');
    add(t['closing'] === 'clear-when-unstaffed' || (s['closing'] === 'clear-when-unstaffed' && t['closing'] === undefined), 'closing:clear-when-unstaffed');
    add(t['balking'], 'balking');
    add(obj(t['balking'])['byAnnouncedWait'], 'balking:byAnnouncedWait');
    add(t['announcement'], 'announcement');
    add(t['handleTimeByInterval'], 'handleTimeByInterval');
    add(t['selfService'], 'selfService');
    add(t['silentAbandonment'], 'silentAbandonment');
    add(obj(t['session'])['slotDuringGap'] === 'released', 'session:released');
    add(obj(t['session'])['slotDuringGap'] === 'held', 'session:held');
    add(typeof obj(t['session'])['sticky'] === 'object', 'session:waitFor');
    add(obj(t['session'])['contextLoss'] !== undefined, 'session:contextLoss');
    add(obj(t['session'])['replyPatience'] !== undefined, 'session:replyPatience');
    add(obj(t['session'])['wrapUpPerTurn'] === true, 'session:wrapUpPerTurn');
    const overflow = obj(t['overflow']);
    add(t['overflow'], 'overflow');
    add(arr(overflow['steps']).length > 0, 'overflow:steps');
    add(arr(overflow['steps']).some((step) => obj(step)['protect'] !== undefined), 'overflow:protect');
    const callback = obj(t['callback']);
    if (t['callback'] !== undefined) {
      out.add(`callback:${String(callback['mode'])}`);
      out.add(`callback:${typeof callback['predictor'] === 'string' ? callback['predictor'] : 'queue-position'}`);
      add(callback['maxAttempts'] !== 1 && callback['noAnswer'] !== undefined && callback['noAnswer'] !== 0, 'callback:retries');
    }
  }
  const sessions = arr(s['contactTypes']).some((t) => obj(t)['session'] !== undefined);
  for (const item of arr(s['agentGroups'])) {
    const g = obj(item);
    const agents = g['agents'];
    if (typeof agents === 'number') out.add('staffing:constant');
    add(agents === 0 || arr(obj(agents)['perInterval']).includes(0) || arr(obj(agents)['shifts']).some((x) => obj(x)['agents'] === 0), 'staffing:zero');
    add(obj(agents)['perInterval'], 'staffing:perInterval');
    add(obj(agents)['shifts'], 'staffing:shifts');
    const period = seconds(obj(agents)['period'] ?? 86_400);
    add(arr(obj(agents)['shifts']).some((x) => seconds(obj(x)['end']) > period), 'staffing:shift-past-period');
    add(Object.values(obj(g['channels'])).some((c) => typeof c === 'number' && c > 1), 'concurrency:>1');
    distributions(g['wrapUp'], out);
    add(g['wrapUp'], 'wrapUp');
    add(g['handleTimeFactor'], 'handleTimeFactor');
    add(g['authority'] === false, 'authority:false');
    add(g['slowdown'], 'slowdown');
    add(g['individuals'], 'individuals');
    add(obj(g['individuals'])['agents'], 'individuals:agents');
    add(obj(g['individuals'])['learning'], 'learning');
    add(g['interruptions'], 'interruptions');
    add(sessions && arr(obj(g['interruptions'])['voice']).includes('messaging'), 'interruptions:session');
    add(obj(obj(g['individuals'])['learning'])['resolution'], 'learning:resolution');
    add(obj(obj(g['individuals'])['learning'])['proficiency'], 'learning:proficiency');
  }
  return out;
}

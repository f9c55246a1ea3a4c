import { Draw } from './draw';
import { distributionInput } from './distribution-input';

/**
 * The fuzzer's draws for the mechanisms that make a center realistic beyond the basic format:
 * queue exits (maximum wait, clearing at closing, balking, announcements, parameters by
 * interval), channels (concurrency slowdown, a self-service stage, silent abandonment) and agents
 * (individual agents, learning curves, warm transfers), then messaging sessions, interruptions and
 * learning of resolution and proficiency (a second stream of their own). They come after every other draw of a
 * case, from a stream of their own, so adding them changed no earlier part of any case; each is
 * drawn rarely enough that most cases still exercise the basic format alone, and often enough
 * that their combinations meet (a warm transfer into a queue with a maximum wait, a silent
 * abandoner in a queue cleared at closing, a slowed-down chat served by an individual agent).
 *
 * @module
 */

type Obj = Record<string, unknown>;

const PREDICTORS = ['queue-position', 'last-wait', 'moving-average'] as const;

function typeInput(draw: Draw, type: Obj, others: readonly string[], perDay: number | undefined): void {
  const channel = typeof type['channel'] === 'string' ? type['channel'] : 'voice';
  const online = channel === 'voice' || channel === 'chat';
  if (draw.chance(0.2)) {
    const then = draw.pick(['voicemail', 'callback', 'reroute'] as const);
    const after = draw.duration(draw.pick([0.5, 10, 60, 300]));
    if (then === 'reroute' && others.length > 0) type['maxWait'] = { after, then: { rerouteTo: draw.pick(others) } };
    else if (then === 'callback' && online) type['maxWait'] = { after, then: 'callback' };
    else type['maxWait'] = { after, then: 'voicemail' };
  }
  if (draw.chance(0.15)) type['closing'] = draw.pick(['keep', 'clear-queue', 'clear-when-unstaffed']);
  const announced = draw.chance(0.15);
  if (announced) type['announcement'] = { predictor: draw.pick(PREDICTORS) };
  if (draw.chance(0.15)) {
    const form = draw.pick(announced ? (['probability', 'byQueueLength', 'byAnnouncedWait'] as const) : (['probability', 'byQueueLength'] as const));
    if (form === 'probability') type['balking'] = { probability: draw.pick([0, 0.1, 0.5, 1]) };
    else if (form === 'byQueueLength') type['balking'] = { byQueueLength: Array.from({ length: draw.int(1, 4) }, () => draw.pick([0, 0.05, 0.3, 1])) };
    else type['balking'] = { byAnnouncedWait: [{ above: '0s', probability: 0.05 }, { above: draw.duration(draw.pick([10, 60, 600])), probability: draw.pick([0.2, 1]) }] };
  }
  if (perDay !== undefined && perDay <= 48 && draw.chance(0.1)) {
    type['handleTimeByInterval'] = Array.from({ length: perDay }, () => distributionInput(draw, { mean: draw.pick([5, 60, 300]), allowZero: true }));
    if (online && type['patience'] !== undefined && draw.chance(0.5)) {
      type['patienceByInterval'] = Array.from({ length: perDay }, () => distributionInput(draw, { mean: draw.pick([1, 30, 300]), allowZero: true }));
    }
  }
  if (draw.chance(0.15)) {
    type['selfService'] = {
      time: distributionInput(draw, { mean: draw.pick([1, 5, 60]), allowZero: true }),
      containment: draw.pick([0, 0.3, 1]),
      ...(draw.chance(0.5) ? { optOut: draw.pick([0, 0.2, 1]) } : {}),
      ...(draw.chance(0.3) ? { optOutTime: distributionInput(draw, { mean: 5, allowZero: true }) } : {}),
      ...(draw.chance(0.3) ? { context: draw.chance(0.5) } : {}),
    };
  }
  if ((channel === 'chat' || channel === 'messaging') && draw.chance(0.25)) {
    type['silentAbandonment'] = {
      probability: draw.pick([0, 0.2, 1]),
      after: distributionInput(draw, { mean: draw.pick([1, 30, 300]), allowZero: true }),
      discoveryTime: distributionInput(draw, { mean: draw.pick([1, 5, 60]), allowZero: true }),
    };
  }
  const transfer = type['transfer'];
  if (typeof transfer === 'object' && transfer !== null && draw.chance(0.4)) {
    (transfer as Obj)['warm'] = { consultTime: distributionInput(draw, { mean: draw.pick([1, 10, 120]), allowZero: true }) };
  }
}

function groupInput(draw: Draw, group: Obj): void {
  const channels = (group['channels'] ?? {}) as Obj;
  for (const channel of ['chat', 'email', 'messaging'] as const) {
    const concurrency = channels[channel];
    if (typeof concurrency === 'number' && concurrency > 1 && draw.chance(0.3)) {
      // One factor per level up to the concurrency (sometimes one more, which is allowed).
      const length = concurrency + (draw.chance(0.2) ? 1 : 0);
      let factor = 1;
      group['slowdown'] = {
        ...((group['slowdown'] ?? {}) as Obj),
        [channel]: Array.from({ length }, (_, k) => (k === 0 ? 1 : (factor *= draw.pick([1, 1.1, 1.5, 3])))),
      };
    }
  }
  if (draw.chance(0.15)) {
    const individuals: Obj = {};
    if (typeof group['agents'] === 'number' && group['agents'] >= 1 && draw.chance(0.5)) {
      individuals['agents'] = [
        {
          ...(draw.chance(0.5) ? { handleTimeFactor: draw.pick([0.5, 1, 2]) } : {}),
          ...(draw.chance(0.5) ? { resolutionFactor: draw.pick([0.5, 1, 1.5]) } : {}),
          ...(draw.chance(0.3) ? { experience: draw.int(0, 100) } : {}),
        },
      ];
    }
    if (draw.chance(0.5)) {
      individuals['draw'] = {
        handleTimeFactor: { kind: 'uniform', min: 0.5, max: 1.5 },
        ...(draw.chance(0.5) ? { resolutionFactor: { kind: 'uniform', min: 0.8, max: 1.2 } } : {}),
      };
    }
    if (draw.chance(0.5)) {
      individuals['learning'] = { initial: draw.pick([1, 1.5, 3]), final: draw.pick([0.5, 1]), halfLife: draw.pick([1, 20, 500]), ...(draw.chance(0.5) ? { experience: draw.int(0, 50) } : {}) };
    }
    group['individuals'] = individuals;
  }
}

/**
 * Adds realism mechanisms to a generated scenario input, in place, from a draw of its own.
 *
 * @param seed - the case's seed
 * @param scenario - the input the basic generator made (contact types and agent groups filled in)
 * @param interval - the scenario's interval in seconds
 * @param horizon - the scenario's horizon in seconds
 */
export function addRealism(seed: number | string, scenario: Obj, interval: number, horizon: number): void {
  const draw = new Draw(`${String(seed)}/realism`);
  if (!draw.chance(0.5)) return;
  const types = (scenario['contactTypes'] ?? []) as Obj[];
  const names = types.map((t) => String(t['name']));
  const perDay = Math.ceil(Math.min(horizon, 86_400) / interval - 1e-9);
  for (const type of types) typeInput(draw, type, names.filter((n) => n !== type['name']), Number.isFinite(perDay) ? perDay : undefined);
  for (const group of (scenario['agentGroups'] ?? []) as Obj[]) groupInput(draw, group);
  if (draw.chance(0.15)) scenario['closing'] = draw.pick(['keep', 'clear-queue', 'clear-when-unstaffed']);
  addLaterRealism(seed, types, (scenario['agentGroups'] ?? []) as Obj[]);
}

/**
 * The mechanisms added after the others (messaging sessions, interruptions, learning of resolution
 * and proficiency), from a stream of their own so that every earlier draw of a case stays as it was.
 */
function addLaterRealism(seed: number | string, types: readonly Obj[], groups: readonly Obj[]): void {
  const draw = new Draw(`${String(seed)}/realism-later`);
  for (const type of types) {
    if (type['channel'] !== 'messaging' || !draw.chance(0.3)) continue;
    type['session'] = {
      exchanges: draw.chance(0.5) ? draw.int(1, 4) : { kind: 'uniform', min: 0.5, max: 4.5 },
      replyGap: distributionInput(draw, { mean: draw.pick([1, 30, 600]), allowZero: true }),
      slotDuringGap: draw.pick(['released', 'held'] as const),
      ...(draw.chance(0.3) ? { timeout: draw.duration(draw.pick([5, 60, 900])) } : {}),
    };
    const session = type['session'] as Obj;
    if (session['slotDuringGap'] === 'released' && draw.chance(0.3)) session['sticky'] = draw.chance(0.5);
  }
  for (const group of groups) {
    const channels = (group['channels'] ?? {}) as Obj;
    const slowed = (group['slowdown'] ?? {}) as Obj;
    // Messaging is left out when some type has sessions (as when that was a scenario error, so these draws stay as
    // they were); callsSuspendingSessions adds it.
    const sessions = types.some((t) => t['session'] !== undefined);
    const suspendable = (['chat', 'email', 'messaging'] as const).filter((ch) => channels[ch] !== undefined && slowed[ch] === undefined && !(ch === 'messaging' && sessions));
    if (channels['voice'] !== undefined && suspendable.length > 0 && draw.chance(0.3)) {
      group['interruptions'] = {
        voice: suspendable.filter((_, k) => k === 0 || draw.chance(0.5)),
        ...(draw.chance(0.5) ? { resumeOverhead: draw.duration(draw.pick([0, 5, 60])) } : {}),
      };
    }
    const learning = (group['individuals'] as Obj | undefined)?.['learning'] as Obj | undefined;
    if (learning !== undefined && draw.chance(0.5)) {
      if (draw.chance(0.5)) learning['resolution'] = { initial: draw.pick([0.5, 1]), final: draw.pick([1, 1.5]), halfLife: draw.pick([1, 20, 500]) };
      if (draw.chance(0.5)) learning['proficiency'] = { final: draw.int(1, 5), halfLife: draw.pick([1, 20, 500]) };
    }
  }
  if (types.some((t) => t['session'] !== undefined)) callsSuspendingSessions(seed, groups);
  addSessionOptions(seed, types);
}

/**
 * Calls suspending messaging sessions, added to half the groups that take calls and messaging (not
 * slowed down) once some type has sessions; from a stream of its own, so every draw above stays as it was.
 */
function callsSuspendingSessions(seed: number | string, groups: readonly Obj[]): void {
  const draw = new Draw(`${String(seed)}/realism-interrupt-sessions`);
  for (const group of groups) {
    const channels = (group['channels'] ?? {}) as Obj;
    const slowed = (group['slowdown'] ?? {}) as Obj;
    if (channels['voice'] === undefined || channels['messaging'] === undefined || slowed['messaging'] !== undefined || !draw.chance(0.5)) continue;
    const rule = group['interruptions'] as Obj | undefined;
    if (rule === undefined) group['interruptions'] = { voice: ['messaging'] };
    else (rule['voice'] as string[]).push('messaging');
  }
}

/**
 * The later options of released messaging sessions (timed stickiness, context loss, reply patience,
 * wrap-up per turn), from a stream of their own so that every earlier draw of a case stays as it was.
 */
function addSessionOptions(seed: number | string, types: readonly Obj[]): void {
  const draw = new Draw(`${String(seed)}/realism-session-options`);
  for (const type of types) {
    const session = type['session'] as Obj | undefined;
    if (session === undefined || session['slotDuringGap'] !== 'released' || !draw.chance(0.8)) continue;
    if (session['sticky'] !== false && draw.chance(0.4)) session['sticky'] = { waitFor: draw.duration(draw.pick([1, 30, 600])) };
    if (draw.chance(0.5)) session['contextLoss'] = { extraTime: draw.chance(0.5) ? draw.duration(draw.pick([0, 5, 60])) : distributionInput(draw, { mean: 30, allowZero: true }) };
    if (draw.chance(0.4)) session['replyPatience'] = distributionInput(draw, { mean: draw.pick([1, 30, 600]), allowZero: true });
    if (draw.chance(0.3)) session['wrapUpPerTurn'] = true;
  }
}

import type { BalkingDefinition, MaxWaitAction, QueueExitDefinition } from '../model/queue-exit-definition';
import { BY_INTERVAL_PERIOD } from './queue-exit-checks';
import type { ParsedBalking, ParsedMaxWait } from './queue-exit-schema';
import type { ParsedContactType, ParsedScenario } from './schema';

/**
 * Resolves a contact type's queue-exit fields (docs/queue-exits.md) into its
 * {@link QueueExitDefinition}; nothing when the type uses none of them (and the scenario does not
 * clear its queues at closing), so such a type runs exactly as before.
 *
 * @module
 */

function maxWaitAction(then: ParsedMaxWait['then'], typeId: ReadonlyMap<string, number>): MaxWaitAction {
  if (then === 'voicemail' || then === 'callback') return { kind: then };
  return { kind: 'reroute', to: typeId.get(then.rerouteTo) as number };
}

function balking(b: ParsedBalking): BalkingDefinition | null {
  if (b.probability !== undefined) return { kind: 'probability', probability: b.probability };
  if (b.byQueueLength !== undefined) return { kind: 'queue-length', byQueueLength: [...b.byQueueLength] };
  if (b.byAnnouncedWait !== undefined) return { kind: 'announced-wait', steps: b.byAnnouncedWait.map((s) => ({ above: s.above, probability: s.probability })) };
  return null;
}

/**
 * The queue exits of contact type `t`, as a field to spread into its definition.
 *
 * @param closing - the scenario's `closing` (the type's own `closing` overrides it)
 * @param interval - the scenario's `interval` (seconds): the length of a per-interval entry
 */
export function buildQueueExits(
  t: ParsedContactType,
  typeId: ReadonlyMap<string, number>,
  closing: ParsedScenario['closing'],
  interval: number,
): { queueExits?: QueueExitDefinition } {
  const mode = t.closing ?? closing;
  // clear-when-unstaffed also clears at the horizon, where the run's last closing is.
  const clearWhenUnstaffed = mode === 'clear-when-unstaffed';
  const clearAtClosing = mode === 'clear-queue' || clearWhenUnstaffed;
  const handleTime = t.handleTimeByInterval ?? null;
  const patience = t.patienceByInterval ?? null;
  const used = t.maxWait !== undefined || clearAtClosing || t.balking !== undefined || t.announcement !== undefined || handleTime !== null || patience !== null;
  if (!used) return {};
  return {
    queueExits: {
      maxWait: t.maxWait === undefined ? null : { after: t.maxWait.after, then: maxWaitAction(t.maxWait.then, typeId) },
      clearAtClosing,
      balking: t.balking === undefined ? null : balking(t.balking),
      announcement:
        t.announcement === undefined
          ? null
          : { predictor: t.announcement.predictor, patienceFactor: t.announcement.patienceFactor === undefined ? null : { ...t.announcement.patienceFactor } },
      byInterval: handleTime === null && patience === null ? null : { intervalLength: interval, period: BY_INTERVAL_PERIOD, handleTime, patience },
      ...(clearWhenUnstaffed ? { clearWhenUnstaffed: true as const } : {}),
    },
  };
}

import { channelIndex, isOnlineChannel } from '../model/channel';
import type { IssueList, PathElement } from './errors';
import { record, stringOr, unknownName } from './raw-input';
import type { ParsedContactType } from './schema';
import { formatDuration } from './units';

/**
 * Checks of the queue-exit fields (docs/queue-exits.md) that the schema cannot express. On the raw
 * input, with the other name checks: a re-route target must be another known contact type; a
 * callback after the maximum wait and patience per interval go with voice and chat only; `balking`
 * gives exactly one form, and `byAnnouncedWait` needs an `announcement`. On the parsed values:
 * a per-interval list covers the horizon's first day exactly with one entry per `interval`, and
 * announced-wait steps increase.
 *
 * @module
 */

const BALKING_FORMS = ['probability', 'byQueueLength', 'byAnnouncedWait'] as const;

/**
 * Checks the queue-exit names and forms of every contact type.
 *
 * @param types - the raw `contactTypes` list
 * @param typeNames - the contact type names
 * @param out - where errors go
 */
export function checkQueueExitNames(types: readonly unknown[], typeNames: readonly string[], out: IssueList): void {
  types.forEach((item, i) => {
    const type = record(item);
    if (type === undefined) return;
    const path: PathElement[] = ['contactTypes', i];
    const channel = stringOr(type['channel'], 'voice');
    const deferred = channel !== undefined && channelIndex(channel) >= 0 && !isOnlineChannel(channelIndex(channel));
    const then = record(type['maxWait'])?.['then'];
    const target = record(then)?.['rerouteTo'];
    if (typeof target === 'string') {
      const at: PathElement[] = [...path, 'maxWait', 'then', 'rerouteTo'];
      if (!typeNames.includes(target)) out.add(at, unknownName('contact type', target, typeNames));
      else if (target === type['name']) out.add(at, `cannot re-route a contact type to itself ('${target}'); name another contact type`);
    }
    if (then === 'callback' && deferred) out.add([...path, 'maxWait', 'then'], `only voice and chat contacts can be turned into a callback; not channel '${channel}'`);
    if (record(type['announcement'])?.['patienceFactor'] !== undefined && deferred) {
      out.add([...path, 'announcement', 'patienceFactor'], `only voice and chat customers abandon; remove patienceFactor for channel '${channel}'`);
    }
    if (type['patienceByInterval'] !== undefined && deferred) {
      out.add([...path, 'patienceByInterval'], `only voice and chat customers abandon; remove patienceByInterval for channel '${channel}'`);
    }
    const balking = record(type['balking']);
    if (balking === undefined) return;
    const given = BALKING_FORMS.filter((form) => balking[form] !== undefined);
    if (given.length === 0) out.add([...path, 'balking'], `give one of ${BALKING_FORMS.join(', ')}`);
    else if (given.length > 1) out.add([...path, 'balking'], `give only one of ${given.join(', ')}`);
    if (balking['byAnnouncedWait'] !== undefined && type['announcement'] === undefined) {
      out.add([...path, 'balking', 'byAnnouncedWait'], "needs an announcement: add announcement: { predictor: queue-position } (or last-wait, moving-average) to the contact type");
    }
  });
}

/** The period of the per-interval lists (seconds): they repeat every day. */
export const BY_INTERVAL_PERIOD = 86_400;

/**
 * Checks the lengths of a contact type's per-interval lists, given as the raw type (its lists need
 * not have parsed: a list's length is known whatever its entries), so that a wrong length is
 * reported together with the type's other problems.
 *
 * @param interval - the scenario's `interval` (seconds), when valid
 * @param horizon - the scenario's `horizon` (seconds), when valid
 */
export function checkIntervalListLengths(type: unknown, interval: number | undefined, horizon: number | undefined, path: PathElement[], errors: IssueList): void {
  const raw = record(type);
  if (raw === undefined || interval === undefined || horizon === undefined) return;
  {
    const expected = Math.ceil(Math.min(horizon, BY_INTERVAL_PERIOD) / interval - 1e-9);
    for (const key of ['handleTimeByInterval', 'patienceByInterval'] as const) {
      const list = raw[key];
      const count = Array.isArray(list) ? list.length : undefined;
      if (count !== undefined && count > 0 && count !== expected) {
        errors.add(
          [...path, key],
          `lists ${count} intervals, expected ${expected}: one per interval of ${formatDuration(interval)} over ${formatDuration(Math.min(horizon, BY_INTERVAL_PERIOD))} (the horizon, at most a day; the list repeats daily)`,
        );
      }
    }
  }
}

/** Checks the parsed queue-exit values of one contact type: announced-wait steps increase. */
export function checkQueueExitValues(type: ParsedContactType, path: PathElement[], errors: IssueList): void {
  const steps = type.balking?.byAnnouncedWait;
  steps?.forEach((step, k) => {
    const previous = steps[k - 1];
    if (previous !== undefined && !(step.above > previous.above)) {
      errors.add([...path, 'balking', 'byAnnouncedWait', k, 'above'], `must be above the previous step's ${formatDuration(previous.above)}, got ${formatDuration(step.above)}`);
    }
  });
}

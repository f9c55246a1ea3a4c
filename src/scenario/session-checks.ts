import type { IssueList, PathElement } from './errors';
import type { ParsedContactType } from './schema';
import { MAX_EXCHANGES } from './session-schema';

/**
 * Value checks of messaging sessions (see docs/channels.md), on a contact type that passed the
 * schema: a session only on a messaging type; `exchanges` gives at least one turn (a distribution's
 * mean from 1 to {@link MAX_EXCHANGES}, a constant a whole number); `sticky`, `contextLoss`,
 * `replyPatience` and `wrapUpPerTurn` only with `released`.
 *
 * @module
 */

/** Checks the `session` of one contact type (`path` is the contact type's). */
export function checkSession(type: ParsedContactType, path: PathElement[], errors: IssueList): void {
  const session = type.session;
  if (session === undefined) return;
  const at: PathElement[] = [...path, 'session'];
  if (type.channel !== 'messaging') {
    errors.add(at, `only messaging contacts have sessions with reply gaps; remove session for channel '${type.channel}', or make the type's channel messaging`);
  }
  const exchanges = session.exchanges;
  if (typeof exchanges !== 'number') {
    if (!(exchanges.mean >= 1)) {
      errors.add([...at, 'exchanges'], `a session has at least one agent turn: the mean of exchanges must be at least 1, got ${exchanges.mean}`);
    } else if (exchanges.mean > MAX_EXCHANGES) {
      errors.add([...at, 'exchanges'], `the mean of exchanges must be at most ${MAX_EXCHANGES} turns, got ${exchanges.mean}`);
    } else if (exchanges.kind === 'deterministic' && !Number.isInteger(exchanges.mean)) {
      errors.add([...at, 'exchanges'], `a constant number of turns must be a whole number, got ${exchanges.mean}`);
    }
  }
  if (session.slotDuringGap === 'held') {
    const why = {
      sticky: 'the same agent always answers',
      contextLoss: 'the same agent always answers',
      replyPatience: 'the agent answers a reply at once',
      wrapUpPerTurn: 'the agent keeps the slot through the gaps; the wrap-up follows the last turn',
    } as const;
    for (const field of ['sticky', 'contextLoss', 'replyPatience', 'wrapUpPerTurn'] as const) {
      if (session[field] !== undefined) errors.add([...at, field], `${field} applies only with slotDuringGap: released (with held ${why[field]}); remove it`);
    }
  }
}

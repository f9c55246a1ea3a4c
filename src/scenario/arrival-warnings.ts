import type { ArrivalDefinition, ModelDefinition } from '../model/definition';
import type { IssueList } from './errors';

/**
 * Warnings about contact types no contact can ever reach: a type without arrivals of its own
 * (`arrivals` omitted, or a trace with no time before the horizon) gets contacts only through a
 * transfer, repeat or retrial of a type that itself gets contacts. The check follows those links
 * from every type with arrivals; a link counts when its probability (and, for `via`, its share)
 * is above 0.
 *
 * @module
 */

/** True when the definition can bring at least one contact before the horizon. */
function hasArrivals(a: ArrivalDefinition, horizon: number): boolean {
  if (a.kind === 'poisson') return a.rate > 0;
  if (a.kind === 'piecewise') return a.rates.some((rate, i) => rate > 0 && i * a.intervalLength < horizon);
  return a.times.some((time) => time < horizon);
}

/** Types a contact of type `t` can become next: transfer target and repeat/retrial `via` types. */
function successors(model: ModelDefinition, t: number): number[] {
  const type = model.contactTypes[t];
  if (type === undefined) return [];
  const out: number[] = [];
  if (type.transfer !== null && type.transfer.probability > 0) out.push(type.transfer.to);
  for (const follow of [type.repeat, type.retrial]) {
    if (follow === null || !(follow.probability > 0)) continue;
    for (const [next, share] of follow.next) if (share > 0) out.push(next);
  }
  return out;
}

/** Adds a warning for each contact type no contact can ever reach. */
export function addArrivalWarnings(model: ModelDefinition, out: IssueList): void {
  const reached = model.contactTypes.map((type) => hasArrivals(type.arrivals, model.horizon));
  const pending = reached.flatMap((yes, t) => (yes ? [t] : []));
  for (let t = pending.pop(); t !== undefined; t = pending.pop()) {
    for (const next of successors(model, t)) {
      if (reached[next] === false) {
        reached[next] = true;
        pending.push(next);
      }
    }
  }
  model.contactTypes.forEach((type, t) => {
    if (reached[t] === true) return;
    out.add(['contactTypes', t], `no contact of type '${type.name}' can ever arrive (it has no arrivals, and no transfer, repeat or retrial leads to it)`);
  });
}

import type { IssueList, PathElement } from './errors';
import { record, unknownName } from './raw-input';

/**
 * Cross-references of the customer journey: the contact types named by `repeat.via`,
 * `retrial.via` and `transfer.to` must exist, a type cannot transfer to itself, and a retrial
 * with `sameContact` stays of its own type. Reads the
 * raw input leniently, like the rest of the cross-reference pass. That a transfer's target can
 * be served is the general "no agent group can serve" check on the target type.
 *
 * @module
 */

const FOLLOW_UPS = ['repeat', 'retrial'] as const;

/**
 * Checks the contact-type names used by the journey fields of every contact type.
 *
 * @param types - the raw `contactTypes` list
 * @param typeNames - the contact type names defined (first occurrence of each)
 * @param out - where errors go
 */
export function checkJourneyNames(types: readonly unknown[], typeNames: readonly string[], out: IssueList): void {
  types.forEach((item, i) => {
    const type = record(item);
    if (type === undefined) return;
    const path: PathElement[] = ['contactTypes', i];
    for (const key of FOLLOW_UPS) {
      for (const target of Object.keys(record(record(type[key])?.['via']) ?? {})) {
        if (!typeNames.includes(target)) out.add([...path, key, 'via', target], unknownName('contact type', target, typeNames));
      }
    }
    const retrial = record(type['retrial']);
    if (retrial?.['sameContact'] === true) {
      for (const target of Object.keys(record(retrial['via']) ?? {})) {
        if (target !== type['name']) out.add([...path, 'retrial', 'via', target], `a retrial with sameContact is the same contact again, of the same type: via may name only '${String(type['name'])}'`);
      }
    }
    const to = record(type['transfer'])?.['to'];
    if (typeof to !== 'string' || to === '') return; // reported by the schema pass
    if (to === type['name']) out.add([...path, 'transfer', 'to'], `must name another contact type; '${to}' cannot transfer to itself`);
    else if (!typeNames.includes(to)) out.add([...path, 'transfer', 'to'], unknownName('contact type', to, typeNames));
  });
}

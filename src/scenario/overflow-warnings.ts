import type { ModelDefinition } from '../model/definition';
import type { IssueList } from './errors';
import { canServe } from './warnings';

/**
 * Warnings about the overflow routing of a valid model: with overflow steps, only the groups
 * listed in a step serve the type, so a group that is qualified for it but listed nowhere
 * never serves it. Allowed (a group can be kept for other work on purpose), but worth a look.
 *
 * @module
 */

/** Adds one warning per contact type whose overflow steps leave out qualified groups. */
export function addOverflowWarnings(model: ModelDefinition, out: IssueList): void {
  model.contactTypes.forEach((type, t) => {
    if (type.overflow === null) return;
    const listed = new Set(type.overflow.flatMap((step) => step.groups));
    const left = model.agentGroups.filter((group, g) => !listed.has(g) && canServe(model, g, t));
    if (left.length === 0) return;
    out.add(['contactTypes', t, 'overflow'], `qualified groups in no step will never serve '${type.name}': ${left.map((g) => g.name).join(', ')}`);
  });
}

import type { ModelDefinition } from '../model/definition';
import type { IssueList } from './errors';
import { serves } from './warnings';

/**
 * Warnings about the customer journey of a valid model: authority settings that change nothing.
 * A transfer happens only when a group without authority serves the contact, so a transfer
 * whose type only groups with authority serve never happens, and `authority: false` on a group
 * changes nothing for the types it serves that have no transfer.
 *
 * @module
 */

function names(items: readonly { readonly name: string }[]): string {
  return items.map((item) => item.name).join(', ');
}

/** Adds the journey warnings of a resolved model to `out`. */
export function addJourneyWarnings(model: ModelDefinition, out: IssueList): void {
  model.contactTypes.forEach((type, t) => {
    if (type.transfer === null) return;
    const groups = model.agentGroups.filter((_, g) => serves(model, g, t));
    if (groups.length === 0 || groups.some((g) => !g.authority)) return; // none: an error reported elsewhere
    out.add(
      ['contactTypes', t, 'transfer'],
      `never happens: every group that can serve '${type.name}' has authority (${names(groups)}); give the groups that should escalate authority: false`,
    );
  });
  model.agentGroups.forEach((group, g) => {
    if (group.authority) return;
    const unaffected = model.contactTypes.filter((type, t) => type.transfer === null && serves(model, g, t));
    if (unaffected.length === 0) return;
    out.add(
      ['agentGroups', g, 'authority'],
      `changes nothing for the contact types group '${group.name}' serves that have no transfer (${names(unaffected)})`,
    );
  });
}

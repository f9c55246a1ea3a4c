import type { ModelDefinition } from '../model/definition';
import { DEFAULT_JOURNEY } from '../model/journey';
import type { IssueList } from './errors';
import { serves } from './warnings';

/**
 * Warnings about the customer journey of a valid model: authority settings that change nothing,
 * and transfer loops. A transfer happens only when a group without authority serves the contact,
 * so a transfer whose type only groups with authority serve never happens, and `authority: false`
 * on a group changes nothing for the types it serves that have no transfer. Types that transfer
 * to each other in a cycle, each with probability 1 and served only by groups without authority,
 * pass every issue round the cycle until `journey.maxContacts` ends it unresolved.
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
  addTransferCycleWarnings(model, out);
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

/**
 * Per contact type, the type its contacts are always transferred to, or -1: a transfer with
 * probability 1 and only groups without authority to serve the type (none may resolve it).
 */
function certainTransfers(model: ModelDefinition): number[] {
  return model.contactTypes.map((type, t) => {
    if (type.transfer === null || type.transfer.probability < 1) return -1;
    const groups = model.agentGroups.filter((_, g) => serves(model, g, t));
    return groups.length > 0 && groups.every((g) => !g.authority) ? type.transfer.to : -1;
  });
}

/**
 * Warns about every cycle of certain transfers ({@link certainTransfers}), once, at the transfer of
 * the cycle's first type in scenario order, naming the types in the order the issue visits them.
 */
function addTransferCycleWarnings(model: ModelDefinition, out: IssueList): void {
  const next = certainTransfers(model);
  const seen = new Uint8Array(next.length);
  const maxContacts = (model.journey ?? DEFAULT_JOURNEY).maxContacts;
  for (let start = 0; start < next.length; start++) {
    const path: number[] = [];
    let t = start;
    while (t >= 0 && seen[t] === 0) {
      seen[t] = 1;
      path.push(t);
      t = next[t] as number;
    }
    const from = t < 0 ? -1 : path.indexOf(t);
    if (from < 0) continue; // no cycle, or one found from an earlier start
    const cycle = path.slice(from);
    const first = Math.min(...cycle);
    const k = cycle.indexOf(first);
    const ordered = [...cycle.slice(k), ...cycle.slice(0, k), first].map((c) => `'${model.contactTypes[c]!.name}'`);
    out.add(
      ['contactTypes', first, 'transfer'],
      `transfers go round in a loop: ${ordered.join(' → ')}, each with probability 1 and served only by groups without authority; every issue that enters it is passed on until journey.maxContacts (${maxContacts}) contacts, then ends unresolved (given up)`,
    );
  }
}

import { PolicyRegistry } from '../../src/routing/registry';
import type { Draw } from './draw';
import { distributionInput } from './distribution-input';

/**
 * The optional features of a generated scenario, as a scenario file writes them: the customer
 * journey (resolution, repeats, retrials, transfers, scenario-wide journey settings), overflow
 * with protection, callbacks (both modes, every predictor, retries) and every routing policy with
 * its options. Each draws only from groups that can serve the contact type, so a generated
 * scenario is valid; the edges (probability 0 and 1, zero delays and windows) are valid too.
 *
 * @module
 */

/** What the feature generators need to know about one contact type. */
export interface TypeFacts {
  readonly name: string;
  readonly channel: string;
  /** Names of the groups able to serve it (channel and skills), at least one. */
  readonly qualified: readonly string[];
}

const PROBABILITIES = [0, 0.1, 0.5, 0.9, 1] as const;

/** A probability, often an edge (0 or 1). */
export function probability(draw: Draw): number {
  return draw.chance(0.5) ? draw.pick(PROBABILITIES) : draw.real(0, 1);
}

/** `resolution` of a contact type. */
export function resolutionInput(draw: Draw): Record<string, unknown> {
  const byProficiency: Record<string, number> = {};
  if (draw.chance(0.5)) for (const level of ['1', '2', '3', '4', '5']) if (draw.chance(0.6)) byProficiency[level] = draw.pick([0, 0.5, 0.9, 1, 1.1, 3]);
  return {
    probability: probability(draw),
    ...(Object.keys(byProficiency).length > 0 ? { byProficiency } : {}),
    ...(draw.chance(0.4) ? { withContext: draw.pick([0, 0.8, 1, 1.15, 5]) } : {}),
  };
}

/** `repeat` or `retrial` of a contact type, sometimes switching to other types (`via`). */
export function followUpInput(draw: Draw, types: readonly TypeFacts[]): Record<string, unknown> {
  const delay = distributionInput(draw, { mean: draw.pick([0.5, 30, 600, 3600]), allowZero: true });
  if (!draw.chance(0.4)) return { probability: probability(draw), delay };
  const targets = draw.some(types, draw.int(1, types.length));
  const shares = draw.shares(targets.length);
  return { probability: probability(draw), delay, via: Object.fromEntries(targets.map((t, i) => [t.name, shares[i]])) };
}

/** `transfer` of contact type `self` to another type. */
export function transferInput(draw: Draw, self: TypeFacts, types: readonly TypeFacts[]): Record<string, unknown> | undefined {
  const others = types.filter((t) => t.name !== self.name);
  if (others.length === 0) return undefined;
  const to = draw.pick(others).name;
  return draw.chance(0.3) ? { to } : { to, probability: probability(draw) };
}

/** `overflow` of a contact type: primary groups, then steps with increasing `after` and protection. */
export function overflowInput(draw: Draw, self: TypeFacts): Record<string, unknown> {
  const groups = draw.some(self.qualified, self.qualified.length);
  const primaryCount = draw.int(1, groups.length);
  const primary = groups.slice(0, primaryCount);
  const rest = groups.slice(primaryCount);
  const steps: Record<string, unknown>[] = [];
  let after = 0;
  while (rest.length > 0 && draw.chance(0.8)) {
    after += draw.pick([0.001, 1, 10, 30, 120]);
    const protect: Record<string, number> = {};
    if (draw.chance(0.3)) protect['targetQueueBelow'] = draw.int(1, 5);
    if (draw.chance(0.3)) protect['reserveAgents'] = draw.int(0, 3);
    if (draw.chance(0.3)) protect['sourceQueueAtLeast'] = draw.int(1, 5);
    if (draw.chance(0.3)) protect['maxShare'] = draw.pick([0.01, 0.3, 1]);
    const stepGroups = rest.splice(0, draw.int(1, rest.length));
    steps.push({ after: draw.duration(after), groups: stepGroups, ...(Object.keys(protect).length > 0 ? { protect } : {}) });
  }
  return steps.length > 0 || draw.chance(0.5) ? { primary, steps } : { primary };
}

/** `callback` of a voice or chat contact type. */
export function callbackInput(draw: Draw): Record<string, unknown> {
  const mode = draw.pick(['virtual-hold', 'scheduled'] as const);
  const acceptance = draw.chance(0.5) ? probability(draw) : { base: probability(draw), ...(draw.chance(0.7) ? { perMinute: draw.pick([-0.5, 0, 0.05, 2]) } : {}) };
  const optional: Record<string, unknown> = {};
  if (draw.chance(0.7)) optional['predictor'] = draw.pick(['queue-position', 'last-wait', 'moving-average']);
  if (draw.chance(0.5)) optional['window'] = draw.duration(draw.pick([0, 30, 300]));
  if (draw.chance(0.5)) optional['noAnswer'] = probability(draw);
  if (draw.chance(0.5)) optional['attemptTime'] = draw.duration(draw.pick([0, 10, 30]));
  if (draw.chance(0.5)) optional['retryAfter'] = draw.duration(draw.pick([0, 60, 600]));
  if (draw.chance(0.5)) optional['maxAttempts'] = draw.int(1, 4);
  return {
    mode,
    offerWhenWaitAbove: draw.duration(draw.pick([0, 0, 10, 60, 300])),
    acceptance,
    ...(mode === 'scheduled' ? { promise: draw.duration(draw.pick([0.5, 60, 600, 1500])) } : {}),
    ...optional,
  };
}

/** The scenario-wide `journey` settings. */
export function journeyInput(draw: Draw): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (draw.chance(0.7)) out['context'] = draw.pick(['none', 'same-channel', 'omnichannel']);
  if (draw.chance(0.4)) out['contextHandleFactor'] = draw.pick([0.01, 0.9, 1, 2]);
  if (draw.chance(0.4)) out['repeatHandleFactor'] = draw.pick([0.5, 1, 1.2, 10]);
  if (draw.chance(0.5)) out['maxContacts'] = draw.int(1, 10);
  if (draw.chance(0.5)) out['returnWhenClosed'] = draw.pick(['arrive', 'next-opening']);
  return out;
}

/** Every built-in policy name. */
export const POLICY_NAMES: readonly string[] = PolicyRegistry.withBuiltIns().names();

/**
 * `routing`: any built-in policy, with options valid for it (for `skills-priority`, lists of
 * groups and types that can serve each other).
 */
export function routingInput(draw: Draw, types: readonly TypeFacts[]): Record<string, unknown> {
  const policy = draw.pick(POLICY_NAMES);
  const options: Record<string, unknown> = {};
  const someNumber = (zero: boolean): number => draw.pick(zero ? [0, 0.5, 30, 600, 1e6] : [0.001, 0.5, 30, 600, 1e6]);
  if (policy === 'least-occupied' && draw.chance(0.6)) options['balance'] = draw.pick(['site', 'group']);
  if (policy === 'value-based' || policy === 'context-aware') {
    if (draw.chance(0.5)) options['agingTime'] = someNumber(false);
    if (draw.chance(0.5)) options['valueWeight'] = someNumber(true);
  }
  if (policy === 'context-aware' && draw.chance(0.5)) options['repeatBonus'] = someNumber(true);
  if (policy === 'agent-affinity' && draw.chance(0.6)) options['waitLimit'] = someNumber(true);
  if (policy === 'skills-priority') {
    if (draw.chance(0.5)) {
      const byType: Record<string, string[]> = {};
      for (const t of draw.some(types, draw.int(1, types.length))) byType[t.name] = draw.some(t.qualified, draw.int(1, t.qualified.length));
      options['groupsByType'] = byType;
    }
    if (draw.chance(0.5)) {
      const byGroup = new Map<string, string[]>();
      for (const t of types) for (const g of t.qualified) byGroup.set(g, [...(byGroup.get(g) ?? []), t.name]);
      const picked = draw.some([...byGroup.keys()].sort(), draw.int(1, byGroup.size));
      options['typesByGroup'] = Object.fromEntries(picked.map((g) => [g, draw.some(byGroup.get(g) ?? [], byGroup.get(g)?.length ?? 0)]));
    }
  }
  return Object.keys(options).length > 0 || draw.chance(0.3) ? { policy, options } : { policy };
}

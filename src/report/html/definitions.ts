import { CHANNELS } from '../../model/channel';
import type { CallbackDefinition, ContactTypeDefinition } from '../../model/definition';
import type { DesignView } from './design-view';
import { escapeHtml } from './escape';
import { formatDuration, formatValue } from './format';

/**
 * The definitions that drive the headline figures, printed next to them: each contact type's
 * service-level target, why ASA is by channel, and how each design's callbacks are measured (when
 * a scheduled callback's wait starts, what a kept promise is), with a warning when the compared
 * designs measure callbacks differently.
 *
 * @module
 */

/** How one contact type's callbacks are promised and measured, in words. */
export function callbackInWords(type: string, c: CallbackDefinition): string {
  const offer = `offered when the predicted wait is above ${formatDuration(c.offerAbove)}`;
  if (c.mode === 'scheduled') {
    return `${type}: scheduled callbacks (${offer}); the customer is called back at a promised time ${formatDuration(c.promiseAfter)} after accepting, and the promise is kept when the first attempt starts within ${formatDuration(c.window)} of that time. The wait of a scheduled callback (in ASA, service level and wait percentiles) starts at the promised time, not at the offer.`;
  }
  return `${type}: virtual hold (${offer}); the customer hangs up and keeps the place in line, the promise is a call back within the predicted wait plus ${formatDuration(c.window)}, kept when the first attempt starts by then. The wait counts from the customer's arrival, as for a contact holding on the line.`;
}

function callbackKey(t: ContactTypeDefinition): string {
  return t.callback === null ? `${t.name}:none` : JSON.stringify([t.name, t.callback]);
}

/** The callback definitions of every design, once when all designs share them. */
function callbackItems(views: readonly DesignView[]): string[] {
  const perDesign = views.map((v) => ({ view: v, types: v.model.contactTypes.filter((t) => t.callback !== null) }));
  if (perDesign.every((d) => d.types.length === 0)) return [];
  const keys = perDesign.map((d) => d.view.model.contactTypes.map(callbackKey).join('|'));
  const same = keys.every((k) => k === keys[0]);
  const describe = (types: readonly ContactTypeDefinition[]): string =>
    types.length === 0 ? 'no callbacks.' : types.map((t) => callbackInWords(t.name, t.callback!)).join(' ');
  if (same) return [`<li><b>Callbacks${views.length > 1 ? ' (every design)' : ''}.</b> ${escapeHtml(describe(perDesign[0]!.types))}</li>`];
  const items = perDesign.map((d) => `<li><b>Callbacks in ${escapeHtml(d.view.name)}.</b> ${escapeHtml(describe(d.types))}</li>`);
  items.push(
    '<li class="caveat"><b>The designs measure callbacks differently</b> (mode, promise or window above): part of their differences in ASA, service level and promises kept comes from these definitions, not from how the center performs. Compare the callback settings before reading those differences.</li>',
  );
  return items;
}

/** The service-level targets of every contact type, in words (a type whose target differs between designs is listed once per target). */
function targetItem(views: readonly DesignView[]): string {
  const seen = new Set<string>();
  for (const v of views) {
    for (const t of v.model.contactTypes) seen.add(`${t.name} (${CHANNELS[t.channel] ?? ''}) ${formatValue(t.serviceLevel.target, 'percent')} within ${formatDuration(t.serviceLevel.threshold)}`);
  }
  return `<li><b>Service level</b> = contacts answered within their own type's target time ÷ (answered + abandoned), counted in the interval of arrival. Targets: ${escapeHtml([...seen.keys()].join('; '))}. The whole-center service level adds up every channel with its own target time.</li>`;
}

/** The list of definitions that qualify the headline figures, shown right under the headline table. */
export function renderDefinitions(views: readonly DesignView[]): string {
  const channels = new Set(views.flatMap((v) => v.model.contactTypes.map((t) => t.channel)));
  const items = [
    targetItem(views),
    channels.size > 1
      ? '<li><b>ASA</b> (average speed of answer, the mean wait of answered contacts) is given per channel: a center-wide mean would mix the seconds of a call with the hours of an e-mail backlog.</li>'
      : '<li><b>ASA</b> (average speed of answer) is the mean wait of answered contacts.</li>',
    ...callbackItems(views),
  ];
  return `<div class="definitions" id="definitions"><h3>Definitions behind these figures</h3><ul>${items.join('')}</ul></div>`;
}

import type { IssueList, PathElement } from './errors';
import type { ParsedAgentGroup } from './schema';

/**
 * Value checks of interruptible work (see docs/channels.md "Interruptions"), on an agent group that
 * passed the schema: the group handles voice and every channel a call may suspend, lists each
 * channel once, and does not slow the suspended channel down with concurrency (a suspended
 * contact's work left is kept exactly only at full speed).
 *
 * @module
 */

/** Checks the interruption rule of one agent group (`path` is the group's). */
export function checkInterruptions(group: ParsedAgentGroup, path: PathElement[], errors: IssueList): void {
  const rule = group.interruptions;
  if (rule === undefined) return;
  const at: PathElement[] = [...path, 'interruptions'];
  const concurrency = group.channels as Partial<Record<string, number>>;
  if ((concurrency['voice'] ?? 0) === 0) {
    errors.add([...at, 'voice'], 'the group does not handle voice (no voice in its channels): only a call interrupts other work, so give interruptions only to a group that takes calls');
  }
  const slowed = (group.slowdown ?? {}) as Partial<Record<string, readonly number[]>>;
  const seen = new Set<string>();
  rule.voice.forEach((channel, i) => {
    const here: PathElement[] = [...at, 'voice', i];
    if (seen.has(channel)) errors.add(here, `lists ${channel} twice: list each channel once`);
    seen.add(channel);
    if ((concurrency[channel] ?? 0) === 0) {
      errors.add(here, `the group does not handle ${channel} (no ${channel} in its channels): a call can suspend only work the group takes`);
    }
    if (slowed[channel] !== undefined) {
      errors.add(here, `${channel} also has a slowdown table: interruptions and concurrency slowdown on the same channel are not supported together; remove one`);
    }
  });
}

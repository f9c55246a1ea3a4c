import { z } from 'zod';
import { describeValue, duration, strictObject } from './schema-parts';

/**
 * Scenario field of interruptible work (see docs/channels.md "Interruptions"): on an agent group,
 * `interruptions: { voice: [email, messaging], resumeOverhead: 30s }` lets a voice call that finds
 * no free agent suspend an agent's e-mails and messaging conversations in service; they resume
 * with the same agent after the call (preemptive resume). That the group handles voice and the
 * listed channels is checked in `interruptions-checks.ts`.
 *
 * @module
 */

/** The channels a call may suspend (voice is exclusive, so only a call ever waits for other work). */
export const SUSPENDABLE_CHANNELS = ['chat', 'email', 'messaging'] as const;

/** The interruption rule of one agent group. */
export const interruptionsSchema = strictObject({
  voice: z
    .array(
      z.enum(SUSPENDABLE_CHANNELS),
      { error: (issue) => `must be a list of the channels a call may suspend (chat, email, messaging), got ${describeValue(issue.input)}` },
    )
    .min(1, { error: 'list at least one channel a call may suspend (chat, email, messaging)' })
    .meta({ description: 'Channels whose contacts in service a voice call may suspend: [email] lets a call take an agent busy with e-mails.' }),
  resumeOverhead: duration()
    .default(0)
    .meta({ description: 'Extra work added to a suspended contact when it resumes (finding one\'s place again); default 0.' }),
});

/** The agent-group field of interruptible work. */
export const interruptionGroupFields = {
  interruptions: interruptionsSchema.optional().meta({
    description:
      'Interruptible work (preemptive resume): { voice: [email], resumeOverhead: 30s } lets a call that finds no free agent suspend the e-mails an agent is working on; they resume with the same agent after the call, no work lost. Only voice interrupts: it is the one channel that needs the agent alone.',
  }),
};

import { z } from 'zod';
import { describeValue, duration, share, strictObject } from './schema-parts';

/**
 * Scenario fields of workforce realism (see docs/workforce.md): `breaks` on a shift, `shrinkage`
 * and `absenteeism` on an agent group. That breaks fit their shift and a shrinkage list covers the
 * day is checked in `workforce-checks.ts`.
 *
 * @module
 */

/** A break each agent of a shift takes: `length`, placed within `within: [from, to]` of the shift start. */
export const breakSchema = strictObject({
  length: duration({ min: 0, exclusive: true }),
  within: z
    .tuple([duration(), duration()], { error: (issue) => `within must be [from, to], two durations from the shift start, got ${describeValue(issue.input)}` })
    .meta({ description: 'The window the break falls in: [earliest start, latest end], measured from the shift start.' }),
});

/** A shrinkage share: a number in [0, 1) (1 would leave nobody to take contacts). */
function shrinkageShare() {
  const message = (issue: { input?: unknown }): string => `shrinkage must be a number in [0, 1), got ${describeValue(issue.input)}`;
  return z.number({ error: message }).min(0, { error: message }).lt(1, { error: message });
}

/** The agent-group fields of workforce realism. */
export const workforceGroupFields = {
  shrinkage: z
    .union([shrinkageShare(), z.array(shrinkageShare()).min(1, { error: 'shrinkage must list at least one share' })], {
      error: (issue) =>
        typeof issue.input === 'number' || Array.isArray(issue.input) ? undefined : `must be a share in [0, 1) or a list of shares per interval of the day, got ${describeValue(issue.input)}`,
    })
    .optional()
    .meta({ description: 'Share of the time of present agents, off break, withheld from contacts (meetings, training): one share, or one per interval of the day.' }),
  absenteeism: share('absenteeism')
    .optional()
    .meta({ description: 'Probability that a scheduled agent is absent for a whole day (head counts) or a whole shift (shifts).' }),
};

/** The shift field of workforce realism. */
export const shiftBreaksField = {
  breaks: z.array(breakSchema).min(1, { error: 'breaks must list at least one break' }).optional(),
};

import { fileURLToPath } from 'node:url';
import { loadScenarioFile } from '../../src/scenario/extends';

/** Path of a reproducer from the reliability campaign (test/fixtures/reliability/). */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/reliability/${name}`, import.meta.url));
}

/** A reproducer from the reliability campaign (test/fixtures/reliability/), read as the CLI reads it. */
export function fixture(name: string): unknown {
  // Unchecked: these fixtures are invalid on purpose (readScenarioFile would throw).
  return loadScenarioFile(fixturePath(name)).input;
}

/**
 * Each reproducer, the field its error must name and what the message must say. Before the fix
 * each was accepted and then crashed, hung or exhausted memory.
 */
export const REJECTED: readonly { file: string; path: string; message: RegExp }[] = [
  { file: 'infinite-duration-string.yaml', path: 'horizon', message: /duration '1000.*\(402 characters\)' is too large to hold; at most 3650d \(10 years\)/ },
  { file: 'infinite-retry-after.yaml', path: 'contactTypes[0].callback.retryAfter', message: /too large to hold; at most 3650d/ },
  { file: 'infinite-rate-string-hang.yaml', path: 'contactTypes[0].arrivals.rate', message: /rate '1000.*' is too large; at most 1000000\/s/ },
  { file: 'huge-horizon-typed-array.yaml', path: 'horizon', message: /^duration must be at most 3650d \(10 years\), got 1000000000000000$/ },
  { file: 'huge-handle-time-nan.yaml', path: 'contactTypes[0].handleTime.mean', message: /^duration must be at most 3650d \(10 years\), got 1e\+308$/ },
  { file: 'huge-agents.yaml', path: 'agentGroups[0].agents', message: /^agents must be at most 100000, got 1000000000$/ },
];

import { ScenarioError } from 'routelab';
import { locatePath } from './locate';

/**
 * What the playground lists when a scenario text fails: each problem with its field path and,
 * where it can be found, its line in the text.
 *
 * @module
 */

/** A problem to list: where (path, line) and what. */
export interface Problem {
  /** The field path (`agentGroups[2].agents`); `''` for the text or the scenario as a whole. */
  readonly path: string;
  /** What is wrong. */
  readonly message: string;
  /** 1-based line in the text, when known. */
  readonly line?: number;
}

/**
 * The problems an error stands for: each issue of a `ScenarioError`, placed in the text by its
 * path; a YAML/JSON syntax error at the line its message names; anything else as one message.
 *
 * @param error - what `parseScenarioText` (or a run) threw
 * @param text - the scenario text, to place paths in; `undefined` when the error is not about it
 */
export function problemsOf(error: unknown, text: string | undefined): Problem[] {
  if (error instanceof ScenarioError) {
    return error.issues.map((issue) => {
      const location = text === undefined ? undefined : locatePath(text, issue.path);
      return location === undefined ? { path: issue.path, message: issue.message } : { path: issue.path, message: issue.message, line: location.line };
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  const line = /at line (\d+)/.exec(message)?.[1];
  return [line === undefined ? { path: '', message } : { path: '', message, line: Number(line) }];
}

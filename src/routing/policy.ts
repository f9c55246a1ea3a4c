import type { ModelDefinition } from '../model/definition';
import type { RoutingPolicy } from '../model/routing-policy';
import type { UniformSource } from '../random/streams';

export type { RoutingPolicy };

/** What a policy factory receives. */
export interface RoutingContext {
  /** The model being simulated. */
  readonly model: ModelDefinition;
  /** The policy's own random stream: draw from it, never from anywhere else. */
  readonly random: UniformSource;
  /** The options given in the scenario's `routing.options`. */
  readonly options: Readonly<Record<string, unknown>>;
}

/** Creates a policy for one run. */
export type RoutingPolicyFactory = (context: RoutingContext) => RoutingPolicy;

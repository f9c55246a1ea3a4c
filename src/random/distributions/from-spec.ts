import type { Distribution, DistributionSpec } from './distribution';
import { deterministic } from './deterministic';
import { empirical } from './empirical';
import { erlang } from './erlang';
import { exponential } from './exponential';
import { gamma } from './gamma';
import { hyperexponential } from './hyperexponential';
import { lognormal } from './lognormal';
import { mixture } from './mixture';
import { triangular } from './triangular';
import { truncatedNormal } from './truncated-normal';
import { uniform } from './uniform';
import { weibull } from './weibull';
import { formatValue } from './validate';

/** Each factory validates its own (untyped, JSON-sourced) parameters. */
type Factory = (params: never) => Distribution;

/** Builds a mixture from a spec whose components are specs themselves. */
function mixtureFromSpec(params: Record<string, unknown>): Distribution {
  const components = params['components'];
  if (!Array.isArray(components)) return mixture(params as never); // let mixture() report it
  const built = components.map((component: unknown, i) => {
    try {
      return fromSpec(component);
    } catch (error) {
      if (error instanceof Error) {
        const Kind = error instanceof RangeError ? RangeError : TypeError;
        throw new Kind(`mixture: components[${i}]: ${error.message}`);
      }
      throw error;
    }
  });
  return mixture({ ...params, components: built } as never);
}

const FACTORIES: Readonly<Record<string, Factory>> = {
  exponential: exponential,
  deterministic: deterministic,
  uniform: uniform,
  truncatedNormal: truncatedNormal,
  lognormal: lognormal,
  gamma: gamma,
  erlang: erlang,
  weibull: weibull,
  hyperexponential: hyperexponential,
  triangular: triangular,
  empirical: empirical,
  mixture: mixtureFromSpec,
};

/** The `kind` names {@link fromSpec} understands, in documentation order. */
export const distributionKinds: readonly string[] = Object.freeze(Object.keys(FACTORIES));

/**
 * Builds a distribution from a plain JSON object such as `{ kind: 'lognormal', mean: 300, cv: 0.8 }`
 * (the form scenario files use). The fields other than `kind` go to the factory of that name,
 * with the same validation and messages; a mixture's `components` are specs too.
 * `fromSpec(toSpec(d))` rebuilds any distribution of this library.
 *
 * @param spec - `{ kind, ...params }`
 * @throws TypeError if `spec` is not an object with a string `kind`; RangeError on an unknown
 *   kind (the message lists the known kinds) or a bad parameter
 */
export function fromSpec(spec: DistributionSpec | unknown): Distribution {
  const known = distributionKinds.join(', ');
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    throw new TypeError(`distribution spec must be an object like { kind: 'exponential', mean: 60 }, got ${formatValue(spec)}`);
  }
  const { kind, ...params } = spec as Record<string, unknown>;
  if (typeof kind !== 'string') {
    throw new TypeError(`distribution spec needs a string 'kind' (one of ${known}), got ${formatValue(kind)}`);
  }
  const factory = Object.prototype.hasOwnProperty.call(FACTORIES, kind) ? FACTORIES[kind] : undefined;
  if (factory === undefined) {
    throw new RangeError(`unknown distribution kind '${kind}'; known kinds: ${known}`);
  }
  return factory(params as never);
}

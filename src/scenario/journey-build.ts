import type { JourneyDefinition, RepeatDefinition, ResolutionDefinition, TransferDefinition } from '../model/definition';
import type { ParsedFollowUp, ParsedJourney, ParsedResolution, ParsedRetrial, ParsedTransfer } from './journey-schema';

/**
 * Resolves the journey fields of a checked scenario into the model's definitions: contact type
 * names become ids, missing factors become 1. Call only on input that passed every check.
 *
 * @module
 */

/** The scenario-wide journey settings; null when the scenario has no `journey`. */
export function buildJourney(journey: ParsedJourney | undefined): JourneyDefinition | null {
  if (journey === undefined) return null;
  const { context, contextHandleFactor, repeatHandleFactor, maxContacts, returnWhenClosed } = journey;
  return { context, contextHandleFactor, repeatHandleFactor, maxContacts, returnWhenClosed };
}

/** A resolution spec; `byProficiency` becomes a list indexed by level 0–5 (index 0 is 1). */
export function buildResolution(resolution: ParsedResolution | undefined): ResolutionDefinition | null {
  if (resolution === undefined) return null;
  const factors = (resolution.byProficiency ?? {}) as Partial<Record<string, number>>;
  return {
    probability: resolution.probability,
    byProficiency: [0, 1, 2, 3, 4, 5].map((level) => (level === 0 ? 1 : (factors[String(level)] ?? 1))),
    withContext: resolution.withContext,
  };
}

/**
 * A repeat or retrial spec; `via` becomes `[type id, share]` pairs in the order written, and
 * defaults to the contact type itself (`[[self, 1]]`).
 *
 * @param self - id of the contact type the spec belongs to
 * @param typeId - contact type ids by name
 */
export function buildFollowUp(spec: ParsedFollowUp | undefined, self: number, typeId: ReadonlyMap<string, number>): RepeatDefinition | null {
  if (spec === undefined) return null;
  const next: (readonly [number, number])[] =
    spec.via === undefined ? [[self, 1]] : Object.entries(spec.via).map(([name, share]) => [typeId.get(name) as number, share] as const);
  return { probability: spec.probability, delay: spec.delay, next };
}

/** A retrial spec: {@link buildFollowUp}, with `sameContact` carried over when true. */
export function buildRetrial(spec: ParsedRetrial | undefined, self: number, typeId: ReadonlyMap<string, number>): RepeatDefinition | null {
  const followUp = buildFollowUp(spec, self, typeId);
  return followUp !== null && spec?.sameContact === true ? { ...followUp, sameContact: true } : followUp;
}

/** A transfer spec, its target named by id. */
export function buildTransfer(spec: ParsedTransfer | undefined, typeId: ReadonlyMap<string, number>): TransferDefinition | null {
  if (spec === undefined) return null;
  const to = typeId.get(spec.to) as number;
  return spec.warm === undefined ? { to, probability: spec.probability } : { to, probability: spec.probability, warm: { consultTime: spec.warm.consultTime } };
}

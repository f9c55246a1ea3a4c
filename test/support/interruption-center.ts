import type { ContactTypeDefinition, ModelDefinition } from '../../src/model/definition';
import type { SlotDuringGap } from '../../src/model/messaging-session-definition';
import { ContactTrace, type ContactRecord } from '../../src/metrics/contact-trace';
import { deterministic } from '../../src/random/distributions/deterministic';
import { simulateModel, type SimulationResult } from '../../src/run/simulate';
import { singleQueueModel } from './models';

/**
 * Small hand-worked centers for the interruption tests: one group of agents, contact types that
 * arrive at fixed times with fixed handle times, calls first by priority.
 *
 * @module
 */

/** One contact type of a {@link center}. */
export interface TypeSpec {
  readonly name: string;
  /** 0 voice, 1 chat, 2 email, 3 messaging. */
  readonly channel: number;
  readonly at: readonly number[];
  readonly time: number;
  readonly priority?: number;
  /** A messaging session of `turns` agent turns (each `time`), the customer replying after `gap`. */
  readonly session?: { readonly turns: number; readonly gap: number; readonly slot: SlotDuringGap; readonly timeout?: number };
}

/** A {@link center}: its types, the group's concurrency per channel and rule. */
export interface CenterSpec {
  readonly types: readonly TypeSpec[];
  /** Concurrency per channel [voice, chat, email, messaging]. */
  readonly concurrency: readonly number[];
  /** Channels a call may suspend (absent: no rule). */
  readonly suspends?: readonly number[];
  readonly overhead?: number;
  readonly wrapUp?: number;
  readonly agents?: number;
  readonly horizon?: number;
  readonly endOfDay?: 'drain' | 'cut';
}

/** The model of a {@link CenterSpec}. */
export function center(spec: CenterSpec): ModelDefinition {
  const base = singleQueueModel({ arrivalRate: 1, handleTime: deterministic({ value: 1 }), agents: spec.agents ?? 1, horizon: spec.horizon ?? 10_000, endOfDay: spec.endOfDay ?? 'drain' });
  const template = base.contactTypes[0]!;
  const contactTypes = spec.types.map((t, id): ContactTypeDefinition => {
    const type: ContactTypeDefinition = {
      ...template,
      id,
      name: t.name,
      channel: t.channel,
      priority: t.priority ?? (t.channel === 0 ? 1 : 0),
      handleTime: deterministic({ value: t.time }),
      arrivals: { kind: 'trace', times: [...t.at] },
      serviceLevel: { threshold: t.channel === 0 ? 20 : 3600, target: 0.8 },
    };
    const s = t.session;
    if (s === undefined) return type;
    return { ...type, session: { exchanges: deterministic({ value: s.turns }), replyGap: deterministic({ value: s.gap }), slotDuringGap: s.slot, sticky: true, timeout: s.timeout ?? Infinity } };
  });
  const group = base.agentGroups[0]!;
  return {
    ...base,
    contactTypes,
    agentGroups: [
      {
        ...group,
        concurrency: [...spec.concurrency],
        wrapUp: (spec.wrapUp ?? 0) > 0 ? deterministic({ value: spec.wrapUp! }) : null,
        ...(spec.suspends === undefined ? {} : { interruptions: { suspends: [...spec.suspends], resumeOverhead: spec.overhead ?? 0 } }),
      },
    ],
  };
}

/** The trace records of one run with invariants checked, in arrival order (ties by type name), and its result. */
export function run(model: ModelDefinition): { records: ContactRecord[]; result: SimulationResult } {
  const lines: string[] = [];
  const result = simulateModel(model, { checkInvariants: true, observers: [new ContactTrace((l) => lines.push(l), { format: 'jsonl' })] });
  const records = lines.map((l) => JSON.parse(l) as ContactRecord).sort((a, b) => a.arrival - b.arrival || a.type.localeCompare(b.type));
  return { records, result };
}

/** The record of the contact of `type` that arrived at `at`. */
export function record(records: readonly ContactRecord[], type: string, at: number): ContactRecord {
  const r = records.find((c) => c.type === type && c.arrival === at);
  if (r === undefined) throw new Error(`no ${type} arrived at ${at}`);
  return r;
}

import type { Distribution } from '../random/distributions/distribution';
import type { RandomStreams, UniformSource } from '../random/streams';
import type { ContactTypeDefinition } from './definition';
import { MAX_SESSION_TURNS, type MessagingSessionDefinition } from './messaging-session-definition';
import { intervalIndex } from './queue-exit-definition';

/** The number of agent turns a draw `x` of `exchanges` gives: `min(MAX_SESSION_TURNS, max(1, round(x)))`. */
export function sessionTurns(x: number): number {
  return Math.min(MAX_SESSION_TURNS, Math.max(1, Math.round(x)));
}

/** One type's streams and layout of a session plan (null for a type without sessions). */
interface TypePlan {
  readonly def: MessagingSessionDefinition;
  readonly turns: UniformSource;
  readonly work: UniformSource;
  readonly gap: UniformSource;
  /** `session-context-loss:<type>`, only when the session has `contextLoss`. */
  readonly loss: UniformSource | null;
  /** `reply-patience:<type>`, only when the session has `replyPatience`. */
  readonly patience: UniformSource | null;
  /** Numbers kept per later turn: work, gap, then the context loss and the reply patience when drawn. */
  readonly stride: number;
}

/**
 * What a messaging session will be, drawn when its contact arrives whatever happens later (so two
 * policies see the same conversations): per contact of a type with sessions, one draw from
 * `session-turns:<type>` (the turns k), then for each later turn (2..k) its work from
 * `session-work:<type>` and the gap before it from `reply-gap:<type>` (interleaved), then, only when
 * the session has them, k − 1 extra works from `session-context-loss:<type>` and k − 1 patiences
 * from `reply-patience:<type>`. A later turn's work is a draw of the type's handle time, or, when the
 * type has `handleTimeByInterval`, of the distribution of the contact's arrival interval (as its
 * first turn's). Types without the options never build their streams: no other draw moves.
 */
export class SessionPlans {
  private readonly perType: readonly (TypePlan | null)[];

  constructor(private readonly types: readonly ContactTypeDefinition[], streams: RandomStreams) {
    this.perType = types.map((t) => {
      const def = t.session;
      if (def === undefined) return null;
      const loss = def.contextLoss === undefined ? null : streams.stream(`session-context-loss:${t.name}`);
      const patience = def.replyPatience === undefined ? null : streams.stream(`reply-patience:${t.name}`);
      return {
        def,
        turns: streams.stream(`session-turns:${t.name}`),
        work: streams.stream(`session-work:${t.name}`),
        gap: streams.stream(`reply-gap:${t.name}`),
        loss,
        patience,
        stride: 2 + (loss === null ? 0 : 1) + (patience === null ? 0 : 1),
      };
    });
  }

  /** The session definition of `type` (undefined: the type has no sessions). */
  definition(type: number): MessagingSessionDefinition | undefined {
    return this.perType[type]?.def;
  }

  /** Draws the turns of a new session of `type` (a type with sessions). */
  drawTurns(type: number): number {
    const p = this.perType[type]!;
    return sessionTurns(p.def.exchanges.sample(p.turns));
  }

  /** Draws the later turns of a session of `type` arriving at `arrival` with `k` > 1 turns. */
  drawPlan(type: number, k: number, arrival: number): Float64Array {
    const p = this.perType[type]!;
    const plan = new Float64Array(p.stride * (k - 1));
    const handle = this.laterTurnWork(type, arrival);
    for (let j = 0; j < k - 1; j++) {
      plan[p.stride * j] = handle.sample(p.work);
      plan[p.stride * j + 1] = p.def.replyGap.sample(p.gap);
    }
    let at = 2;
    if (p.loss !== null) {
      for (let j = 0; j < k - 1; j++) plan[p.stride * j + at] = p.def.contextLoss!.sample(p.loss);
      at++;
    }
    if (p.patience !== null) for (let j = 0; j < k - 1; j++) plan[p.stride * j + at] = p.def.replyPatience!.sample(p.patience);
    return plan;
  }

  /** Work (seconds at full speed) of later turn `j` (0: the second turn) of a session of `type`. */
  work(plan: Float64Array, type: number, j: number): number {
    return plan[this.perType[type]!.stride * j] as number;
  }

  /** The customer's gap before later turn `j`. */
  gap(plan: Float64Array, type: number, j: number): number {
    return plan[this.perType[type]!.stride * j + 1] as number;
  }

  /** Extra work of later turn `j` when another agent takes it (0 without `contextLoss`). */
  contextLoss(plan: Float64Array, type: number, j: number): number {
    const p = this.perType[type]!;
    return p.loss === null ? 0 : (plan[p.stride * j + 2] as number);
  }

  /** Patience of the customer's reply before later turn `j` (Infinity without `replyPatience`). */
  patience(plan: Float64Array, type: number, j: number): number {
    const p = this.perType[type]!;
    return p.patience === null ? Infinity : (plan[p.stride * j + p.stride - 1] as number);
  }

  /** The distribution of a later turn's work: the type's handle time, or its arrival interval's. */
  private laterTurnWork(type: number, arrival: number): Distribution {
    const def = this.types[type]!;
    const byInterval = def.queueExits?.byInterval;
    const list = byInterval?.handleTime;
    return list === null || list === undefined ? def.handleTime : list[intervalIndex(byInterval!, list.length, arrival)]!;
  }
}

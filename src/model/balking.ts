import type { BalkingDefinition } from './queue-exit-definition';

/**
 * The probability that a new contact that would wait balks (leaves at once), given the contacts
 * of its type already waiting and the wait announced to it (NaN when none was announced; an
 * infinite announcement, nobody ever serving, counts as above every step).
 */
export function balkProbability(def: BalkingDefinition, waiting: number, announced: number): number {
  switch (def.kind) {
    case 'probability':
      return def.probability;
    case 'queue-length': {
      const list = def.byQueueLength;
      return list[Math.min(waiting, list.length - 1)]!;
    }
    case 'announced-wait': {
      let p = 0;
      // Stryker disable next-line ConditionalExpression: `NaN > above` is false for every step, so the loop also leaves p at 0
      if (Number.isNaN(announced)) return p;
      for (const step of def.steps) if (announced > step.above) p = step.probability;
      return p;
    }
  }
}

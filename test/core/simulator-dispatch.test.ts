import { describe, expect, it } from 'vitest';
import { EventPriority } from '../../src/core/priority';
import { Simulator } from '../../src/core/simulator';

/**
 * Three kinds of self-renewing events at whole-number delays (many ties, mixed priorities), one
 * kind through a lane, one event cancelled; with `byKind`, a dispatch function runs two kinds
 * itself and sends the third to its handler. Returns what ran, in order, and who ran it.
 */
function trace(byKind: boolean, viaStep = false): string[] {
  const sim = new Simulator(2);
  const seen: string[] = [];
  const lane = sim.defineLane();
  let n = 0;
  const tick = (name: string, arg: number): void => {
    seen.push(`${sim.now} ${name} ${arg}`);
    if (n++ > 300) return;
    const delay = (arg * 7 + n) % 3;
    if (name === 'a') sim.schedule(delay, a, arg + 1, EventPriority.timer);
    else if (name === 'b') sim.scheduleInLane(lane, sim.now + delay, b, arg + 1, EventPriority.arrival);
    else sim.schedule(delay, c, arg + 1, EventPriority.release);
  };
  const a = sim.defineEvent('a', (arg) => tick('a', arg));
  const b = sim.defineEvent('b', (arg) => tick('b', arg));
  const c = sim.defineEvent('c', (arg) => tick('c', arg));
  const dropped = sim.defineEvent('dropped', () => seen.push('dropped ran'));
  if (byKind) {
    sim.dispatchBy((kind, arg) => {
      if (kind === a) tick('a', arg);
      else if (kind === b) tick('b', arg);
      else {
        seen.push('(handler)');
        sim.handlerOf(kind)(arg);
      }
    });
  }
  sim.schedule(0, a, 0, EventPriority.timer);
  sim.scheduleInLane(lane, 0, b, 0, EventPriority.arrival);
  sim.schedule(0, c, 0, EventPriority.release);
  sim.cancel(sim.schedule(1, dropped, 0));
  if (viaStep) while (sim.step());
  else sim.run({ until: 1000 });
  return seen;
}

describe('Simulator.dispatchBy()', () => {
  it('runs the same events in the same order as the handlers', () => {
    const byHandler = trace(false);
    const byKind = trace(true).filter((s) => s !== '(handler)');
    expect(byHandler.length).toBeGreaterThan(300);
    expect(byKind).toEqual(byHandler);
    expect(trace(true, true).filter((s) => s !== '(handler)')).toEqual(trace(false, true));
  });

  it('sends every event of the kinds it does not know through handlerOf, and only those', () => {
    const seen = trace(true);
    const fallbacks = seen.filter((s, i) => s === '(handler)' && seen[i + 1]!.includes(' c '));
    expect(fallbacks.length).toBe(seen.filter((s) => s.includes(' c ')).length);
    expect(seen.filter((s) => s === '(handler)').length).toBe(fallbacks.length);
    expect(seen).not.toContain('dropped ran');
  });

  it('handlerOf rejects an unknown kind', () => {
    expect(() => new Simulator().handlerOf(3)).toThrow(/unknown event kind 3/);
  });
});

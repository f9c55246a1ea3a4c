/**
 * Allocation of the bare simulator loop: one event kind run through `dispatchBy`, each event
 * re-arming its timer 0.37 s later through `schedule` (mode `return`) or `scheduleInto` (mode
 * `into`), 3,000,000 events, 100 timers. Count the scavenges with a 1 MB semi-space; each is about
 * 1 MB allocated, so bytes per event ≈ scavenges × 1,048,576 / 3,000,000:
 *
 * `node --single-threaded --import tsx --min-semi-space-size=1 --max-semi-space-size=1 --trace-gc
 * bench/kernel-allocation.ts [return|into] | grep -c Scavenge`
 * @module
 */
import { Simulator } from '../src/core/simulator';

const mode = process.argv[2] ?? 'return';
if (mode !== 'return' && mode !== 'into') throw new Error(`unknown mode '${mode}' (return, into)`);
const sim = new Simulator();
const handles = new Float64Array(128);
let n = 0;
const tick = sim.defineEvent('tick', () => {});
sim.dispatchBy((_kind, timer) => {
  if (n++ >= 3e6) return;
  if (mode === 'into') sim.scheduleInto(0.37, tick, timer, 2, handles, timer);
  else handles[timer] = sim.schedule(0.37, tick, timer, 2);
});
for (let i = 0; i < 100; i++) sim.schedule(i * 0.01, tick, i);
sim.run();
console.log(`${sim.eventsProcessed} events`);

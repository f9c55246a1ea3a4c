/**
 * The long checks of the records workflow on routelab-written days of a known center
 * (test/records/synthetic-center.ts), whose short versions run in the tests:
 *
 * 1. staffing estimates against the true agents on duty (agent-hours, per-interval error);
 * 2. calibration of the availability factor on calibration days, with a roster that is the
 *    truth / 0.8 (so the true factor is 0.8), then the held-out days: the model's error against
 *    the persistence yardstick ("same as the previous day");
 * 3. prediction-band coverage of single days over many days (nominal 95 %).
 *
 * Busyness varies by day (a factor drawn per day from a seeded stream), so persistence is not free.
 *
 * Run: npx tsx scripts/records-validation.ts [days=20] [replications=40]
 */
import { RandomStreams } from '../src/random/streams';
import { calibrate } from '../src/records/calibrate';
import { importCallRecords } from '../src/records/import-records';
import { ROUTELAB_MAPPING } from '../src/records/mapping';
import { replayDays } from '../src/records/replay';
import { compareReplay } from '../src/records/replay-comparison';
import { inferStaffing } from '../src/records/staffing-inference';
import { synthesizeCallRecords } from '../src/records/synthetic-records';
import { syntheticCenter, truthStaffing } from '../test/records/synthetic-center';

const days = Number(process.argv[2] ?? 20);
const replications = Number(process.argv[3] ?? 40);
const truth = truthStaffing();
const busyStream = new RandomStreams(2026).stream('busyness');
const busyness = Array.from({ length: days }, () => 0.85 + 0.3 * busyStream.next());
const text = synthesizeCallRecords((i) => syntheticCenter(truth, busyness[i]), { days, seed: 7 });
const { records, days: labels } = importCallRecords(text, ROUTELAB_MAPPING);
const pct = (x: number | null) => (x === null ? '-' : (100 * x).toFixed(1));

// 1. Staffing estimates.
const totals = { seen: 0, busy: 0, sessions: 0 };
const absErr = { seen: 0, busy: 0, sessions: 0 };
let open = 0;
for (const day of labels) {
  const est = inferStaffing(records.filter((r) => r.day === day));
  for (const k of truth.keys()) {
    for (const name of ['seen', 'busy', 'sessions'] as const) {
      totals[name] += est[name][k]! / 2;
      if (truth[k]! > 0) absErr[name] += Math.abs(est[name][k]! - truth[k]!);
    }
    if (truth[k]! > 0) open++;
  }
}
const truthHours = (truth.reduce((a, n) => a + n, 0) / 2) * labels.length;
console.log(`Staffing over ${labels.length} days (truth ${truthHours} agent-hours):`);
for (const name of ['seen', 'busy', 'sessions'] as const) {
  console.log(`  ${name.padEnd(8)} ${totals[name].toFixed(0).padStart(6)} agent-hours (${pct(totals[name] / truthHours - 1)} %), mean |error| per open interval ${(absErr[name] / open).toFixed(2)} agents`);
}

// 2. Calibration on the first third, held-out check on the rest.
const cut = Math.max(2, Math.floor(labels.length / 3));
const on = labels.slice(0, cut);
const heldOut = labels.slice(cut);
const roster = truth.map((n) => n / 0.8);
const calibration = calibrate(records, { on, roster, replications: Math.max(5, Math.round(replications / 4)) });
console.log(`\nCalibration of availability on ${on.length} days (truth 0.8): ${calibration.value.toFixed(3)}, bracket [${calibration.bracket.map((x) => x.toFixed(3)).join(', ')}], observed abandonment ${pct(calibration.observed)} %, simulated ${pct(calibration.simulated)} %`);
const variants: [string, Parameters<typeof replayDays>[1]][] = [
  ['calibrated (roster × calibrated availability)', { roster, availability: calibration.value }],
  ['true factor 0.8 (roster × 0.8)', { roster, availability: 0.8 }],
  ['agents seen', { staffing: 'seen' }],
  ['busy time', { staffing: 'busy' }],
  ['work sessions', { staffing: 'sessions' }],
];
for (const [label, options] of variants) {
  const replay = replayDays(records, { ...options, days: heldOut, fitDays: on, replications });
  const comparison = compareReplay(replay);
  console.log(`\nHeld-out days (${heldOut.length}), staffing: ${label}, ${replications} replications per day:`);
  console.log('  measure       MAE model   MAE persistence   bias    band coverage');
  for (const row of comparison.summary) {
    if (row.measure === 'offered') continue;
    const show = row.measure === 'asa' ? (x: number | null) => (x === null ? '-' : `${x.toFixed(1)} s`) : (x: number | null) => `${pct(x)} pt`;
    console.log(`  ${row.measure.padEnd(12)} ${show(row.modelErrorOnPersistenceDays).padStart(10)} ${show(row.persistenceError).padStart(16)} ${show(row.bias).padStart(9)} ${pct(row.bandCoverage).padStart(10)} %`);
  }
  let inBand = 0;
  let cells = 0;
  for (const d of comparison.days) for (const hour of d.hours) for (const c of hour) if (c.measure !== 'offered' && c.inBand !== null && c.observed !== null) {
    cells++;
    if (c.inBand) inBand++;
  }
  console.log(`  hourly band coverage: ${pct(inBand / cells)} % of ${cells} hour × measure cells`);
}

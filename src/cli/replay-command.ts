import { Option, type Command } from 'commander';
import { stringify } from 'yaml';
import { CALIBRATION_TARGETS, CALIBRATION_UNKNOWNS, type CalibrationResult, type CalibrationTarget, type CalibrationUnknown } from '../records/calibrate';
import { calibrateJointly, type CalibrationPair } from '../records/calibrate-jointly';
import { checkDays, daysOf, replayDays, type ReplayOptions, type ReplayResult } from '../records/replay';
import { compareReplay } from '../records/replay-comparison';
import { STAFFING_ESTIMATES, type StaffingEstimateName } from '../records/staffing-inference';
import { renderReplayHtml } from '../report/replay-html';
import { formatReplayTables, replayCsv, replayDocument } from '../report/replay-output';
import { CliError, parseSeed, positiveInteger } from './cli-error';
import { emit, type CliIo } from './cli-io';
import { writeReport } from './html-output';
import { checkOutputFiles, writeOutputFile } from './output-file';
import { formatOption, type OutputFormat } from './output-format';
import { loadMapping, loadRecords } from './replay-inputs';

interface ReplayFlags {
  mapping: string;
  days?: string;
  on?: string;
  calibrate?: CalibrationUnknown;
  target: CalibrationTarget;
  staffing: StaffingEstimateName;
  availability?: string;
  sessionGap: string;
  handleTime: 'empirical' | 'lognormal';
  patience: 'exponential' | 'weibull';
  arrivals: 'trace' | 'profile';
  replications: string;
  seed: string;
  format: OutputFormat;
  out?: string;
  report?: string;
  writeScenario?: string;
  hourly: boolean;
}

function dayList(flag: string, text: string): string[] {
  const days = text.split(',').map((d) => d.trim()).filter((d) => d !== '');
  if (days.length === 0) throw new CliError(`${flag}: expected a comma-separated list of days, got '${text}'`);
  return days;
}

function positiveNumber(flag: string, text: string): number {
  const x = Number(text);
  if (text.trim() === '' || !Number.isFinite(x) || x <= 0) throw new CliError(`${flag}: expected a positive number, got '${text}'`);
  return x;
}

function daysChecked(records: Parameters<typeof checkDays>[0], flag: string, days: readonly string[]): void {
  try {
    checkDays(records, days, flag);
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(error.message);
    throw error;
  }
}

/** Adds `routelab replay <records>` to the program. */
export function addReplayCommand(program: Command, io: CliIo): void {
  program
    .command('replay')
    .description('replay days of call records through the simulator and compare simulated with observed, per day and per hour')
    .argument('<records>', 'call-record file (CSV)')
    .requiredOption('--mapping <name|file>', 'column mapping: a built-in name (bank, routelab) or a YAML/JSON mapping file')
    .option('--days <list>', 'days to replay, comma-separated (default: every day, or the days not in --on)')
    .option('--calibrate <unknowns>', `calibrate unknowns on the --on days first, comma-separated: ${CALIBRATION_UNKNOWNS.join(', ')}`)
    .option('--on <list>', 'calibration days, comma-separated (with --calibrate)')
    .option('--target <measures>', `the measure each unknown matches, comma-separated: ${CALIBRATION_TARGETS.join(', ')} (default abandonment, for one unknown)`)
    .addOption(new Option('--staffing <estimate>', 'staffing estimate behind the agents on duty').choices(STAFFING_ESTIMATES).default('sessions'))
    .option('--availability <factor>', 'share of the estimated agents available for calls (default 1, or the calibrated value)')
    .option('--session-gap <seconds>', 'longest gap between two services of one work session', '1800')
    .addOption(new Option('--handle-time <model>', 'handle times: the observed ones, or a fitted lognormal').choices(['empirical', 'lognormal']).default('empirical'))
    .addOption(new Option('--patience <model>', 'patience fitted from censored waits').choices(['exponential', 'weibull']).default('exponential'))
    .addOption(new Option('--arrivals <model>', "arrivals: the day's observed times, or Poisson at the fit days' profile × the day's busyness").choices(['trace', 'profile']).default('trace'))
    .option('--replications <r>', 'replications per day (and per calibration candidate: a third of it, at least 5)', '30')
    .option('--seed <n>', 'master seed (integer)', '1')
    .addOption(formatOption(['table', 'json', 'csv'], 'table'))
    .option('--out <file>', 'write the output to a file instead of stdout')
    .option('--report <file>', 'also write an HTML page: observed over the simulated band, hour by hour')
    .option('--write-scenario <file>', 'write the scenario of the replayed day as YAML (with several days, the file name must contain {day})')
    .option('--no-hourly', 'leave the hour-by-hour tables out of the table output')
    .action((file: string, flags: ReplayFlags) => runReplay(io, file, flags));
}

function runReplay(io: CliIo, file: string, flags: ReplayFlags): void {
  const replications = positiveInteger('--replications', flags.replications);
  const seed = parseSeed(flags.seed);
  const sessionGap = Number(flags.sessionGap);
  if (flags.sessionGap.trim() === '' || !Number.isFinite(sessionGap) || sessionGap < 0) throw new CliError(`--session-gap: expected a number of seconds ≥ 0, got '${flags.sessionGap}'`);
  const availability = flags.availability === undefined ? undefined : positiveNumber('--availability', flags.availability);
  if (flags.calibrate !== undefined && flags.on === undefined) throw new CliError('--calibrate: give the calibration days with --on');
  if (flags.on !== undefined && flags.calibrate === undefined) throw new CliError('--on: only with --calibrate');
  const pairs = calibrationPairs(flags);
  if (pairs.some((p) => p.unknown === 'availability') && availability !== undefined) throw new CliError('--availability: not with --calibrate availability (the calibration sets it)');
  const outputs = checkOutputFiles({ '--out': flags.out, '--report': flags.report, '--write-scenario': flags.writeScenario });
  outputs.refuseInput(file, 'the record file');
  const { mapping, file: mappingFile } = loadMapping(flags.mapping);
  if (mappingFile !== undefined) outputs.refuseInput(mappingFile, 'the mapping file');
  const imported = loadRecords(file, mapping);
  for (const d of imported.dropped) io.stderr.write(`note: ${file}: ${d.rows} row${d.rows === 1 ? '' : 's'} dropped: ${d.reason} (first at line ${d.firstLine})\n`);
  const on = flags.on === undefined ? undefined : dayList('--on', flags.on);
  if (on !== undefined) daysChecked(imported.records, '--on', on);
  let days = flags.days === undefined ? undefined : dayList('--days', flags.days);
  if (days !== undefined) daysChecked(imported.records, '--days', days);
  if (days === undefined && on !== undefined) {
    days = daysOf(imported.records).filter((d) => !on.includes(d));
    if (days.length === 0) {
      io.stderr.write('note: every day is a calibration day, so the replay below is in-sample (no held-out day to check on)\n');
      days = on;
    }
  }
  if (flags.writeScenario !== undefined && (days ?? imported.days).length > 1 && !flags.writeScenario.includes('{day}')) {
    throw new CliError(`--write-scenario: ${(days ?? imported.days).length} days are replayed; put {day} in the file name to write one scenario per day`);
  }
  const base: ReplayOptions = { staffing: flags.staffing, sessionGap, handleTime: flags.handleTime, patience: flags.patience, arrivals: flags.arrivals, replications, seed, ...(availability === undefined ? {} : { availability }) };
  let calibrations: readonly CalibrationResult[] = [];
  let calibrated: Partial<Record<CalibrationUnknown, number>> = {};
  if (pairs.length > 0 && on !== undefined) {
    io.stderr.write(`calibrating ${pairs.map((p) => `${p.unknown} to ${p.target}`).join(', ')} on ${on.join(', ')}...\n`);
    const joint = calibrateJointly(imported.records, { ...base, replications: Math.max(5, Math.ceil(replications / 3)), on, pairs });
    calibrations = joint.results;
    calibrated = joint.values;
  }
  const replay = replayDays(imported.records, {
    ...base,
    ...(days === undefined ? {} : { days }),
    ...(on === undefined ? {} : { fitDays: on }),
    ...calibrated,
  });
  const comparison = compareReplay(replay);
  const notes = preamble(file, imported.rows, imported.records.length, imported.dropped.length, replay);
  for (const w of replay.fits.warnings) io.stderr.write(`warning: ${w}\n`);
  const text =
    flags.format === 'json'
      ? replayDocument(comparison, { records: file, mapping: mapping.name, options: replay.options, calibrations, dropped: imported.dropped, staffing: replay.days.map((d) => ({ day: d.day, ...d.estimates, plan: d.plan })), warnings: replay.fits.warnings })
      : flags.format === 'csv'
        ? replayCsv(comparison)
        : formatReplayTables(comparison, { preamble: notes, hourly: flags.hourly, calibrations });
  emit(io, text, flags.out);
  if (flags.report !== undefined) writeReport(io, flags.report, renderReplayHtml(comparison, notes));
  if (flags.writeScenario !== undefined) {
    for (const d of replay.days) {
      const target = flags.writeScenario.replaceAll('{day}', d.day);
      writeOutputFile('--write-scenario', target, `# routelab replay of ${d.day} from ${file} (mapping ${mapping.name})\n${stringify(d.scenario, { lineWidth: 0, flowCollectionPadding: false })}`);
      io.stderr.write(`scenario written to ${target}\n`);
    }
  }
}

/** The `--calibrate` unknowns with their `--target` measures. */
function calibrationPairs(flags: ReplayFlags): CalibrationPair[] {
  if (flags.calibrate === undefined) {
    if (flags.target !== undefined) throw new CliError('--target: only with --calibrate');
    return [];
  }
  const unknowns = dayList('--calibrate', flags.calibrate);
  for (const u of unknowns) {
    if (!(CALIBRATION_UNKNOWNS as readonly string[]).includes(u)) throw new CliError(`--calibrate: unknown '${u}'; choose from ${CALIBRATION_UNKNOWNS.join(', ')}`);
  }
  if (new Set(unknowns).size !== unknowns.length) throw new CliError('--calibrate: an unknown is given twice');
  const targets = flags.target === undefined ? (unknowns.length === 1 ? ['abandonment'] : []) : dayList('--target', flags.target);
  if (targets.length !== unknowns.length) throw new CliError(`--target: give one measure per unknown (${unknowns.length}), comma-separated, e.g. --target asa,abandonment`);
  for (const t of targets) {
    if (!(CALIBRATION_TARGETS as readonly string[]).includes(t)) throw new CliError(`--target: unknown measure '${t}'; choose from ${CALIBRATION_TARGETS.join(', ')}`);
  }
  return unknowns.map((u, i) => ({ unknown: u as CalibrationUnknown, target: targets[i] as CalibrationTarget }));
}

function preamble(file: string, rows: number, offered: number, dropReasons: number, replay: ReplayResult): string[] {
  const f = replay.fits;
  const o = replay.options;
  const staffing = replay.days.map((d) => {
    const sum = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0) * (o.interval / 3600);
    return `${d.day}: seen ${sum(d.estimates.seen).toFixed(0)}, busy ${sum(d.estimates.busy).toFixed(0)}, sessions ${sum(d.estimates.sessions).toFixed(0)}, simulated ${sum(d.plan).toFixed(0)} agent-hours`;
  });
  return [
    `Records: ${file}, ${rows} rows, ${offered} contacts offered to agents${dropReasons > 0 ? ' (the rest dropped, counted on stderr)' : ''}.`,
    `Model: arrivals ${o.arrivals === 'trace' ? 'as observed (trace)' : "Poisson at the fit days' profile × each day's busyness"}; handle time ${o.handleTime} (sample mean ${f.handleTimeMean.toFixed(1)} s, lognormal fit mean ${f.lognormal.mean.toFixed(1)} s) × ${o.handleTimeScale}; fitted on ${o.fitDays.join(', ')}.`,
    `Patience (${o.patience} used, × ${o.patienceScale}), from ${f.patienceFit.abandoned} abandoned of ${f.patienceFit.waiting} (censored MLE): exponential mean ${f.patienceFit.mean.toFixed(1)} s; ${f.weibullFit === null ? 'Weibull not fitted' : `Weibull shape ${f.weibullFit.shape.toFixed(2)}, scale ${f.weibullFit.scale.toFixed(1)} s, mean ${f.weibullFit.mean.toFixed(1)} s`}; Kaplan–Meier mean over the first ${f.patienceHorizon.toFixed(0)} s ${f.patienceRestrictedMean.toFixed(1)} s.`,
    ...f.segments.map((s) => `  segment ${s.name}: ${(100 * s.share).toFixed(1)} % of offered, ${s.patienceFit.abandoned} abandoned of ${s.offered}: exponential mean ${s.patienceFit.mean.toFixed(1)} s${s.weibullFit === null ? '' : `; Weibull shape ${s.weibullFit.shape.toFixed(2)}, scale ${s.weibullFit.scale.toFixed(1)} s`} (own patience, same routing priority)`),
    `Staffing: ${o.staffing} estimate × availability ${o.availability.toFixed(3)}, per ${o.interval / 60} min; ${replay.options.replications} replications per day, seed ${o.seed}.`,
    ...staffing.map((s) => `  ${s}`),
  ];
}

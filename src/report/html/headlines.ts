import { metricPath } from '../../experiment/metric-paths';
import { CHANNELS } from '../../model/channel';
import { unionNames, type DesignView } from './design-view';
import type { MetricUnit } from './format';

/**
 * Which metrics the report's tables show, with labels, units and which direction is better.
 *
 * @module
 */

/** One row of a metric table. */
export interface MetricRow {
  /** Metric path in the experiment's summary. */
  readonly path: string;
  readonly label: string;
  readonly unit: MetricUnit;
  /** Which direction of a difference is an improvement; null when neither is. */
  readonly better: 'higher' | 'lower' | null;
}

/** Rows under a heading. */
export interface MetricSection {
  readonly title: string;
  readonly rows: readonly MetricRow[];
}

/** The headline metrics of the whole center (ASA comes by channel, see {@link asaRows}). */
export const OVERALL_HEADLINES: readonly MetricRow[] = [
  { path: 'journey.overall.fcr', label: 'First-contact resolution (FCR)', unit: 'percent', better: 'higher' },
  { path: 'overall.serviceLevel', label: 'Service level', unit: 'percent', better: 'higher' },
  { path: 'overall.abandonmentRate', label: 'Abandonment rate', unit: 'percent', better: 'lower' },
  { path: 'journey.overall.repeatContactRate', label: 'Repeat-contact rate', unit: 'percent', better: 'lower' },
  { path: 'agents.occupancy', label: 'Agent occupancy', unit: 'percent', better: null },
  { path: 'overall.offered', label: 'Contacts offered', unit: 'count', better: null },
];

/**
 * ASA rows: one per channel when the designs have several (a center-wide ASA would mix the seconds
 * of a call with the hours of an e-mail backlog), else the center's.
 */
export function asaRows(channels: readonly string[]): MetricRow[] {
  if (channels.length <= 1) return [{ path: 'overall.asa', label: 'Average speed of answer (ASA)', unit: 'seconds', better: 'lower' }];
  return channels.map((channel) => ({ path: metricPath('byChannel', channel, 'asa'), label: `ASA — ${channel}`, unit: 'seconds', better: 'lower' }));
}

/**
 * Customer effort, the three things customers leave over: how many contacts an issue takes, how
 * long it takes in all, and how often they had to repeat themselves.
 */
export const CUSTOMER_EFFORT: readonly MetricRow[] = [
  { path: 'journey.overall.contactsPerResolvedIssue', label: 'Contacts per resolved issue', unit: 'count', better: 'lower' },
  { path: 'journey.overall.meanCustomerTimePerIssue', label: 'Customer time per issue (waiting and handling)', unit: 'seconds', better: 'lower' },
  { path: 'journey.overall.repeatedInformation', label: 'Times customers repeated their story', unit: 'count', better: 'lower' },
  { path: 'journey.overall.gaveUp', label: 'Issues given up unresolved', unit: 'count', better: 'lower' },
];

/** The rows of one contact type that offers callbacks. */
export function callbackRows(type: string): MetricRow[] {
  return [
    { path: metricPath('callbacks', type, 'offered'), label: `Callbacks offered — ${type}`, unit: 'count', better: null },
    { path: metricPath('callbacks', type, 'acceptanceRate'), label: `Callbacks accepted / offered — ${type}`, unit: 'percent', better: null },
    { path: metricPath('callbacks', type, 'promiseKeptRate'), label: `Callback promises kept — ${type}`, unit: 'percent', better: 'higher' },
  ];
}

/** The rows of one contact type in the by-type table. */
export function contactTypeRows(type: string): MetricRow[] {
  return [
    { path: metricPath('byContactType', type, 'serviceLevel'), label: 'Service level', unit: 'percent', better: 'higher' },
    { path: metricPath('byContactType', type, 'asa'), label: 'ASA', unit: 'seconds', better: 'lower' },
    { path: metricPath('byContactType', type, 'abandonmentRate'), label: 'Abandonment rate', unit: 'percent', better: 'lower' },
  ];
}

/** True when at least one design has a value for the row. */
export function rowHasData(views: readonly DesignView[], row: MetricRow): boolean {
  return views.some((v) => {
    const s = v.metric(row.path);
    return s !== undefined && s.mean !== null;
  });
}

/**
 * The sections of the headline table: the whole center, then the callbacks of each contact type
 * that offers them. Rows no design has a value for are left out.
 */
export function headlineSections(views: readonly DesignView[]): MetricSection[] {
  const callbackTypes = unionNames(views, (m) => m.contactTypes.filter((t) => t.callback !== null).map((t) => t.name));
  const sections: MetricSection[] = [
    { title: 'Whole center', rows: OVERALL_HEADLINES },
    { title: 'Average speed of answer', rows: asaRows(unionNames(views, (m) => m.contactTypes.map((t) => CHANNELS[t.channel]!))) },
    { title: 'Customer effort', rows: CUSTOMER_EFFORT },
    ...(callbackTypes.length === 0 ? [] : [{ title: 'Callbacks', rows: callbackTypes.flatMap(callbackRows) }]),
  ];
  return sections.map((s) => ({ ...s, rows: s.rows.filter((r) => rowHasData(views, r)) })).filter((s) => s.rows.length > 0);
}

/** The sections of the by-contact-type table, one per contact type. */
export function contactTypeSections(views: readonly DesignView[]): MetricSection[] {
  return unionNames(views, (m) => m.contactTypes.map((t) => t.name))
    .map((name) => ({ title: name, rows: contactTypeRows(name).filter((r) => rowHasData(views, r)) }))
    .filter((s) => s.rows.length > 0);
}

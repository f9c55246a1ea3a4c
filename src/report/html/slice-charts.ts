import { metricPath } from '../../experiment/metric-paths';
import { CHANNELS } from '../../model/channel';
import type { ModelDefinition } from '../../model/definition';
import { hasBarData, renderBarChart, type BarCategory, type BarGroup } from './bar-chart';
import { renderFigure } from './chart-frame';
import { unionNames, type DesignView } from './design-view';
import { formatValue } from './format';
import { shareTicks } from './ticks';

/**
 * Charts (d) and (e): journey metrics by customer segment and by channel, occupancy by agent group
 * and by site, as grouped bars.
 *
 * @module
 */

/** Channels used by the model's contact types, in channel order. */
export function usedChannels(model: ModelDefinition): string[] {
  return CHANNELS.filter((_, id) => model.contactTypes.some((t) => t.channel === id));
}

function categories(views: readonly DesignView[], names: readonly string[], path: (name: string) => string): BarCategory[] {
  return names.map((name) => ({
    label: name,
    values: views.map((v) => {
      const s = v.metric(path(name));
      return s === undefined || s.mean === null ? null : { mean: s.mean, lower: s.lower, upper: s.upper };
    }),
  }));
}

function barFigure(views: readonly DesignView[], id: string, title: string, caption: string, xLabel: string, groups: BarGroup[], emptyNote: string): string {
  const svg = hasBarData(groups)
    ? renderBarChart({ label: title, series: views, groups, xDomain: [0, 1], xTicks: shareTicks(), xLabel, format: (v) => formatValue(v, 'percent') })
    : null;
  return renderFigure({ id, title, caption, svg, emptyNote, legend: views, swatch: 'bar' });
}

function journeyGroups(views: readonly DesignView[], field: string): BarGroup[] {
  const segments = unionNames(views, (m) => m.segments.map((s) => s.name));
  const channels = unionNames(views, usedChannels);
  return [
    { title: 'By customer segment', categories: categories(views, segments, (n) => metricPath('journey', 'bySegment', n, field)) },
    { title: 'By channel of the first contact', categories: categories(views, channels, (n) => metricPath('journey', 'byChannel', n, field)) },
  ];
}

/** Chart (d1): first-contact resolution by segment and by channel. */
export function fcrChart(views: readonly DesignView[]): string {
  return barFigure(
    views,
    'fcr',
    'First-contact resolution by segment and channel',
    'Share of issues resolved by their first contact, among first contacts that ended (served, abandoned or blocked); error bars are confidence intervals.',
    'first-contact resolution',
    journeyGroups(views, 'fcr'),
    'no issue had its first contact end.',
  );
}

/** Chart (d2): repeat-contact rate by segment and by channel. */
export function repeatContactChart(views: readonly DesignView[]): string {
  return barFigure(
    views,
    'repeat-contacts',
    'Repeat-contact rate by segment and channel',
    'Share of all contacts about the issues of a slice that were a customer coming back about an open issue (transfers excluded); error bars are confidence intervals.',
    'repeat-contact rate',
    journeyGroups(views, 'repeatContactRate'),
    'no issue had any contact.',
  );
}

/** Chart (e): occupancy by agent group and by site. */
export function agentOccupancyChart(views: readonly DesignView[]): string {
  const groups = unionNames(views, (m) => m.agentGroups.map((g) => g.name));
  const sites = unionNames(views, (m) => m.sites.map((s) => s.name));
  return barFigure(
    views,
    'agent-occupancy',
    'Occupancy by agent group and site',
    'Share of the logged-on time the agents spent holding at least one contact (in service or wrap-up), over the whole run; error bars are confidence intervals.',
    'occupancy',
    [
      { title: 'By agent group', categories: categories(views, groups, (n) => metricPath('byAgentGroup', n, 'occupancy')) },
      { title: 'By site', categories: categories(views, sites, (n) => metricPath('bySite', n, 'occupancy')) },
    ],
    'no agent was logged on.',
  );
}

import { metricPath } from '../../experiment/metric-paths';
import { scenarioOptimizeSettings } from '../../optimize/optimize-settings';
import type { StaffingTarget } from '../../scenario/target-spec';
import type { DesignView } from './design-view';
import { formatValue } from './format';
import { intervalChart } from './interval-charts';
import type { ReferenceLine } from './line-chart';

/**
 * Occupancy of each agent group over the day: one chart per group (when the scenario has more
 * than one), a line per design, from the detailed metrics
 * (`detailed.byAgentGroupAndInterval.<group>.intervals.<k>.occupancy`, which `routelab compare`
 * measures for an HTML report, `routelab run` with `--detailed-metrics`), with the scenario's
 * occupancy targets (its `optimize.targets`) as red dashed lines.
 *
 * @module
 */

/** The path of group `group`'s occupancy in interval `i`, in the detailed metrics. */
function groupOccupancyPath(group: string): (i: number) => string {
  return (i) => metricPath('detailed', 'byAgentGroupAndInterval', group, 'intervals', i, 'occupancy');
}

/** The occupancy targets of a design's `optimize` block, read as `routelab optimize` reads them (none when the block cannot be read). */
function occupancyTargets(view: DesignView): StaffingTarget[] {
  try {
    return (scenarioOptimizeSettings(view.scenario)?.targets ?? []).filter((t) => t.metric === 'occupancy');
  } catch {
    return [];
  }
}

/**
 * The occupancy targets that bound group `group` (its own, and those of all agents together), one
 * line per distinct bound, naming the designs that set it when the designs differ.
 */
export function groupOccupancyTargets(views: readonly DesignView[], group: string): ReferenceLine[] {
  const byValue = new Map<number, string[]>();
  for (const v of views) {
    for (const t of occupancyTargets(v)) {
      if (t.agentGroup !== undefined && t.agentGroup !== group) continue;
      const designs = byValue.get(t.value) ?? [];
      if (!designs.includes(v.name)) designs.push(v.name);
      byValue.set(t.value, designs);
    }
  }
  return [...byValue.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([value, designs]) => ({
      y: value,
      label: `target: at most ${formatValue(value, 'percent')}${designs.length < views.length ? ` (${designs.join(', ')})` : ''}`,
    }));
}

/** Chart (b1): occupancy over the day of each agent group on its own; none with a single group or without the detailed metrics. */
export function groupOccupancyCharts(views: readonly DesignView[]): string[] {
  const groups: string[] = [];
  for (const v of views) for (const g of v.model.agentGroups) if (!groups.includes(g.name)) groups.push(g.name);
  if (groups.length < 2) return [];
  const charts: string[] = [];
  groups.forEach((group, k) => {
    const pathOf = groupOccupancyPath(group);
    if (!views.some((v) => v.metric(pathOf(0)) !== undefined)) return;
    const rules = groupOccupancyTargets(views, group);
    charts.push(
      intervalChart(views, {
        field: 'occupancy',
        pathOf,
        id: `occupancy-group-${k}`,
        title: `Occupancy over the day: ${group}`,
        caption: `Share of the ${group} agents' logged-on time spent holding a contact (in service or wrap-up), per interval. The line is the mean over the replications, the band its confidence interval${rules.length > 0 ? ', the red dashed line the occupancy target of the scenario’s optimize settings' : ''}. Gaps are intervals without ${group} agents on duty.`,
        yLabel: 'occupancy',
        emptyNote: `no interval had ${group} agents on duty.`,
        ...(rules.length === 0 ? {} : { rules }),
      }),
    );
  });
  return charts;
}

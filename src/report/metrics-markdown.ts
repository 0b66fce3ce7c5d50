/**
 * The metrics part of a report issue: per metric a table (issues and pull requests apart: count,
 * median, 90th percentile), the slowest items linked, and a Mermaid chart of the weekly median.
 */
import type { MetricSpec } from '../model/activity.js';
import { itemName, type Forge } from '../model/item-name.js';
import { mermaidLabel } from './charts.js';
import { escapeCell, table } from './markdown.js';
import type { Figures, MetricResult, MetricsResult } from './metrics.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function metricName(spec: MetricSpec): string {
  return spec.kind === 'time-in-label' ? `Time in label ${spec.label}` : TITLES[spec.kind];
}

const TITLES = {
  'time-to-first-response': 'Time to first response',
  'time-to-close': 'Time to close',
} as const;

const COUNTED = {
  'time-to-first-response': 'created in the period and answered',
  'time-to-close': 'closed in the period',
  'time-in-label': 'that carried the label in the period',
} as const;

/** The section, '' when the report asks for no metrics. */
export function metricsSection(
  result: MetricsResult | undefined,
  periodText: string,
  forge: Forge = 'github',
): string {
  if (!result || result.metrics.length === 0) return '';
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const parts = [
    '### Metrics',
    `Over the last ${periodText} (${day(result.from)} to ${day(result.to)}). Median and 90th percentile ` +
      'with linear interpolation; issues and pull requests apart.',
  ];
  for (const metric of result.metrics) parts.push(...metricParts(metric, forge));
  return parts.join('\n\n');
}

function metricParts(metric: MetricResult, forge: Forge): string[] {
  const name = metricName(metric.spec);
  const row = (kind: string, f: Figures) => [kind, String(f.count), span(f.median), span(f.p90)];
  const parts = [
    `#### ${escapeCell(name)}`,
    table(
      [`Items ${COUNTED[metric.spec.kind]}`, 'Count', 'Median', '90th percentile'],
      [row('Issues', metric.issue), row('Pull requests', metric.pull_request)],
    ),
  ];
  const { issue, pull_request } = metric.waiting;
  if (issue + pull_request > 0) {
    parts.push(
      `Still without a response (not in the figures): ${issue} issue${issue === 1 ? '' : 's'}, ` +
        `${pull_request} pull request${pull_request === 1 ? '' : 's'}.`,
    );
  }
  if (metric.slowest.length > 0) {
    parts.push(
      'Slowest:\n' +
        metric.slowest
          .map(
            (m) =>
              `- [${itemName({ type: m.item.kind, number: m.item.number }, forge)}](${m.item.url}) ${escapeCell(m.item.title)}: ${span(m.value)}` +
              (m.running
                ? metric.spec.kind === 'time-in-label'
                  ? ' so far (still labelled)'
                  : ' so far (no response yet)'
                : ''),
          )
          .join('\n'),
    );
  }
  const chart = trendChart(metric);
  if (chart) parts.push(chart);
  return parts;
}

/**
 * Weekly medians in hours: bars for issues, a line for pull requests (Mermaid's XY chart has no
 * legend, so the title says which is which). A week without an item shows 0.
 */
function trendChart(metric: MetricResult): string {
  const { trend } = metric;
  const hasIssues = trend.some((w) => w.issue.count > 0);
  const hasPulls = trend.some((w) => w.pull_request.count > 0);
  if (!hasIssues && !hasPulls) return '';
  const hours = (f: Figures) => (f.median === null ? 0 : Math.round((f.median / HOUR) * 10) / 10);
  const issues = trend.map((w) => hours(w.issue));
  const pulls = trend.map((w) => hours(w.pull_request));
  const top = Math.max(1, ...(hasIssues ? issues : []), ...(hasPulls ? pulls : []));
  const which = [hasIssues ? 'issues (bars)' : '', hasPulls ? 'pull requests (line)' : '']
    .filter(Boolean)
    .join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${mermaidLabel(`${metricName(metric.spec)}, weekly median: ${which}`)}`,
    `  x-axis [${trend.map((w) => mermaidLabel(`from ${new Date(w.start).toISOString().slice(5, 10)}`)).join(', ')}]`,
    `  y-axis "Hours" 0 --> ${Math.ceil(top)}`,
    ...(hasIssues ? [`  bar [${issues.join(', ')}]`] : []),
    ...(hasPulls ? [`  line [${pulls.join(', ')}]`] : []),
    '```',
  ].join('\n');
}

/** `3d 4h`, `5h 20m`, `12m`, `< 1m`; an em dash when there is no figure. */
export function span(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 60_000) return '< 1m';
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / 60_000);
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`;
  return `${minutes}m`;
}

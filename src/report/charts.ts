/**
 * Charts as Mermaid blocks, which GitHub (and GitLab) render in Markdown: open items by age (issues
 * and pull requests apart) and items changed per rule. Syntax of Mermaid's XY chart
 * (https://mermaid.js.org/syntax/xyChart.html): `xychart-beta`, an optional `horizontal`, a quoted
 * `title`, `x-axis [categories]`, `y-axis "label" min --> max`, `bar [values]`. No chart when there is
 * nothing to show.
 */
import { AGE_BUCKETS, type AgeCensus } from './ages.js';

/** More bars than this stop being readable; the chart shows the largest and says so. */
export const MAX_RULE_BARS = 20;

const AGE_TITLES: Record<keyof AgeCensus, string> = {
  issue: 'Open issues by age',
  pull_request: 'Open pull requests by age',
};

/** One bar chart per item type that has open items; '' when the walk saw none. */
export function ageCharts(census: AgeCensus | undefined): string {
  if (!census) return '';
  return (['issue', 'pull_request'] as const)
    .filter((type) => census[type].some((n) => n > 0))
    .map((type) =>
      barChart({
        title: AGE_TITLES[type],
        categories: AGE_BUCKETS.map((b) => b.label),
        values: census[type],
        axis: type === 'issue' ? 'Issues' : 'Pull requests',
      }),
    )
    .join('\n\n');
}

/** Items each rule changed (or would change), rules with none left out; '' when no rule changed any. */
export function rulesChart(counts: ReadonlyMap<string, number>, verb: string): string {
  const rules = [...counts].filter(([, n]) => n > 0);
  if (rules.length === 0) return '';
  // The largest first keeps the chart's story in its first bars; ties keep the rules file's order.
  const shown = rules
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry[1] - a.entry[1] || a.index - b.index)
    .slice(0, MAX_RULE_BARS)
    .map(({ entry }) => entry);
  const chart = barChart({
    title: `Items ${verb} per rule`,
    categories: shown.map(([rule]) => rule),
    values: shown.map(([, n]) => n),
    axis: 'Items',
    horizontal: true,
  });
  const left = rules.length - shown.length;
  return left > 0 ? `${chart}\n\n${left} more rule${left === 1 ? '' : 's'} changed fewer items.` : chart;
}

interface BarChart {
  title: string;
  categories: readonly string[];
  values: readonly number[];
  axis: string;
  horizontal?: boolean;
}

function barChart(chart: BarChart): string {
  // Whole items: a y-axis from 0 to the largest count, never 0 --> 0.
  const top = Math.max(1, ...chart.values);
  return [
    '```mermaid',
    `xychart-beta${chart.horizontal ? ' horizontal' : ''}`,
    `  title ${mermaidLabel(chart.title)}`,
    `  x-axis [${chart.categories.map(mermaidLabel).join(', ')}]`,
    `  y-axis ${mermaidLabel(chart.axis)} 0 --> ${top}`,
    `  bar [${chart.values.join(', ')}]`,
    '```',
  ].join('\n');
}

/**
 * A Mermaid string: double-quoted, on one line. Labels can come from a result file someone else wrote
 * (rule ids in `sift merge`), so nothing in one may end the string or the line (and with it the
 * ```mermaid block), or be read as HTML where Mermaid renders labels: quotes, backticks, line breaks and
 * other control characters, and every `<` become harmless look-alikes or spaces. Every `<`, not only
 * one that could open a tag: Mermaid's renderer escapes it and then shows the escape, `&lt;` (the
 * tests render each chart with the real `mermaid` to hold labels to what they say).
 */
export function mermaidLabel(text: string): string {
  const inert = text
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/["`]/g, "'")
    .replace(/</g, '\u2039')
    .replace(/&/g, '\uff06')
    .replace(/#/g, '\u266f');
  return `"${inert}"`;
}

/**
 * Charts as Mermaid blocks, which GitHub (and GitLab) render in Markdown: open items by age (issues
 * and pull requests apart) and items changed per rule. Syntax of Mermaid's XY chart
 * (https://mermaid.js.org/syntax/xyChart.html): `xychart-beta`, an optional `horizontal`, a quoted
 * `title`, `x-axis [categories]`, `y-axis "label" min --> max`, `bar [values]`. No chart when there is
 * nothing to show.
 */
import { type AgeCensus } from './ages.js';
/** More bars than this stop being readable; the chart shows the largest and says so. */
export declare const MAX_RULE_BARS = 20;
/** One bar chart per item type that has open items; '' when the walk saw none. */
export declare function ageCharts(census: AgeCensus | undefined): string;
/** Items each rule changed (or would change), rules with none left out; '' when no rule changed any. */
export declare function rulesChart(counts: ReadonlyMap<string, number>, verb: string): string;
/**
 * A Mermaid string: double-quoted, on one line. Labels can come from a result file someone else wrote
 * (rule ids in `sift merge`), so nothing in one may end the string or the line (and with it the
 * ```mermaid block), or be read as HTML where Mermaid renders labels: quotes, backticks, line breaks and
 * other control characters, and every `<` become harmless look-alikes or spaces. Every `<`, not only
 * one that could open a tag: Mermaid's renderer escapes it and then shows the escape, `&lt;` (the
 * tests render each chart with the real `mermaid` to hold labels to what they say).
 */
export declare function mermaidLabel(text: string): string;

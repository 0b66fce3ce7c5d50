/**
 * Reads the Mermaid XY charts out of Markdown, checking each line against the XY chart syntax of
 * Mermaid's documentation (https://mermaid.js.org/syntax/xyChart.html) and its grammar
 * (packages/mermaid/src/diagrams/xychart/parser/xychart.jison): `xychart-beta` with an optional
 * orientation, `title` and a quoted string (anything but `"`), `x-axis` with a band of quoted strings
 * in brackets, `y-axis` with a quoted title and `min --> max`, `bar` and/or `line` with numbers in
 * brackets (a decimal point allowed). Sift writes only this subset, one statement a line; a block
 * outside it fails the test.
 */
export interface XyChart {
  title: string;
  horizontal: boolean;
  categories: string[];
  axisMax: number;
  /** The bar's values; [] when the chart has only a line. */
  values: number[];
  /** The line's values, when the chart has one (report metrics: pull requests). */
  line?: number[];
}

export function mermaidCharts(markdown: string): XyChart[] {
  const blocks = [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);
  return blocks.map((block) => {
    const lines = block.split('\n').map((l) => l.trim());
    const head = /^xychart-beta( horizontal)?$/.exec(lines[0]);
    const title = /^title "([^"]*)"$/.exec(lines[1]);
    const x = /^x-axis \[((?:"[^"]*"(?:, )?)+)\]$/.exec(lines[2]);
    const y = /^y-axis "[^"]*" 0 --> (\d+)$/.exec(lines[3]);
    const series = lines.slice(4).map((l) => /^(bar|line) \[(\d+(?:\.\d+)?(?:, \d+(?:\.\d+)?)*)\]$/.exec(l));
    const kinds = series.map((m) => m?.[1]);
    const wellFormed =
      series.length >= 1 &&
      series.every(Boolean) &&
      (kinds.join() === 'bar' || kinds.join() === 'line' || kinds.join() === 'bar,line');
    if (!head || !title || !x || !y || !wellFormed) {
      throw new Error(`not a Mermaid XY chart as documented:\n${block}`);
    }
    const categories = [...x[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    const numbers = (kind: string) =>
      series
        .find((m) => m![1] === kind)?.[2]
        .split(', ')
        .map(Number);
    const values = numbers('bar') ?? [];
    const line = numbers('line');
    for (const list of [values, line ?? []]) {
      if (list.length > 0 && categories.length !== list.length) {
        throw new Error(`x-axis and a series differ in length:\n${block}`);
      }
      if (Math.max(...list) > Number(y[1])) throw new Error(`a value is above the y-axis:\n${block}`);
    }
    return {
      title: title[1],
      horizontal: Boolean(head[1]),
      categories,
      axisMax: Number(y[1]),
      values,
      ...(line ? { line } : {}),
    };
  });
}

/**
 * Reads the Mermaid XY charts out of Markdown, checking each line against the XY chart syntax of
 * Mermaid's documentation (https://mermaid.js.org/syntax/xyChart.html) and its grammar
 * (packages/mermaid/src/diagrams/xychart/parser/xychart.jison): `xychart-beta` with an optional
 * orientation, `title` and a quoted string (anything but `"`), `x-axis` with a band of quoted strings
 * in brackets, `y-axis` with a quoted title and `min --> max`, `bar` with numbers in brackets. Sift
 * writes only this subset, one statement a line; a block outside it fails the test.
 */
export interface XyChart {
  title: string;
  horizontal: boolean;
  categories: string[];
  axisMax: number;
  values: number[];
}

export function mermaidCharts(markdown: string): XyChart[] {
  const blocks = [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);
  return blocks.map((block) => {
    const lines = block.split('\n').map((l) => l.trim());
    const head = /^xychart-beta( horizontal)?$/.exec(lines[0]);
    const title = /^title "([^"]*)"$/.exec(lines[1]);
    const x = /^x-axis \[((?:"[^"]*"(?:, )?)+)\]$/.exec(lines[2]);
    const y = /^y-axis "[^"]*" 0 --> (\d+)$/.exec(lines[3]);
    const bar = /^bar \[(\d+(?:, \d+)*)\]$/.exec(lines[4]);
    if (!head || !title || !x || !y || !bar || lines.length !== 5) {
      throw new Error(`not a Mermaid XY chart as documented:\n${block}`);
    }
    const categories = [...x[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    const values = bar[1].split(', ').map(Number);
    if (categories.length !== values.length) throw new Error(`x-axis and bar differ in length:\n${block}`);
    if (Math.max(...values) > Number(y[1])) throw new Error(`a bar is above the y-axis:\n${block}`);
    return { title: title[1], horizontal: Boolean(head[1]), categories, axisMax: Number(y[1]), values };
  });
}

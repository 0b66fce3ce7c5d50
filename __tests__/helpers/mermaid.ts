/**
 * Reads the Mermaid XY charts out of Markdown with the real `mermaid` package: each block must parse
 * (`mermaid.parse`, its own jison grammar of the XY chart), the chart's data is what Mermaid's XY chart
 * database holds after parsing, and every label must render as written: the block is rendered to SVG
 * by `mermaid.render` and the text of the title, the axes' titles and each category must be in it
 * verbatim (Mermaid escapes `<` in labels, so `< 1 week` used to show as `&lt; 1 week`).
 *
 * Mermaid needs a DOM (DOMPurify and d3 look for `window` and `document` when they load): jsdom gives
 * it one, installed on globalThis before mermaid is first imported, without replacing anything Node
 * already has. @mermaid-js/parser, Mermaid's own parser package, does not cover XY charts (its
 * `parse` knows info, packet, pie, architecture, gitGraph, radar, treemap and a few more), so it
 * cannot stand in. jsdom has no layout: the SVG's sizes and positions are not checked, only its text.
 */
import { JSDOM } from 'jsdom';

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

type Mermaid = (typeof import('mermaid'))['default'];
let loaded: Promise<Mermaid> | undefined;
/** The globals this file added, and the window they came from: removed when the file's tests end. */
const added: string[] = [];
let jsdomWindow: JSDOM['window'] | undefined;

afterAll(() => {
  // Left in place, jest's teardown of globals recurses through jsdom's window and overflows the stack.
  const global = globalThis as Record<string, unknown>;
  for (const name of added) delete global[name];
  jsdomWindow?.close();
});

/** Mermaid, with a jsdom window under it; loaded once per test file. */
function mermaid(): Promise<Mermaid> {
  loaded ??= (async () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
    jsdomWindow = dom.window;
    const global = globalThis as Record<string, unknown>;
    for (const name of ['window', ...Object.getOwnPropertyNames(dom.window)]) {
      if (name in global) continue;
      try {
        global[name] = (dom.window as unknown as Record<string, unknown>)[name];
        added.push(name);
      } catch {
        // A getter jsdom refuses outside its window: nothing Mermaid needs.
      }
    }
    const { default: loadedMermaid } = await import('mermaid');
    loadedMermaid.initialize({ startOnLoad: false });
    return loadedMermaid;
  })();
  return loaded;
}

interface XyChartData {
  title: string;
  yAxis: { type: string; title: string; min: number; max: number };
  xAxis: { type: string; title: string; categories?: string[] };
  plots: { type: 'bar' | 'line'; data: [string, number][] }[];
}

let rendered = 0;

export async function mermaidCharts(markdown: string): Promise<XyChart[]> {
  const blocks = [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);
  const charts: XyChart[] = [];
  for (const block of blocks) {
    const m = await mermaid();
    // Throws Mermaid's own parse error (line, what it expected) on anything its grammar refuses.
    const parsed = await m.parse(block);
    if (!parsed || parsed.diagramType !== 'xychart') throw new Error(`not an XY chart:\n${block}`);
    const diagram = await m.mermaidAPI.getDiagramFromText(block);
    const db = diagram.db as unknown as {
      getXYChartData(): XyChartData;
      getChartConfig(): { chartOrientation: string };
      getDiagramTitle(): string;
    };
    const data = db.getXYChartData();
    const categories = data.xAxis.categories ?? [];
    const series = (kind: 'bar' | 'line') =>
      data.plots.find((p) => p.type === kind)?.data.map(([, value]) => value);
    const values = series('bar') ?? [];
    const line = series('line');
    for (const list of [values, line ?? []]) {
      if (list.length > 0 && list.length !== categories.length)
        throw new Error(`x-axis and a series differ in length:\n${block}`);
      if (Math.max(...list) > data.yAxis.max) throw new Error(`a value is above the y-axis:\n${block}`);
    }
    // Every string the block quotes (title, categories, axis title) must be a text of the SVG as is:
    // compared with the Markdown, not with Mermaid's database, which holds labels already escaped.
    const texts = await renderedTexts(m, block);
    for (const [, label] of block.matchAll(/"([^"]*)"/g)) {
      if (label !== '' && !texts.includes(label))
        throw new Error(
          `"${label}" does not render as written; the SVG's texts are ${JSON.stringify(texts)}`,
        );
    }
    charts.push({
      // The title is kept with the diagram's common fields (XYChartData's fills in only on render).
      title: db.getDiagramTitle(),
      horizontal: db.getChartConfig().chartOrientation === 'horizontal',
      categories,
      axisMax: data.yAxis.max,
      values,
      ...(line ? { line } : {}),
    });
  }
  return charts;
}

/** The text of every `<text>` element of the chart as `mermaid.render` draws it. */
export async function renderedTexts(m: Mermaid, block: string): Promise<string[]> {
  const { svg } = await m.render(`chart-${++rendered}`, block);
  const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
  return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
}

/**
 * Sift's charts read by the real `mermaid` (see helpers/mermaid.ts): they parse, their data is what
 * Sift counted, and their labels render as written. The check itself can fail: Mermaid's renderer
 * shows a `<` in a label as `&lt;`, and a block its grammar refuses is refused.
 */
import { ageCharts, mermaidLabel, rulesChart } from '../../src/report/charts.js';
import { mermaidCharts } from '../helpers/mermaid.js';

describe('charts through mermaid', () => {
  it('the age charts parse, hold the counts and render their bucket labels as written', async () => {
    const charts = await mermaidCharts(ageCharts({ issue: [4, 1, 0, 2, 3], pull_request: [0, 0, 1, 0, 0] }));
    expect(charts).toEqual([
      {
        title: 'Open issues by age',
        horizontal: false,
        categories: ['under 1 week', 'under 1 month', 'under 3 months', 'under 1 year', 'older'],
        axisMax: 4,
        values: [4, 1, 0, 2, 3],
      },
      {
        title: 'Open pull requests by age',
        horizontal: false,
        categories: ['under 1 week', 'under 1 month', 'under 3 months', 'under 1 year', 'older'],
        axisMax: 1,
        values: [0, 0, 1, 0, 0],
      },
    ]);
  });

  it('a rule id with < or a quote renders as the look-alike Sift writes', async () => {
    const counts = new Map([
      ['a<b', 2],
      ['say "hi" & <img src=x>', 1],
    ]);
    const [chart] = await mermaidCharts(rulesChart(counts, 'changed'));
    expect(chart.horizontal).toBe(true);
    expect(chart.categories).toEqual(['a\u2039b', "say 'hi' \uff06 \u2039img src=x>"]);
    expect(mermaidLabel('< 1 week')).toBe('"\u2039 1 week"');
  });

  it('fails a label Mermaid would show escaped, and a block its grammar refuses', async () => {
    const escaped =
      '```mermaid\nxychart-beta\n  title "Ages"\n  x-axis ["< 1 week", "older"]\n  y-axis "Issues" 0 --> 2\n  bar [1, 2]\n```';
    await expect(mermaidCharts(escaped)).rejects.toThrow(
      /"< 1 week" does not render as written.*&lt; 1 week/,
    );
    const broken = '```mermaid\nxychart-beta\n  title "Ages\n  bar [1,\n```';
    await expect(mermaidCharts(broken)).rejects.toThrow(/Parse error/);
  });
});

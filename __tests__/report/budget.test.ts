/**
 * The byte budgets of the report: GitHub refuses a step summary over 1 MiB and caps a job's outputs
 * at 1 MB, so the summary and the outputs keep what fits and say how much they left out. Sizes are
 * UTF-8 bytes, checked against Node's own encoder.
 */
import type { ItemOutcome } from '../../src/executor/index.js';
import {
  boundedOutputs,
  fitChunks,
  fitJsonArray,
  planEntries,
  renderSummary,
  SUMMARY_BUDGET_BYTES,
  utf8Bytes,
  type TriageResult,
} from '../../src/report/index.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function outcome(number: number, title: string, extra: Partial<ItemOutcome> = {}): ItemOutcome {
  return {
    item: { type: 'issue', number, title, url: `https://github.com/octo/repo/issues/${number}` },
    rules: [
      { rule: 'mark-stale', changes: [{ change: { kind: 'label', labels: ['stale'] }, status: 'dry-run' }] },
    ],
    ...extra,
  };
}

function result(outcomes: ItemOutcome[], extra: Partial<TriageResult> = {}): TriageResult {
  return {
    repository: 'octo/repo',
    rulesFile: '.github/sift.yml',
    dryRun: true,
    ruleIds: ['mark-stale', 'close-stale'],
    walked: outcomes.length + 5,
    outcomes,
    requests: { reads: 3, writes: 0 },
    deferred: { items: 0, rules: {}, writes: 0, runsNeeded: 0 },
    checks: [],
    ...extra,
  };
}

const many = (n: number, title: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => outcome(i + 1, title(i + 1)));

describe('utf8Bytes', () => {
  it.each([
    ['ascii', 'plain text'],
    ['two-byte', 'café déjà vu'],
    ['three-byte', '修复崩溃 — “quotes”'],
    ['four-byte (surrogate pairs)', '🐛 bug 🔥🔥'],
    ['mixed', 'a\u00e9\u4e2d\ud83d\ude00z'],
    ['empty', ''],
  ])('counts %s like Buffer.byteLength', (_, text) => {
    expect(utf8Bytes(text)).toBe(bytes(text));
  });

  it('counts a lone surrogate as the 3-byte replacement character it is written as', () => {
    expect(utf8Bytes('a\ud83d')).toBe(bytes('a\ud83d'));
    expect(utf8Bytes('\ude00b')).toBe(bytes('\ude00b'));
    expect(bytes('a\ud83d')).toBe(4);
  });
});

describe('fitChunks', () => {
  it('keeps the longest prefix that fits, counting a newline after each chunk', () => {
    expect(fitChunks(['aaa', 'bbb', 'ccc'], 8)).toEqual({ kept: 2, bytes: 8 });
    expect(fitChunks(['aaa', 'bbb', 'ccc'], 7)).toEqual({ kept: 1, bytes: 4 });
    expect(fitChunks(['aaa'], 3)).toEqual({ kept: 0, bytes: 0 });
    expect(fitChunks([], 0)).toEqual({ kept: 0, bytes: 0 });
  });

  it('measures bytes, not characters', () => {
    // 'éé' is 2 characters but 4 bytes: with the newline, 5.
    expect(fitChunks(['éé', 'éé'], 9)).toEqual({ kept: 1, bytes: 5 });
    expect(fitChunks(['🐛', '🐛'], 10)).toEqual({ kept: 2, bytes: 10 });
  });

  it('never skips a chunk to fit a later, smaller one', () => {
    expect(fitChunks(['a', 'long chunk', 'b'], 6).kept).toBe(1);
  });
});

describe('fitJsonArray', () => {
  const entries = [{ t: 'é' }, { t: '中' }, { t: '🐛' }];

  it('gives exactly the JSON of the kept prefix and counts the rest', () => {
    const all = fitJsonArray(entries, 1000);
    expect(all).toEqual({ json: JSON.stringify(entries), kept: 3, omitted: 0 });

    const limit = bytes(JSON.stringify(entries.slice(0, 2)));
    const two = fitJsonArray(entries, limit);
    expect(two).toEqual({ json: JSON.stringify(entries.slice(0, 2)), kept: 2, omitted: 1 });
    expect(fitJsonArray(entries, limit - 1).kept).toBe(1);
  });

  it('stays within a budget counted in bytes, whatever the characters', () => {
    const titles = Array.from({ length: 200 }, (_, i) => ({ n: i, title: '修复🐛'.repeat(i % 7) }));
    for (const budget of [2, 3, 40, 100, 1000, 5000]) {
      const fitted = fitJsonArray(titles, budget);
      expect(bytes(fitted.json)).toBeLessThanOrEqual(budget);
      expect(JSON.parse(fitted.json)).toEqual(titles.slice(0, fitted.kept));
      expect(fitted.kept + fitted.omitted).toBe(200);
      // The next entry would not have fitted.
      if (fitted.omitted > 0) {
        expect(bytes(JSON.stringify(titles.slice(0, fitted.kept + 1)))).toBeGreaterThan(budget);
      }
    }
  });

  it('is an empty array when nothing fits', () => {
    expect(fitJsonArray(entries, 5)).toEqual({ json: '[]', kept: 0, omitted: 3 });
  });
});

describe('boundedOutputs', () => {
  const plan = planEntries(result(many(2000, (n) => `Ünïcödé title ${n} 🐛`)));
  const others = { changed: '2000', deferred: '{"items":0}', 'plan-file': '/tmp/x/sift-plan.json' };
  /** What @actions/core writes to the output file for each output. */
  const fileBytes = (outputs: Record<string, string>) =>
    Object.entries(outputs).reduce(
      (sum, [name, value]) =>
        sum + bytes(`${name}<<ghadelimiter_${'0'.repeat(36)}\n${value}\nghadelimiter_${'0'.repeat(36)}\n`),
      0,
    );

  it('keeps everything whole when it fits', () => {
    const outputs = boundedOutputs(plan.slice(0, 3), [{ rule: 'c' }], others);
    expect(outputs).toEqual({
      ...others,
      plan: JSON.stringify(plan.slice(0, 3)),
      'plan-omitted': '0',
      checks: '[{"rule":"c"}]',
      'checks-omitted': '0',
    });
  });

  it('keeps all outputs, as written to the output file, within the budget, and counts what plan left out', () => {
    const budget = 50_000;
    const outputs = boundedOutputs(plan, [], others, budget);
    expect(fileBytes(outputs)).toBeLessThanOrEqual(budget);
    const kept = JSON.parse(outputs.plan) as unknown[];
    expect(kept).toEqual(plan.slice(0, kept.length));
    expect(kept.length).toBeGreaterThan(100); // the budget is used, not wasted
    expect(kept.length + Number(outputs['plan-omitted'])).toBe(2000);
    expect(outputs.changed).toBe('2000');
    expect(outputs['plan-file']).toBe(others['plan-file']);
  });

  it('shares the budget between plan and checks: each gets at least half when both are large', () => {
    const checks = Array.from({ length: 2000 }, (_, i) => ({
      item: i,
      rule: 'needs-type',
      message: 'é'.repeat(40),
    }));
    const budget = 60_000;
    const outputs = boundedOutputs(plan, checks, others, budget);
    expect(fileBytes(outputs)).toBeLessThanOrEqual(budget);
    expect(bytes(outputs.plan)).toBeGreaterThan(budget / 2 - 2000);
    expect(bytes(outputs.checks)).toBeGreaterThan(budget / 2 - 2000);
    expect(JSON.parse(outputs.checks).length + Number(outputs['checks-omitted'])).toBe(2000);

    // A small checks array leaves the rest to the plan.
    const fewChecks = boundedOutputs(plan, checks.slice(0, 2), others, budget);
    expect(fewChecks['checks-omitted']).toBe('0');
    expect(bytes(fewChecks.plan)).toBeGreaterThan(budget - 2000);
  });
});

describe('the summary within its budget', () => {
  it('writes every item row when they fit, with no "more" line', () => {
    const summary = renderSummary(result(many(30, (n) => `issue ${n}`)));
    expect(summary).toContain('| [#30](https://github.com/octo/repo/issues/30) | issue 30 |');
    expect(summary).not.toMatch(/and \d+ more/);
  });

  it('stops the item rows at the budget, keeps the totals and the rules table, and says how many are left', () => {
    const outcomes = many(500, (n) => `修复 crash ${n} 🐛 — ünïcödé`);
    const budget = 20_000;
    const summary = renderSummary(result(outcomes), { budget });
    expect(bytes(summary)).toBeLessThanOrEqual(budget);
    expect(summary).toContain('| Repository | Trigger | Mode |');
    expect(summary).toContain('| octo/repo | manual | sweep | `.github/sift.yml` | yes | 505 | 500 | 0 |');
    expect(summary).toContain('| `mark-stale` | 500 |');
    expect(summary).toContain('| `close-stale` | 0 |');

    const shown = [...summary.matchAll(/^\| \[#(\d+)\]/gm)].map((m) => Number(m[1]));
    expect(shown.length).toBeGreaterThan(50);
    expect(shown).toEqual(Array.from({ length: shown.length }, (_, i) => i + 1));
    expect(summary).toContain(`and ${500 - shown.length} more items (see the \`plan-file\` output / --json)`);
    expect(summary).toContain(`<details><summary>${shown.length} changes</summary>`);
  });

  it("counts items, not rows, and never splits one item's rules", () => {
    const outcomes = many(300, (n) => `t${n}`).map((o) => ({
      ...o,
      rules: [
        o.rules[0],
        {
          rule: 'close-stale',
          changes: [
            {
              change: { kind: 'close' as const, reason: 'not_planned' as const },
              status: 'dry-run' as const,
            },
          ],
        },
      ],
    }));
    const summary = renderSummary(result(outcomes), { budget: 15_000 });
    const rows = [...summary.matchAll(/^\| \[#(\d+)\]/gm)].map((m) => Number(m[1]));
    const items = new Set(rows);
    expect(rows.length).toBe(2 * items.size);
    expect(summary).toContain(`and ${300 - items.size} more items`);
  });

  it('gives failures the budget before the item rows', () => {
    const outcomes = [
      ...many(400, (n) => `ok ${n}`),
      ...Array.from({ length: 5 }, (_, i) => outcome(1000 + i, `broken ${i}`, { error: 'HTTP 403: no' })),
    ];
    const summary = renderSummary(result(outcomes), { budget: 12_000 });
    expect(bytes(summary)).toBeLessThanOrEqual(12_000);
    for (let i = 0; i < 5; i++) expect(summary).toContain(`| broken ${i} | HTTP 403: no |`);
    expect(summary).toMatch(/and \d+ more items/);
    expect(summary).not.toMatch(/more failures/);
  });

  it('says "and N more" alone when not one row fits', () => {
    const summary = renderSummary(result(many(10, (n) => 'x'.repeat(500) + n)), { budget: 1_300 });
    expect(bytes(summary)).toBeLessThanOrEqual(1_300);
    expect(summary).toContain('| `mark-stale` | 10 |');
    expect(summary).not.toMatch(/^\| \[#/m);
    expect(summary).toContain('and 10 more items (see the `plan-file` output / --json)');
  });

  it('keeps 10,000 items with long multi-byte titles under 1 MiB by default', () => {
    const outcomes = many(10_000, (n) => `${'长标题🐛'.repeat(30)} ${n}`);
    const summary = renderSummary(result(outcomes));
    expect(SUMMARY_BUDGET_BYTES).toBeLessThan(1_048_576);
    expect(bytes(summary)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(bytes(summary)).toBeGreaterThan(SUMMARY_BUDGET_BYTES - 10_000);
    const shown = [...summary.matchAll(/^\| \[#(\d+)\]/gm)].length;
    expect(summary).toContain(`and ${10_000 - shown} more items`);
  });
});

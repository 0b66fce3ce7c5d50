/**
 * Result files are artifacts: whoever can upload one to the workflow run can hand the merge anything.
 * Written as the attack (issue 18, point 7): a good file next to a file whose outcomes are [null], one
 * whose request count is "-5lots", and one whose rule id tries to close the Mermaid block and inject a
 * heading and an <img onerror>. The merge keeps the good file, names each bad one with what is wrong,
 * and the summary carries no raw text from them. Real files in a temporary directory, read by the same
 * code `mode: merge` and `sift merge` run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeCommand } from '../../src/cli/org.js';
import { mergeResults } from '../../src/fleet/result-document.js';
import type { RepositoryRun } from '../../src/fleet/sweep.js';
import { readResultFiles } from '../../src/node/result-files.js';
import { renderFleetSummary } from '../../src/report/fleet-summary.js';
import { mermaidCharts } from '../helpers/mermaid.js';
import { doc, EVIL_RULE, expectInert, result, writeAttack } from '../helpers/tampered-results.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sift-tampered-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a merge of tampered result files', () => {
  it('merges the good file and names each bad one with what is wrong', async () => {
    writeAttack(dir);
    const { documents, rejected } = await readResultFiles(dir);
    expect(documents.map((d) => d.runs[0].repository)).toEqual(['acme/good']);
    const problems = Object.fromEntries(rejected.map((r) => [r.file.split('/').pop(), r.problem]));
    expect(Object.keys(problems).sort()).toEqual(['evil-rule.json', 'null-outcome.json', 'requests.json']);
    expect(problems['null-outcome.json']).toMatch(
      /null-outcome\.json is not a valid result file: runs\[0\]\.result\.outcomes\[0\] must be object/,
    );
    expect(problems['requests.json']).toMatch(
      /requests\.json .*runs\[0\]\.result\.requests\.reads must be integer/,
    );
    expect(problems['evil-rule.json']).toMatch(
      /evil-rule\.json .*runs\[0\]\.result\.ruleIds\[0\] must match pattern/,
    );
    for (const problem of Object.values(problems)) expect(problem).not.toMatch(/[\n\r]/);

    const merged = mergeResults(documents);
    const summary = renderFleetSummary(merged.runs, {
      title: 'merged',
      dryRun: false,
      mode: 'merge',
      rejected,
    });
    expect(summary).toMatch(/3 result files were skipped/);
    for (const name of ['evil-rule.json', 'null-outcome.json', 'requests.json'])
      expect(summary).toContain(name);
    expect(summary).toMatch(/\| acme\/good \| done \| 2 \| 1 \|/);
    expect(summary).not.toMatch(/acme\/(null|lots|evil) \|/);
    await expectInert(summary);
  });

  it('through sift merge: the summary file holds the good repository, stderr names the bad files, exit 1', async () => {
    writeAttack(dir);
    const out: string[] = [];
    const err: string[] = [];
    const summaryFile = join(dir, 'summary.md');
    const code = await mergeCommand(
      { dir, summaryFile, json: false },
      { out: (t) => out.push(t), err: (t) => err.push(t) },
    );
    expect(code).toBe(1); // a skipped file hides a shard's repositories
    expect(out.join('')).toMatch(/^acme\/good: walked 2 items; changed 1, failed 0/m);
    expect(out.join('')).toMatch(/1 repository from 1 result file/);
    const stderr = err.join('');
    expect(stderr.match(/^sift: skipped /gm)).toHaveLength(3);
    expect(stderr).not.toMatch(/<img|^## Approved/m);
    await expectInert(readFileSync(summaryFile, 'utf8'));
  });

  it('refuses outright when no file is valid, naming them', async () => {
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ ...doc('acme/a'), runs: [null] }));
    await expect(readResultFiles(dir)).rejects.toThrow(
      /No valid result file in .*a\.json is not a valid result file: runs\[0\] must be object/,
    );
  });

  it('a file that is not JSON is named, its text made one line', async () => {
    writeFileSync(join(dir, 'good.json'), JSON.stringify(doc('acme/good')));
    writeFileSync(
      join(dir, 'broken.json'),
      '{"format": "sift-result",\n## Approved\n<img src=x onerror=alert(1)>',
    );
    const { rejected } = await readResultFiles(dir);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].problem).toMatch(/broken\.json is not JSON/);
    expect(rejected[0].problem).not.toMatch(/\n/);
    const summary = renderFleetSummary(mergeResults((await readResultFiles(dir)).documents).runs, {
      title: 'merged',
      dryRun: false,
      rejected,
    });
    await expectInert(summary);
  });
});

describe('rendering text from a result file (even one that passed no check)', () => {
  it('escapes a rule id in the rules table and the Mermaid chart', async () => {
    const run: RepositoryRun = { repository: 'acme/evil', result: result('acme/evil', EVIL_RULE) };
    const summary = renderFleetSummary([run], { title: 'merged', dryRun: false, budget: 4096 });
    // The chart parses and renders in Mermaid itself, its label one harmless line.
    const chart = (await mermaidCharts(summary)).find((c) => c.title === 'Items changed per rule')!;
    expect(chart.categories).toHaveLength(1);
    expect(chart.categories[0]).not.toMatch(/[\n`"]|<[a-z]/i);
    expect(chart.categories[0]).toContain('Approved');
    await expectInert(summary);
  });
});

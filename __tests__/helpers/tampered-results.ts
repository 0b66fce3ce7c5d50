/**
 * The attack of issue 18, point 7, as files: a good result file next to one whose outcomes are [null],
 * one whose request count is "-5lots", and one whose rule id tries to close the Mermaid block and
 * inject a heading and an <img onerror>; and the check that none of it reached Markdown raw.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultDocument, type ResultDocument } from '../../src/fleet/result-document.js';
import type { RepositoryRun } from '../../src/fleet/sweep.js';
import type { TriageResult } from '../../src/report/result.js';
import { mermaidCharts } from './mermaid.js';

export const EVIL_RULE = 'x\n```\n## Approved\n<img src=x onerror=alert(1)>';

export function result(repository: string, rule: string): TriageResult {
  return {
    repository,
    rulesFile: '.github/sift.yml',
    dryRun: false,
    ruleIds: [rule],
    walked: 2,
    openByAge: { issue: [2, 0, 0, 0, 0], pull_request: [0, 0, 0, 0, 0] },
    outcomes: [
      {
        item: {
          type: 'issue',
          number: 7,
          title: 'Crash on start',
          url: `https://github.com/${repository}/issues/7`,
        },
        rules: [{ rule, changes: [{ change: { kind: 'label', labels: ['triage'] }, status: 'applied' }] }],
      },
    ],
    requests: { reads: 3, writes: 1 },
    deferred: { items: 0, rules: {}, writes: 0, runsNeeded: 0 },
    checks: [],
  };
}

export function doc(repository: string, rule = 'needs-triage'): ResultDocument {
  const runs: RepositoryRun[] = [{ repository, result: result(repository, rule) }];
  return resultDocument(runs, { rulesFile: '.github/sift.yml', dryRun: false, generatedAt: new Date() });
}

/** The attack's files, written as JSON the way an uploaded artifact would hold them. */
export function writeAttack(dir: string): void {
  const write = (name: string, value: unknown) => writeFileSync(join(dir, name), JSON.stringify(value));
  write('good.json', doc('acme/good'));
  const nullOutcome = doc('acme/null') as unknown as { runs: { result: { outcomes: unknown[] } }[] };
  nullOutcome.runs[0].result.outcomes = [null];
  write('null-outcome.json', nullOutcome);
  const lots = doc('acme/lots') as unknown as { runs: { result: { requests: Record<string, unknown> } }[] };
  lots.runs[0].result.requests.reads = '-5lots';
  write('requests.json', lots);
  write('evil-rule.json', doc('acme/evil', EVIL_RULE));
}

/** No text from the bad files reaches the Markdown raw: no heading, no tag, no extra code fence. */
export async function expectInert(summary: string): Promise<void> {
  expect(summary).not.toMatch(/^#+ Approved/m);
  expect(summary).not.toMatch(/<img/i);
  // Every fence Sift opens is one of its charts and closes where the chart ends.
  const fences = summary.split('\n').filter((line) => line.startsWith('```'));
  expect(fences.length).toBe((await mermaidCharts(summary)).length * 2);
}

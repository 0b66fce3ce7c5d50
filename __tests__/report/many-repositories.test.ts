/**
 * What a run over many repositories writes stays within GitHub's limits, however many repositories:
 * the step summary under 1 MiB (SUMMARY_BUDGET_BYTES), the outputs under 1 MB, a report issue's body
 * under 65,536 characters. Failures are the last thing cut.
 */
import type { ItemOutcome } from '../../src/executor/index.js';
import { resultDocument, mergeResults } from '../../src/fleet/result-document.js';
import { parseResultDocument } from '../../src/fleet/result-parse.js';
import type { RepositoryRun } from '../../src/fleet/sweep.js';
import type { ReportSpec } from '../../src/model/rules.js';
import { boundedOutputs, OUTPUTS_BUDGET_BYTES, utf8Bytes } from '../../src/report/budget.js';
import { fleetOutputs } from '../../src/report/fleet-outputs.js';
import { renderFleetSummary } from '../../src/report/fleet-summary.js';
import { renderReportBody, REPORT_BODY_MAX_CHARS } from '../../src/report/report-issue.js';
import type { TriageResult } from '../../src/report/result.js';
import { SUMMARY_BUDGET_BYTES } from '../../src/report/summary.js';
import { renderShardsSummary } from '../../src/report/shards-summary.js';
import { splitShards } from '../../src/fleet/shards.js';

const GITHUB_SUMMARY_LIMIT = 1024 * 1024;

function outcome(repository: string, n: number, failed = false): ItemOutcome {
  return {
    item: {
      type: 'issue',
      number: n,
      title: `A rather long title for item ${n} — ünïcödé ✓ `.repeat(3),
      url: `https://github.com/${repository}/issues/${n}`,
    },
    rules: [
      {
        rule: 'needs-triage',
        changes: [{ change: { kind: 'label', labels: ['triage'] }, status: failed ? 'failed' : 'applied' }],
      },
    ],
    ...(failed ? { error: 'Resource not accessible by integration (403)' } : {}),
  };
}

function result(repository: string, items: number, failures = 0): TriageResult {
  return {
    repository,
    rulesFile: '.github/sift.yml',
    dryRun: false,
    ruleIds: ['needs-triage'],
    walked: items,
    openByAge: { issue: [items, 0, 0, 0, 0], pull_request: [0, 0, 0, 0, 0] },
    outcomes: Array.from({ length: items }, (_, i) => outcome(repository, i + 1, i < failures)),
    requests: { reads: 3, writes: items },
    deferred: { items: 0, rules: {}, writes: 0, runsNeeded: 0 },
    checks: [],
  };
}

describe('a run over 4,000 repositories of 10 changed items each', () => {
  const runs: RepositoryRun[] = Array.from({ length: 4000 }, (_, i) => {
    const name = `acme/repo-${String(i).padStart(4, '0')}`;
    if (i === 1234) return { repository: name, error: 'not found, or the token cannot see it (404)' };
    return {
      repository: name,
      result: result(name, 10, i === 3400 ? 2 : 0),
      budgetBefore: { kind: 'REST', limit: 5000, remaining: 5000 - i, resetAt: '2026-12-01T06:00:00Z' },
    };
  });

  it('writes a summary under 1 MiB that puts the failures first', () => {
    const summary = renderFleetSummary(runs, { title: 'Sift triage of 4000 repositories', dryRun: false });
    expect(utf8Bytes(summary)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(utf8Bytes(summary)).toBeLessThan(GITHUB_SUMMARY_LIMIT);
    const rows = summary.split('\n').filter((l) => /^\| acme\/repo-/.test(l));
    expect(rows[0]).toMatch(/^\| acme\/repo-1234 \| \*\*not swept\*\*/);
    expect(rows[1]).toMatch(/^\| acme\/repo-3400 \| \*\*items failed\*\*/);
    expect(summary).toMatch(/and \d+ more repositories \(see the result files\)/);
    expect(summary).toMatch(/The details of \d+ more repositories are left out/);
    // The totals count every repository, shown or not.
    expect(summary).toContain('| 4000 | 1 | 39990 | 39988 | 2 | 0 |');
  });

  it('keeps every output together under 1 MB', () => {
    const plan = runs.flatMap((r) =>
      r.result ? r.result.outcomes.map((o) => ({ repository: r.repository, ...o })) : [],
    );
    const fleet = fleetOutputs(runs);
    const outputs = boundedOutputs(plan, [], {
      changed: '39988',
      deferred: JSON.stringify(fleet.deferred),
      repositories: fleet.repositories,
    });
    const total = Object.entries(outputs).reduce((n, [k, v]) => n + utf8Bytes(k) + utf8Bytes(v) + 128, 0);
    expect(total).toBeLessThanOrEqual(OUTPUTS_BUDGET_BYTES);
    expect(Number(outputs['plan-omitted'])).toBeGreaterThan(0);
    expect(JSON.parse(fleet.repositories).length).toBeGreaterThan(100);
  });
});

describe('a report issue over 5,000 matched items', () => {
  const report: ReportSpec = {
    id: 'weekly',
    title: 'Triage report',
    rules: ['needs-triage'],
    labels: ['triage-report'],
    reopen: false,
    pos: { file: 'f', line: 1, col: 1 },
  };

  it('stays under GitHub limit on an issue body, listing fewer items and counting the rest', () => {
    const body = renderReportBody(report, result('acme/big', 5000), new Date('2026-12-01T00:00:00Z'));
    expect(body.length).toBeLessThanOrEqual(REPORT_BODY_MAX_CHARS);
    expect(body.startsWith('<!-- sift:report=weekly -->')).toBe(true);
    expect(body).toMatch(/Matched 5000 items this run: changed 5000\./);
    expect(body).toMatch(/- and 49\d\d more/);
  });

  it('lists the first 50 items of a rule, then a count', () => {
    const body = renderReportBody(report, result('acme/small', 60), new Date('2026-12-01T00:00:00Z'));
    expect(body.match(/^- \[#\d+\]/gm)).toHaveLength(50);
    expect(body).toContain('- and 10 more');
  });
});

describe('result files', () => {
  const runs: RepositoryRun[] = [{ repository: 'acme/a', result: result('acme/a', 2) }];

  it('round-trip, and a merge keeps the newer run of a repository found twice', () => {
    const older = resultDocument(runs, {
      rulesFile: 'r.yml',
      dryRun: false,
      generatedAt: new Date('2026-01-01T00:00:00Z'),
    });
    const newer = resultDocument([{ repository: 'ACME/a', result: result('acme/a', 5) }], {
      rulesFile: 'r.yml',
      dryRun: true,
      generatedAt: new Date('2026-01-02T00:00:00Z'),
    });
    const parsed = [older, newer].map((d, i) => parseResultDocument(JSON.stringify(d), `f${i}.json`));
    const merged = mergeResults(parsed);
    expect(merged.runs).toHaveLength(1);
    expect(merged.runs[0].result?.walked).toBe(5);
    expect(merged.duplicates).toEqual(['ACME/a']);
    expect(merged.dryRun).toBe(true);
  });

  it('refuse what is not one, naming the file', () => {
    expect(() => parseResultDocument('{', 'x.json')).toThrow(/x\.json is not JSON/);
    expect(() => parseResultDocument('{"format":"other"}', 'x.json')).toThrow(
      /x\.json is not a Sift result file/,
    );
    expect(() => parseResultDocument('{"format":"sift-result","version":2,"runs":[]}', 'x.json')).toThrow(
      /version 2/,
    );
    expect(() =>
      parseResultDocument(
        '{"format":"sift-result","version":1,"generatedAt":"2026-01-01T00:00:00Z","rulesFile":".github/sift.yml",' +
          '"dryRun":false,"runs":[{"repository":"a/b"}]}',
        'x.json',
      ),
    ).toThrow(/runs\[0\] must have required property 'result'/);
  });
});

describe('the shards summary of an organisation of 60,000 repositories', () => {
  it('stays under 1 MiB, naming what fits of each shard and counting the rest', () => {
    const entries = Array.from({ length: 60_000 }, (_, i) => ({
      fullName: `acme/a-rather-long-repository-name-${i}`,
      openItems: i % 7,
      archived: false,
      disabled: false,
      fork: false,
    }));
    const plan = splitShards(entries, 20);
    const skipped = entries
      .slice(0, 20_000)
      .map((e) => ({ fullName: e.fullName, reason: 'archived' as const }));
    const summary = renderShardsSummary('acme', plan, skipped);
    expect(utf8Bytes(summary)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(summary).toContain('60000 repositories to sweep in 20 shards; 20000 skipped.');
    const rows = summary.split('\n').filter((l) => /^\| \d+ \| \d+ \|/.test(l));
    expect(rows).toHaveLength(20);
    // Every shard row counts what it could not name: named + counted = the shard's repositories.
    for (const [i, row] of rows.entries()) {
      const named = row.split(' | ')[2].split(' and ')[0].split(' ').length;
      const more = Number(/and (\d+) more/.exec(row)?.[1] ?? 0);
      expect(named + more).toBe(plan.shards[i].repositories.split(' ').length);
    }
    expect(summary).toMatch(/and \d+ more\n$/);
  });
});

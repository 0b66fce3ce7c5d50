/**
 * The results of `sift test`, for a terminal (one line per test, and for a failure each rule's
 * expected and actual changes side by side) and as Markdown (job summary, preview comment).
 */
import type { Change } from '../model/plan.js';
import { oneLine } from './log-line.js';
import type { Expected, PolicyTestReport, RuleOutcome, TestOutcome } from '../policy-tests/types.js';
import { count } from './count.js';

const COMMENT_PREVIEW = 60;

export function testCounts(report: PolicyTestReport): { passed: number; failed: number } {
  const passed = report.outcomes.filter((o) => o.passed).length;
  return { passed, failed: report.outcomes.length - passed };
}

export function renderTestsText(report: PolicyTestReport): string {
  const lines = [
    `sift test: ${count(report.outcomes.length, 'test')} in ${report.testsFile} of the rules in ${report.rulesFile} ` +
      `(now ${new Date(report.now).toISOString()})`,
  ];
  for (const outcome of report.outcomes) {
    const { test } = outcome;
    if (outcome.passed) {
      lines.push(`passed  ${oneLine(test.name)}`);
      continue;
    }
    lines.push(`FAILED  ${oneLine(test.name)}  (${test.pos.file}:${test.pos.line}:${test.pos.col})`);
    if (outcome.error) lines.push(`        ${oneLine(outcome.error)}`);
    else lines.push(...sideBySide(outcome).map((l) => `      ${l}`));
  }
  const { passed, failed } = testCounts(report);
  lines.push(`${passed} passed, ${failed} failed`);
  return lines.join('\n') + '\n';
}

/** Every expectation of a failed test: rule, expected and actual, one change a row. */
function sideBySide(outcome: TestOutcome): string[] {
  const rows: [string, string, string, string][] = [['', 'rule', 'expected', 'actual']];
  const notes: string[] = [];
  for (const rule of outcome.rules) {
    const expected = expectedLines(rule.expected);
    const actual = actualLines(rule);
    const height = Math.max(expected.length, actual.length);
    for (let i = 0; i < height; i++) {
      rows.push([
        i === 0 ? (rule.passed ? 'ok' : 'x ') : '',
        i === 0 ? oneLine(rule.rule) : '',
        oneLine(expected[i] ?? ''),
        oneLine(actual[i] ?? ''),
      ]);
    }
    if (rule.note) notes.push(oneLine(`note: ${rule.rule}: ${rule.note}`));
  }
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length)));
  return [
    ...rows
      .map((r) => [0, 1, 2].map((c) => r[c].padEnd(widths[c])).join('  ') + '  ' + r[3])
      .map((l) => l.trimEnd()),
    ...notes,
  ];
}

export function expectedLines(expected: Expected): string[] {
  switch (expected.kind) {
    case 'fires':
      return [expected.value ? 'changes the item' : 'nothing'];
    case 'check':
      return [`check ${expected.status}`];
    case 'changes':
      if (expected.changes.length === 0) return ['nothing'];
      return expected.changes.map((c) => {
        switch (c.kind) {
          case 'label':
          case 'unlabel':
            return `${c.kind}: ${c.labels.join(', ')}`;
          case 'assign':
          case 'unassign':
          case 'request-review':
            return `${c.kind}: ${c.logins.join(', ')}`;
          case 'comment':
            return `comment: ${c.pattern ? c.source : quote(c.source)}`;
          case 'close':
            return `close: ${c.reason ?? 'any reason'}`;
          case 'lock':
            return `lock: ${c.reason ?? 'any reason'}`;
          case 'milestone':
            return `milestone: ${c.title ?? 'none'}`;
          case 'issue-type':
            return `issue-type: ${c.name ?? 'none'}`;
          case 'delete-branch':
            return 'delete-branch: true';
          case 'react':
            return `react: ${c.content}`;
          case 'reopen':
          case 'unlock':
            return c.kind;
        }
      });
  }
}

export function actualLines(rule: RuleOutcome): string[] {
  const lines = rule.status ? [`check ${rule.status}`] : [];
  lines.push(...rule.actual.map(describeChangeFully));
  return lines.length > 0 ? lines : ['nothing'];
}

/** A change as an expectation would be written, so the two columns read alike. */
export function describeChangeFully(change: Change): string {
  switch (change.kind) {
    case 'label':
    case 'unlabel':
      return `${change.kind}: ${change.labels.join(', ')}`;
    case 'assign':
    case 'unassign':
    case 'request-review':
      return `${change.kind}: ${change.logins.join(', ')}`;
    case 'comment':
      return `comment: ${quote(change.body)}`;
    case 'close':
      return `close: ${change.reason}`;
    case 'lock':
      return `lock: ${change.reason ?? 'no reason'}`;
    case 'milestone':
      return `milestone: ${change.title ?? 'none'}`;
    case 'issue-type':
      return `issue-type: ${change.name ?? 'none'}`;
    case 'delete-branch':
      return 'delete-branch: true';
    case 'react':
      return `react: ${change.content}`;
    case 'reopen':
    case 'unlock':
      return change.kind;
  }
}

function quote(text: string): string {
  const short = text.length > COMMENT_PREVIEW ? `${text.slice(0, COMMENT_PREVIEW - 1)}…` : text;
  return JSON.stringify(short);
}

/** Markdown: a count, every failed test with its rules in a table, and the passed tests' names. */
export function renderTestsMarkdown(report: PolicyTestReport): string {
  const { passed, failed } = testCounts(report);
  const out = [`**Policy tests** (\`${report.testsFile}\`): ${passed} passed, ${failed} failed`, ''];
  for (const outcome of report.outcomes.filter((o) => !o.passed)) {
    const { test } = outcome;
    out.push(`- :x: **${escape(test.name)}** (\`${test.pos.file}:${test.pos.line}\`)`);
    if (outcome.error) {
      out.push(`  ${escape(outcome.error)}`);
      continue;
    }
    out.push('', '  | | rule | expected | actual |', '  | --- | --- | --- | --- |');
    for (const rule of outcome.rules) {
      const cell = (lines: string[]) => lines.map(escape).join('<br>');
      out.push(
        `  | ${rule.passed ? ':white_check_mark:' : ':x:'} | \`${rule.rule}\` | ${cell(expectedLines(rule.expected))} | ${cell(actualLines(rule))} |`,
      );
    }
    out.push('');
  }
  for (const outcome of report.outcomes.filter((o) => o.passed)) {
    out.push(`- :white_check_mark: ${escape(outcome.test.name)}`);
  }
  return out.join('\n') + '\n';
}

function escape(text: string): string {
  return text.replace(/[|<>]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}

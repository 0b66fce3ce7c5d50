import { describeProjectChange } from '../engine/projects.js';
import { describeExpectedProject } from '../policy-tests/project-fixtures.js';
/**
 * The results of `sift test`, for a terminal (one line per test, and for a failure each rule's
 * expected and actual changes side by side) and as Markdown (job summary, preview comment).
 */
import type { Change } from '../model/plan.js';
import { oneLine } from './log-line.js';
import type { Expected, PolicyTestReport, RuleOutcome, TestOutcome } from '../policy-tests/types.js';
import { count } from './count.js';
import { clip, codeCell, codeSpan } from './markdown.js';

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
          case 'project':
            return `project: ${describeExpectedProject(c)}`;
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
    case 'project':
      return `project: ${describeProjectChange(change)}`;
    case 'reopen':
    case 'unlock':
      return change.kind;
  }
}

function quote(text: string): string {
  const short = text.length > COMMENT_PREVIEW ? `${text.slice(0, COMMENT_PREVIEW - 1)}…` : text;
  return JSON.stringify(short);
}

/**
 * How much of a test report Markdown shows; what is left out is counted. A tests file can come from a
 * pull request's author (the preview) and hold thousands of tests: GitHub refuses a comment over
 * 65,536 characters and a step summary over 1 MiB.
 */
export interface TestsMarkdownCaps {
  failedTests: number;
  passedTests: number;
  /** Rule rows shown for one failed test (the failing rules first). */
  rowsPerTest: number;
  /** Expected or actual lines in one cell. */
  linesPerCell: number;
  /** Characters of any one text (a test name, an expectation, a message). */
  text: number;
}

export const FULL_TESTS_CAPS: TestsMarkdownCaps = {
  failedTests: 500,
  passedTests: 2000,
  rowsPerTest: 50,
  linesPerCell: 20,
  text: 500,
};

/**
 * Markdown: a count, the failed tests with their rules in a table, and the passed tests' names. Every
 * text from the tests or rules file (names, expectations, messages, comment bodies) is a code span it
 * cannot close, so it renders as written and nothing in it (HTML, links, images, mentions) is live.
 */
export function renderTestsMarkdown(
  report: PolicyTestReport,
  caps: TestsMarkdownCaps = FULL_TESTS_CAPS,
): string {
  const { passed, failed } = testCounts(report);
  const text = (t: string) => codeSpan(clip(t, caps.text));
  const out = [`**Policy tests** (${text(report.testsFile)}): ${passed} passed, ${failed} failed`, ''];
  const failures = report.outcomes.filter((o) => !o.passed);
  for (const outcome of failures.slice(0, caps.failedTests)) {
    const { test } = outcome;
    out.push(`- :x: **${text(test.name)}** (${text(`${test.pos.file}:${test.pos.line}`)})`);
    if (outcome.error) {
      out.push(`  ${text(outcome.error)}`);
      continue;
    }
    const rules = [...outcome.rules.filter((r) => !r.passed), ...outcome.rules.filter((r) => r.passed)];
    const cell = (lines: string[]) =>
      [
        ...lines.slice(0, caps.linesPerCell).map((l) => codeCell(clip(l, caps.text))),
        ...(lines.length > caps.linesPerCell ? [`and ${lines.length - caps.linesPerCell} more`] : []),
      ].join('<br>');
    out.push('', '  | | rule | expected | actual |', '  | --- | --- | --- | --- |');
    for (const rule of rules.slice(0, caps.rowsPerTest)) {
      out.push(
        `  | ${rule.passed ? ':white_check_mark:' : ':x:'} | ${codeCell(clip(rule.rule, caps.text))} | ` +
          `${cell(expectedLines(rule.expected))} | ${cell(actualLines(rule))} |`,
      );
    }
    if (rules.length > caps.rowsPerTest)
      out.push('', `  and ${count(rules.length - caps.rowsPerTest, 'more rule')}`);
    out.push('');
  }
  if (failures.length > caps.failedTests) {
    out.push(`- and ${count(failures.length - caps.failedTests, 'more failed test')} (the log lists them)`);
  }
  const passes = report.outcomes.filter((o) => o.passed);
  for (const outcome of passes.slice(0, caps.passedTests)) {
    out.push(`- :white_check_mark: ${text(outcome.test.name)}`);
  }
  if (passes.length > caps.passedTests) {
    out.push(`- and ${count(passes.length - caps.passedTests, 'more passed test')}`);
  }
  return out.join('\n') + '\n';
}

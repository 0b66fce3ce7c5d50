/**
 * The rules preview for people and for workflows: the sticky pull-request comment (also the job
 * summary) and the `preview` output.
 */
import type { ItemRef } from '../model/plan.js';
import type { PreviewResult, RuleDelta } from '../pipeline/preview.js';
import type { PolicyTestReport } from '../policy-tests/types.js';
import { count } from './count.js';
import { clip, codeBlock, codeCell, codeSpan } from './markdown.js';
import { FULL_TESTS_CAPS, renderTestsMarkdown, testCounts, type TestsMarkdownCaps } from './policy-tests.js';

/**
 * Marks the preview comment, so every push edits the same one. `:` cannot occur in a rule id, so no
 * rule's comment can be taken for it; the `sift:rule=` prefix makes it Sift's own comment everywhere
 * (never human activity for the clock).
 */
export const PREVIEW_MARKER = '<!-- sift:rule=:preview -->';

/** Items listed per rule and direction; the rest is counted. */
export const LISTED_PER_RULE = 20;

export interface PreviewEntry {
  rule: string;
  before: number;
  after: number;
  added: number[];
  removed: number[];
}

export interface PreviewReport {
  rulesPath: string;
  baseSha: string;
  headSha: string;
  /** The base branch has no rules file / the pull request deletes it. */
  baseMissing: boolean;
  headMissing: boolean;
  /** `path:line:col: message` lines: the pull request's rules file (or tests file) does not load. */
  problems: string[];
  /** Null when the problems kept the walk from running. */
  result: PreviewResult | null;
  tests?: PolicyTestReport;
  notes: string[];
}

export function previewEntries(result: PreviewResult | null): PreviewEntry[] {
  return (result?.rules ?? []).map((r) => ({
    rule: r.rule,
    before: r.before,
    after: r.after,
    added: r.added.slice(0, OUTPUT_LISTED).map((i) => i.number),
    removed: r.removed.slice(0, OUTPUT_LISTED).map((i) => i.number),
  }));
}

/** GitHub refuses a comment body over 65,536 characters; stay under it with room to spare. */
export const COMMENT_LIMIT = 60_000;

/** Numbers listed per rule and direction in the `preview` output; `before`/`after` count them all. */
export const OUTPUT_LISTED = 1_000;

/**
 * How much of the preview is shown; what is left out is counted. The rules and tests files come from
 * the pull request's author, who can make them as large as they like.
 */
interface PreviewCaps {
  /** Rows of the rules table (the rules whose counts change first). */
  rules: number;
  /** Items linked per rule and direction. */
  links: number;
  problems: number;
  tests: TestsMarkdownCaps;
}

/** From the fullest to the barest; the first that fits is used. */
const LEVELS: PreviewCaps[] = [
  { rules: 2000, links: LISTED_PER_RULE, problems: 500, tests: FULL_TESTS_CAPS },
  {
    rules: 300,
    links: LISTED_PER_RULE,
    problems: 50,
    tests: { failedTests: 50, passedTests: 100, rowsPerTest: 10, linesPerCell: 5, text: 300 },
  },
  {
    rules: 100,
    links: 5,
    problems: 20,
    tests: { failedTests: 20, passedTests: 30, rowsPerTest: 5, linesPerCell: 3, text: 200 },
  },
  {
    rules: 30,
    links: 0,
    problems: 10,
    tests: { failedTests: 5, passedTests: 5, rowsPerTest: 3, linesPerCell: 2, text: 120 },
  },
];

/** Characters of one problem line shown (a rules file's key can be any length). */
const PROBLEM_TEXT = 400;

/**
 * The comment (and job summary), at most `limit` characters: as much detail as fits (items linked,
 * rules, problems, tests), and when nothing else fits, the counts alone.
 */
export function renderPreview(report: PreviewReport, limit: number = COMMENT_LIMIT): string {
  for (const caps of LEVELS) {
    const body = renderWith(report, caps);
    if (body.length <= limit) return body;
  }
  return renderCounts(report);
}

function renderWith(report: PreviewReport, caps: PreviewCaps): string {
  const out = [heading(report), ''];
  if (report.problems.length > 0) {
    const shown = report.problems.slice(0, caps.problems).map((p) => clip(p, PROBLEM_TEXT));
    out.push(
      `The rules file in this pull request has problems, so nothing was previewed (and a run with it would change nothing):`,
      '',
      codeBlock(shown.join('\n')),
      '',
    );
    if (report.problems.length > shown.length) {
      out.push(
        `and ${count(report.problems.length - shown.length, 'more problem')} (the log lists them all).`,
        '',
      );
    }
  }
  const result = report.result;
  if (result) {
    out.push(dryRunLine(report, result), '');
    // In the file's order when the table holds them all; else the rules that change what they do first.
    const rules =
      result.rules.length <= caps.rules
        ? result.rules
        : [...result.rules.filter(moved), ...result.rules.filter((r) => !moved(r))];
    if (rules.length > 0) {
      out.push('| rule | items changed before | after | starts changing | stops changing |');
      out.push('| --- | ---: | ---: | ---: | ---: |');
      for (const r of rules.slice(0, caps.rules)) {
        out.push(
          `| ${codeCell(clip(r.rule, 100))}${status(r)} | ${r.before} | ${r.after} | ${r.added.length} | ${r.removed.length} |`,
        );
      }
      out.push('');
      if (rules.length > caps.rules) {
        out.push(`and ${count(rules.length - caps.rules, 'more rule')} not in the table.`, '');
      }
    }
    const listed = rules.slice(0, caps.rules).filter(moved);
    for (const r of listed) {
      const id = codeSpan(clip(r.rule, 100));
      if (r.added.length > 0) out.push(`- ${id} starts changing ${links(r.added, caps.links)}`);
      if (r.removed.length > 0) out.push(`- ${id} stops changing ${links(r.removed, caps.links)}`);
    }
    if (listed.length > 0) out.push('');
    const eventsOnly = result.rules.filter((r) => r.eventsOnly);
    if (eventsOnly.length > 0) {
      const named = eventsOnly.slice(0, caps.rules).map((r) => codeSpan(clip(r.rule, 100)));
      const more = eventsOnly.length - named.length;
      out.push(
        `Rules that answer events only are not in a sweep, so not previewed: ${named.join(', ')}` +
          `${more > 0 ? ` and ${more} more` : ''}.`,
        '',
      );
    }
    if (result.failures.length > 0) {
      const named = result.failures
        .slice(0, caps.problems)
        .map((f) => `#${f.item.number} (${codeSpan(clip(f.error, PROBLEM_TEXT))})`);
      const more = result.failures.length - named.length;
      out.push(
        `${count(result.failures.length, 'item')} could not be read and are in neither count: ` +
          `${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
        '',
      );
    }
    if (result.stop)
      out.push(`The walk stopped early: ${result.stop} The counts cover the items walked.`, '');
  }
  if (report.tests) out.push(renderTestsMarkdown(report.tests, caps.tests));
  for (const note of report.notes) out.push(note, '');
  out.push(PREVIEW_MARKER);
  return out.join('\n') + '\n';
}

/** The last resort for a preview too large to show: what there was, counted. */
function renderCounts(report: PreviewReport): string {
  const out = [heading(report), ''];
  if (report.problems.length > 0) {
    out.push(
      `The rules file in this pull request has ${count(report.problems.length, 'problem')}, so nothing was previewed.`,
    );
  }
  const result = report.result;
  if (result) {
    const moving = result.rules.filter(moved).length;
    out.push(dryRunLine(report, result));
    out.push(`${count(result.rules.length, 'rule')}, of which ${moving} change what they do.`);
  }
  if (report.tests) {
    const { passed, failed } = testCounts(report.tests);
    out.push(`**Policy tests**: ${passed} passed, ${failed} failed.`);
  }
  out.push(
    '',
    'The details are too long for a comment; the log of this run has them.',
    '',
    ...report.notes.flatMap((note) => [note, '']),
    PREVIEW_MARKER,
  );
  return out.join('\n') + '\n';
}

function heading(report: PreviewReport): string {
  return `### Sift preview: what this pull request's ${codeSpan(report.rulesPath)} would do`;
}

function dryRunLine(report: PreviewReport, result: PreviewResult): string {
  const short = (sha: string) => `\`${sha.slice(0, 7)}\``;
  const sides =
    `the rules of the base (${report.baseMissing ? 'no rules file' : short(report.baseSha)}) and of this pull ` +
    `request (${report.headMissing ? 'rules file deleted' : short(report.headSha)})`;
  return (
    `A dry run of ${sides} over the same ${count(result.walked, 'item')} of ${result.repository}, read once in one ` +
    `walk (what the next sweep would do). Nothing was changed.`
  );
}

function moved(r: RuleDelta): boolean {
  return r.added.length > 0 || r.removed.length > 0 || r.inAfter !== r.inBefore;
}

function status(r: RuleDelta): string {
  if (r.inAfter && !r.inBefore) return ' (new)';
  if (r.inBefore && !r.inAfter) return ' (removed)';
  return '';
}

function links(items: readonly ItemRef[], listed: number): string {
  // The title is a tooltip (an HTML attribute, never rendered as Markdown); quotes and backslashes
  // would end it, line breaks would end the link.
  const shown = items
    .slice(0, listed)
    .map(
      (i) =>
        `[#${i.number}](${i.url} "${clip(i.title.replace(/["\\]/g, '').replace(/[\r\n]+/g, ' '), 200)}")`,
    );
  const rest = items.length - shown.length;
  if (shown.length === 0) return `(${items.length})`;
  return `(${items.length}): ${shown.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
}

/**
 * The rules preview for people and for workflows: the sticky pull-request comment (also the job
 * summary) and the `preview` output.
 */
import type { ItemRef } from '../model/plan.js';
import type { PreviewResult, RuleDelta } from '../pipeline/preview.js';
import type { PolicyTestReport } from '../policy-tests/types.js';
import { renderTestsMarkdown } from './policy-tests.js';

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
    added: r.added.map((i) => i.number),
    removed: r.removed.map((i) => i.number),
  }));
}

/** GitHub refuses a comment body over 65,536 characters; stay under it with room to spare. */
export const COMMENT_LIMIT = 60_000;

/**
 * The comment (and job summary). Items are linked 20 per rule and direction; when that would make the
 * comment too long for GitHub (many rules), fewer are linked, down to counts alone.
 */
export function renderPreview(report: PreviewReport): string {
  let body = '';
  for (const listed of [LISTED_PER_RULE, 5, 0]) {
    body = renderWith(report, listed);
    if (body.length <= COMMENT_LIMIT) break;
  }
  return body;
}

function renderWith(report: PreviewReport, listed: number): string {
  const short = (sha: string) => `\`${sha.slice(0, 7)}\``;
  const out = [`### Sift preview: what this pull request's \`${report.rulesPath}\` would do`, ''];
  if (report.problems.length > 0) {
    out.push(
      `The rules file in this pull request has problems, so nothing was previewed (and a run with it would change nothing):`,
      '',
      '```',
      ...report.problems,
      '```',
      '',
    );
  }
  const result = report.result;
  if (result) {
    const sides =
      `the rules of the base (${report.baseMissing ? 'no rules file' : short(report.baseSha)}) and of this pull ` +
      `request (${report.headMissing ? 'rules file deleted' : short(report.headSha)})`;
    out.push(
      `A dry run of ${sides} over the same ${result.walked} items of ${result.repository}, read once in one walk ` +
        `(what the next sweep would do). Nothing was changed.`,
      '',
    );
    if (result.rules.length > 0) {
      out.push('| rule | items changed before | after | starts changing | stops changing |');
      out.push('| --- | ---: | ---: | ---: | ---: |');
      for (const r of result.rules) {
        out.push(
          `| \`${r.rule}\`${status(r)} | ${r.before} | ${r.after} | ${r.added.length} | ${r.removed.length} |`,
        );
      }
      out.push('');
    }
    for (const r of result.rules.filter((d) => d.added.length > 0 || d.removed.length > 0)) {
      if (r.added.length > 0) out.push(`- \`${r.rule}\` starts changing ${links(r.added, listed)}`);
      if (r.removed.length > 0) out.push(`- \`${r.rule}\` stops changing ${links(r.removed, listed)}`);
    }
    if (result.rules.some((d) => d.added.length > 0 || d.removed.length > 0)) out.push('');
    const eventsOnly = result.rules.filter((r) => r.eventsOnly).map((r) => `\`${r.rule}\``);
    if (eventsOnly.length > 0) {
      out.push(
        `Rules that answer events only are not in a sweep, so not previewed: ${eventsOnly.join(', ')}.`,
        '',
      );
    }
    if (result.failures.length > 0) {
      out.push(
        `${result.failures.length} item(s) could not be read and are in neither count: ` +
          result.failures.map((f) => `#${f.item.number} (${f.error})`).join('; '),
        '',
      );
    }
    if (result.stop)
      out.push(`The walk stopped early: ${result.stop} The counts cover the items walked.`, '');
  }
  if (report.tests) out.push(renderTestsMarkdown(report.tests));
  for (const note of report.notes) out.push(note, '');
  out.push(PREVIEW_MARKER);
  return out.join('\n') + '\n';
}

function status(r: RuleDelta): string {
  if (r.inAfter && !r.inBefore) return ' (new)';
  if (r.inBefore && !r.inAfter) return ' (removed)';
  return '';
}

function links(items: readonly ItemRef[], listed: number): string {
  const shown = items
    .slice(0, listed)
    .map((i) => `[#${i.number}](${i.url} "${i.title.replace(/["\\]/g, '')}")`);
  const rest = items.length - shown.length;
  if (shown.length === 0) return `(${items.length})`;
  return `(${items.length}): ${shown.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
}

/**
 * Sub-issues and parents (GitHub's issue hierarchy): the `sub-issues` and `parent` conditions, the
 * `inherit-labels` action and the `{{parent}}` / `{{sub_issues}}` placeholders. All read the facts
 * `subIssues` and `parent`, which providers read lazily (a pull request has neither, at no cost).
 */
import type { RelatedIssue } from '../model/item.js';
import type { Bounds, SubIssueBounds } from '../model/rules.js';
import { inBounds } from './field-tests.js';
import { globMatcher } from './matchers.js';
import { findLabel, type Projection } from './projection.js';
import { UNKNOWN, type Truth } from './truth.js';

/** `sub-issues: { total: { min: 1 }, open: { max: 0 } }`: counts of the item's sub-issues. */
export function subIssuesTest(bounds: SubIssueBounds): (p: Projection) => Truth {
  return (p) => {
    // Only issues have sub-issues: a pull request has none, without asking.
    const subs = p.item.type === 'issue' ? p.facts.subIssues : [];
    if (subs === undefined) return UNKNOWN;
    const open = subs.filter((s) => s.state === 'open').length;
    return within(bounds.total, subs.length) && within(bounds.open, open);
  };
}

function within(bounds: Bounds | undefined, n: number): boolean {
  return bounds === undefined || inBounds(bounds, n);
}

/** `parent: none | any | open | closed`. */
export function parentTest(value: 'none' | 'any' | 'open' | 'closed'): (p: Projection) => Truth {
  return (p) => {
    const parent = p.item.type === 'issue' ? p.facts.parent : null;
    if (parent === undefined) return UNKNOWN;
    if (value === 'none') return parent === null;
    if (value === 'any') return parent !== null;
    return parent !== null && parent.state === value;
  };
}

export function describeSubIssueBounds(bounds: SubIssueBounds): string {
  const parts: string[] = [];
  for (const key of ['total', 'open'] as const) {
    const b = bounds[key];
    if (b === undefined) continue;
    const range = [b.min === undefined ? '' : `min ${b.min}`, b.max === undefined ? '' : `max ${b.max}`]
      .filter((s) => s !== '')
      .join(' ');
    parts.push(`${key} ${range}`);
  }
  return `sub-issues ${parts.join(', ')}`;
}

export function observeSubIssues(p: Projection): string {
  if (p.item.type !== 'issue') return 'only issues have sub-issues';
  const subs = p.facts.subIssues;
  if (subs === undefined) return 'sub-issues not read yet';
  const open = subs.filter((s) => s.state === 'open').length;
  return `sub-issues: ${subs.length} (${open} open)`;
}

export function observeParent(p: Projection): string {
  if (p.item.type !== 'issue') return 'only issues have a parent';
  const parent = p.facts.parent;
  if (parent === undefined) return 'parent not read yet';
  if (parent === null) return 'parent: none';
  return `parent: ${reference(p, parent)} (${parent.state})`;
}

/**
 * `#12` for an issue of the item's own repository, `acme/api#12` for another's, as GitHub writes
 * references (and links them) in Markdown.
 */
function reference(p: Projection, issue: RelatedIssue): string {
  const own = repositoryOf(p.item.url);
  return own !== null && own.toLowerCase() === issue.repository.toLowerCase()
    ? `#${issue.number}`
    : `${issue.repository}#${issue.number}`;
}

/**
 * The repository of an item URL, or null: `owner/name` of GitHub's (`https://host/owner/name/issues/1`),
 * the project path of GitLab's (`https://host/group/sub/app/-/issues/1`, also `-/work_items/1`).
 */
function repositoryOf(url: string): string | null {
  const gitlab = /^https?:\/\/[^/]+\/(.+?)\/-\/(?:issues|merge_requests|work_items)\/\d+/.exec(url);
  if (gitlab) return gitlab[1];
  const match = /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/(?:issues|pull|discussions)\/\d+/.exec(url);
  return match ? match[1] : null;
}

/** `{{parent}}`: the parent's reference, or empty when there is none (or it was not read). */
export function parentValue(p: Projection): string {
  const parent = p.item.type === 'issue' ? p.facts.parent : null;
  return parent ? reference(p, parent) : '';
}

/** `{{sub_issues}}`: one Markdown list line per sub-issue, with its state: `- #12 Title (closed)`. */
export function subIssuesValue(p: Projection): string {
  const subs = p.item.type === 'issue' ? (p.facts.subIssues ?? []) : [];
  return subs.map((s) => `- ${reference(p, s)} ${s.title} (${s.state})`).join('\n');
}

/**
 * The parent's labels matching the globs that the (projected) item lacks, spelled as the parent spells
 * them. Undefined while the parent is not read; empty when there is nothing to add.
 */
export function inheritedLabels(p: Projection, globs: readonly string[]): string[] | undefined {
  if (p.item.type !== 'issue') return [];
  const parent = p.facts.parent;
  if (parent === undefined) return undefined;
  if (parent === null) return [];
  const re = globMatcher(globs);
  return parent.labels.filter((label) => re.test(label) && findLabel(p, label) === undefined);
}

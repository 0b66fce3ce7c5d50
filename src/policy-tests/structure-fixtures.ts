/**
 * Sub-issues and the parent of a fixture item (`sub-issues:`, `parent:`). As on GitHub, both are
 * always known: an item that lists none has none, and a pull request never has any.
 */
import type { CompileContext } from '../config/context.js';
import type { DataPath } from '../config/positions.js';
import { isPlainMap } from '../config/raw.js';
import type { IssueForm, ItemFacts, ItemType, ParentIssue, RelatedIssue } from '../model/item.js';

/** The repository every fixture item lives in (see the item URLs compileItem makes). */
const TESTS_REPOSITORY = 'sift/tests';

export function structureFacts(
  raw: Record<string, unknown>,
  path: DataPath,
  type: ItemType,
  ctx: CompileContext,
): Pick<ItemFacts, 'subIssues' | 'parent' | 'form'> {
  for (const key of ['sub-issues', 'parent', 'form'] as const) {
    if (raw[key] !== undefined && raw[key] !== 'none' && type !== 'issue')
      ctx.report([...path, key], `only issues have "${key}"; remove it or set \`type: issue\``);
  }
  if (type !== 'issue') return { subIssues: [], parent: null, form: null };
  const subIssues = Array.isArray(raw['sub-issues'])
    ? raw['sub-issues'].filter(isPlainMap).map((sub) => related(sub))
    : [];
  const parent = isPlainMap(raw.parent) ? { ...related(raw.parent), labels: labelsOf(raw.parent) } : null;
  return { subIssues, parent: parent satisfies ParentIssue | null, form: formOf(raw.form) };
}

/** `form: { template, fields, labels }` as the parser would give it; absent or `none`: no form. */
function formOf(raw: unknown): IssueForm | null {
  if (!isPlainMap(raw) || typeof raw.template !== 'string') return null;
  const fields: IssueForm['fields'] = {};
  const labels: IssueForm['labels'] = {};
  const given = isPlainMap(raw.labels) ? raw.labels : {};
  for (const [id, value] of Object.entries(isPlainMap(raw.fields) ? raw.fields : {})) {
    fields[id] = Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : String(value);
    labels[id] = typeof given[id] === 'string' ? given[id] : id;
  }
  return { template: raw.template, fields, labels };
}

/** Sound after validation: `number` is there; the rest defaults as a freshly opened issue would. */
function related(raw: Record<string, unknown>): RelatedIssue {
  const number = typeof raw.number === 'number' ? raw.number : 0;
  const repository = typeof raw.repository === 'string' ? raw.repository : TESTS_REPOSITORY;
  return {
    number,
    title: typeof raw.title === 'string' ? raw.title : `Issue ${number}`,
    state: raw.state === 'closed' ? 'closed' : 'open',
    url: `https://github.com/${repository}/issues/${number}`,
    repository,
  };
}

function labelsOf(raw: Record<string, unknown>): string[] {
  return Array.isArray(raw.labels) ? raw.labels.filter((l): l is string => typeof l === 'string') : [];
}

import type { FactName, Item, ItemFacts } from '../model/item.js';
import type { Change, ItemRef } from '../model/plan.js';
import type { AgeBounds, Condition, RuleSet } from '../model/rules.js';
import { lastActivityAt } from './activity.js';
import { applyActions } from './changes.js';
import { resolveRules, type CompiledRules } from './compile.js';
import { isDraft, missingFacts, type CompiledCondition } from './conditions.js';
import { formatAgo, formatDuration, formatList, snippet } from './format.js';
import { itemRef } from './plan.js';
import { createProjection, findLabel, labelAppliedAt, type Projection } from './projection.js';
import type { Truth } from './truth.js';

/** Why one condition held or not: `labels none [stale, pinned]` / `labels: bug, stale` / false. */
export interface ConditionExplanation {
  description: string;
  /** What the engine saw on the (projected) item; empty for all/any/not, whose children say it. */
  observed: string;
  outcome: Truth;
  /** For all/any/not, in file order. */
  children: ConditionExplanation[];
}

export interface RuleExplanation {
  rule: string;
  /** The rule's `when` list taken together. */
  outcome: Truth;
  conditions: ConditionExplanation[];
  /** Real changes the rule plans (empty unless `outcome` is true; may be empty even then). */
  changes: Change[];
  /** Facts that would decide an `unknown` outcome. */
  needs: FactName[];
}

export interface Explanation {
  item: ItemRef;
  rules: RuleExplanation[];
}

/**
 * Explains every rule for one item, for maintainers asking "why did (not) this fire?". Rules are
 * evaluated in sequence against the projected item exactly as `planItem` does; a rule whose outcome is
 * unknown is treated as not firing for the rules after it. Unlike `planItem`, every condition is
 * evaluated (no short-circuit), so the output is complete; this is not a hot path.
 */
export function explain(
  item: Item,
  facts: ItemFacts,
  rules: RuleSet | CompiledRules,
  now: Date,
): Explanation {
  const p = createProjection(item, facts, now.getTime());
  const out: RuleExplanation[] = [];
  for (const { rule, when } of resolveRules(rules).rules) {
    const outcome = when.test(p);
    const needs = new Set<FactName>();
    missingFacts(when, p, needs);
    // Conditions are explained before the rule's changes advance the projection.
    const conditions = when.children.map((c) => explainCondition(c, p));
    const changes = outcome === true ? applyActions(rule, p) : [];
    out.push({ rule: rule.id, outcome, conditions, changes, needs: [...needs] });
  }
  return { item: itemRef(item), rules: out };
}

function explainCondition(c: CompiledCondition, p: Projection): ConditionExplanation {
  return {
    description: describeCondition(c.source),
    observed: observe(c.source, p),
    outcome: c.test(p),
    children: c.children.map((child) => explainCondition(child, p)),
  };
}

/** The condition as a rules file would say it, in one short line. */
export function describeCondition(cond: Condition): string {
  switch (cond.kind) {
    // TEMPORARY (issue 4 in progress): new condition kinds described by name only.
    case 'human-comments':
    case 'reactions':
    case 'thumbs-up':
    case 'files':
    case 'base':
    case 'head':
    case 'linked':
    case 'active-after-label':
      return cond.kind;
    case 'type':
    case 'state':
    case 'draft':
    case 'locked':
      return `${cond.kind} ${String(cond.value)}`;
    case 'labels': {
      const parts = (['any', 'all', 'none'] as const)
        .filter((k) => cond.value[k] !== undefined)
        .map((k) => `${k} [${(cond.value[k] ?? []).join(', ')}]`);
      return `labels ${parts.join(' ')}`;
    }
    case 'title':
    case 'body':
      return `${cond.kind} ${String(cond.value)}`;
    case 'author':
    case 'author-association':
      return `${cond.kind} [${cond.value.join(', ')}]`;
    case 'assignees':
      return `assignees ${typeof cond.value === 'string' ? cond.value : `[${cond.value.join(', ')}]`}`;
    case 'milestone':
      return `milestone ${cond.value === 'none' || cond.value === 'any' ? cond.value : JSON.stringify(cond.value)}`;
    case 'created':
    case 'updated':
      return `${cond.kind} ${describeAge(cond.value)}`;
    case 'inactive':
      return `inactive ${formatDuration(cond.value)}`;
    case 'labeled':
      return `labeled ${Object.entries(cond.value)
        .map(([label, span]) => `${label} ${formatDuration(span)}`)
        .join(', ')}`;
    case 'comments': {
      const { min, max } = cond.value;
      return `comments ${[min === undefined ? '' : `>= ${min}`, max === undefined ? '' : `<= ${max}`].filter(Boolean).join(' and ')}`;
    }
    case 'all':
    case 'any':
      return `${cond.kind} of`;
    case 'not':
      return 'not';
  }
}

function describeAge(bounds: AgeBounds): string {
  const parts: string[] = [];
  if (bounds.olderThan !== undefined) parts.push(`older than ${formatDuration(bounds.olderThan)}`);
  if (bounds.newerThan !== undefined) parts.push(`newer than ${formatDuration(bounds.newerThan)}`);
  return parts.join(' and ');
}

/** What the condition looked at, as the engine saw it. */
function observe(cond: Condition, p: Projection): string {
  const item = p.item;
  switch (cond.kind) {
    // TEMPORARY (issue 4 in progress).
    case 'human-comments':
    case 'reactions':
    case 'thumbs-up':
    case 'files':
    case 'base':
    case 'head':
    case 'linked':
    case 'active-after-label':
      return '(not evaluated yet)';
    case 'type':
      return `type: ${item.type}`;
    case 'state':
      return `state: ${p.state}`;
    case 'draft':
      return `draft: ${String(isDraft(p))}`;
    case 'locked':
      return `locked: ${String(p.locked)}`;
    case 'labels':
      return `labels: ${formatList(p.labels)}`;
    case 'title':
      return `title: ${JSON.stringify(snippet(item.title))}`;
    case 'body':
      return `body: ${JSON.stringify(snippet(item.body))}`;
    case 'author':
      return `author: ${item.author}`;
    case 'author-association':
      return `author-association: ${item.authorAssociation}`;
    case 'assignees':
      return `assignees: ${formatList(p.assignees)}`;
    case 'milestone':
      return `milestone: ${p.milestone ?? '(none)'}`;
    case 'created':
      return `created ${formatAgo(p.now - p.createdAt)}`;
    case 'updated':
      return `updated ${formatAgo(p.now - p.updatedAt)}`;
    case 'inactive':
      return `last activity ${formatAgo(p.now - lastActivityAt(p))}`;
    case 'labeled':
      return Object.keys(cond.value)
        .map((label) => observeLabeled(label, p))
        .join('; ');
    case 'comments':
      return `comments: ${item.comments}`;
    case 'all':
    case 'any':
    case 'not':
      return '';
  }
}

function observeLabeled(label: string, p: Projection): string {
  const onItem = findLabel(p, label);
  if (onItem === undefined) return `${label} not on the item`;
  const at = labelAppliedAt(p, label.toLowerCase());
  if (at === undefined) return `${onItem} applied at an unknown time (needs labelAppliedAt)`;
  return `${onItem} applied ${formatAgo(p.now - at)}`;
}

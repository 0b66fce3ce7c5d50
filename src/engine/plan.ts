import type { FactName, Item, ItemFacts } from '../model/item.js';
import type { ItemPlan, ItemRef, RuleChanges } from '../model/plan.js';
import type { RuleSet } from '../model/rules.js';
import { missingForLastActivity } from './activity.js';
import { applyActions, wouldChange } from './changes.js';
import { planCommands } from './commands.js';
import { resolveRules, ruleSeesItem, type CompiledRule, type CompiledRules } from './compile.js';
import { missingFacts, type CompiledCondition } from './conditions.js';
import { createProjection, type Projection } from './projection.js';
import { awaitsChoice } from './model-tests.js';
import { UNKNOWN } from './truth.js';

/**
 * The result of evaluating one item:
 * - `plan`: the decision. `plan` is null when no rule changes anything.
 * - `needs`: a rule that would change something cannot be decided without these facts. Fetch them,
 *   merge them into `facts` and call again. Only facts absent from `facts` are ever listed, and each
 *   call with them filled in decides more, so the loop ends.
 */
export type Evaluation = { kind: 'plan'; plan: ItemPlan | null } | { kind: 'needs'; facts: FactName[] };

export type Needs = { kind: 'needs'; facts: FactName[] };

const NO_PLAN: Evaluation = Object.freeze({ kind: 'plan', plan: null });

/**
 * Runs the rules in file order against the item, each rule seeing the item as earlier rules leave it.
 * Pure: the only notion of time is `now`. `rules` decides which rules run: a RuleSet (or
 * `compileRules`) is a sweep; `rulesFor(rules, event)` selects an event's rules. A check rule's
 * actions run when its check fails (see `CompiledRule.fires`).
 */
export function planItem(
  item: Item,
  facts: ItemFacts,
  rules: RuleSet | CompiledRules,
  now: Date,
): Evaluation {
  const compiled = resolveRules(rules);
  const p = createProjection(item, facts, now.getTime(), compiled.clock);
  // Commands first: `/label needs-info` and then the needs-info rule sees the label.
  const settings = compiled.source.commands;
  const commands = settings && facts.commands ? planCommands(p, facts.commands, settings) : [];
  let planned: RuleChanges[] | null = commands.length > 0 ? commands : null;
  for (const rule of compiled.rules) {
    const step = advance(rule, p);
    if (step === null) continue;
    if ('facts' in step) return step;
    (planned ??= []).push(step);
  }
  return planned === null ? NO_PLAN : { kind: 'plan', plan: { item: itemRef(item), rules: planned } };
}

/**
 * One rule's turn in the walk: its changes (advancing the projection), null when it changes nothing,
 * or the facts that decide it when it would change something and cannot be decided yet.
 */
export function advance(compiled: CompiledRule, p: Projection): RuleChanges | Needs | null {
  const { rule, fires } = compiled;
  if (!ruleSeesItem(compiled, p.item)) return null;
  const truth = fires.test(p);
  if (truth === false) return null;
  if (truth === UNKNOWN) {
    // Whether it fires or not, a rule that would change nothing leaves the projection as it is, so
    // its outcome does not matter and is not worth a request. Otherwise later rules depend on its
    // outcome through the projection: the walk stops here.
    // A label that is the model's choice is a change until the answer says otherwise.
    if (!wouldChange(rule, p) && !awaitsChoice(rule, p)) return null;
    const needs = needsOf(fires, p);
    // Nothing left to read: only a model's failed or deferred answer keeps it unknown. The rule does
    // not fire (the report says why) and the walk goes on.
    return needs.facts.length === 0 && undecidedByModel(p) ? null : needs;
  }
  // A comment's text and cycle need the exact last activity; setting a type needs the current one.
  const missing = missingForActions(p, actionFactsFor(compiled, p));
  if (missing.length > 0) return { kind: 'needs', facts: missing };
  const changes = applyActions(rule, p);
  return changes.length > 0 ? { rule: rule.id, changes } : null;
}

/**
 * The facts the rule's actions need for this item. A comment's cycle (which of Sift's earlier comments
 * count) needs the exact last activity only if the item has comments: without any, there is no
 * earlier comment to judge, whatever the cycle's start (GitHub's REST timeline costs a request).
 */
function actionFactsFor(compiled: CompiledRule, p: Projection): readonly FactName[] {
  const { actionFacts, cycleFacts } = compiled;
  if (cycleFacts.length === 0 || p.item.comments !== 0) return actionFacts;
  return actionFacts.filter((name) => !cycleFacts.includes(name));
}

/** Facts an action reads as they are, apart from the clock's (see missingForLastActivity). */
const PLAIN_ACTION_FACTS: readonly FactName[] = ['issueType', 'subIssues', 'parent', 'form', 'projects'];

function missingForActions(p: Projection, wanted: readonly FactName[]): FactName[] {
  const plain = wanted.filter((name) => PLAIN_ACTION_FACTS.includes(name));
  if (plain.length === 0) return missingForLastActivity(p, wanted);
  const missing = missingForLastActivity(
    p,
    wanted.filter((name) => !PLAIN_ACTION_FACTS.includes(name)),
  );
  // A pull request has no type, sub-issues or parent: nothing to read.
  for (const name of plain) {
    const unread =
      name === 'issueType'
        ? p.issueType === undefined
        : name === 'projects'
          ? p.item.type !== 'discussion' && p.projects === undefined
          : p.item.type === 'issue' && p.facts[name] === undefined;
    if (unread) missing.push(name);
  }
  return missing;
}

function undecidedByModel(p: Projection): boolean {
  const unanswered = (answers: object | undefined) =>
    answers !== undefined &&
    Object.values(answers).some(
      (a: { status: string } | undefined) => a !== undefined && a.status !== 'answered',
    );
  return unanswered(p.facts.answers) || unanswered(p.facts.similar);
}

export function needsOf(cond: CompiledCondition, p: Projection): Needs {
  const needed = new Set<FactName>();
  missingFacts(cond, p, needed);
  return { kind: 'needs', facts: [...needed] };
}

export function itemRef(item: Item): ItemRef {
  return { type: item.type, number: item.number, title: item.title, url: item.url };
}

import type { FactName, Item, ItemFacts } from '../model/item.js';
import type { ItemPlan, ItemRef, RuleChanges } from '../model/plan.js';
import type { RuleSet } from '../model/rules.js';
import { applyActions, wouldChange } from './changes.js';
import { resolveRules, type CompiledRules } from './compile.js';
import { missingFacts } from './conditions.js';
import { createProjection } from './projection.js';
import { UNKNOWN } from './truth.js';

/**
 * The result of evaluating one item:
 * - `plan`: the decision. `plan` is null when no rule changes anything.
 * - `needs`: a rule that would change something cannot be decided without these facts. Fetch them,
 *   merge them into `facts` and call again. Only facts absent from `facts` are ever listed, so a
 *   second call with them filled in always returns `plan`.
 */
export type Evaluation = { kind: 'plan'; plan: ItemPlan | null } | { kind: 'needs'; facts: FactName[] };

const NO_PLAN: Evaluation = Object.freeze({ kind: 'plan', plan: null });

/**
 * Runs the rules in file order against the item, each rule seeing the item as earlier rules leave it.
 * Pure: the only notion of time is `now`.
 */
export function planItem(
  item: Item,
  facts: ItemFacts,
  rules: RuleSet | CompiledRules,
  now: Date,
): Evaluation {
  const p = createProjection(item, facts, now.getTime());
  let planned: RuleChanges[] | null = null;
  for (const { rule, when } of resolveRules(rules).rules) {
    const truth = when.test(p);
    if (truth === false) continue;
    if (truth === UNKNOWN) {
      // Whether it fires or not, a rule that would change nothing leaves the projection as it is, so
      // its outcome does not matter and is not worth a request.
      if (!wouldChange(rule, p)) continue;
      // Later rules depend on this rule's outcome through the projection: stop here.
      const needed = new Set<FactName>();
      missingFacts(when, p, needed);
      return { kind: 'needs', facts: [...needed] };
    }
    const changes = applyActions(rule, p);
    if (changes.length > 0) (planned ??= []).push({ rule: rule.id, changes });
  }
  return planned === null ? NO_PLAN : { kind: 'plan', plan: { item: itemRef(item), rules: planned } };
}

export function itemRef(item: Item): ItemRef {
  return { type: item.type, number: item.number, title: item.title, url: item.url };
}

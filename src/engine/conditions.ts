import type { FactName } from '../model/item.js';
import { DEFAULT_ACTIVITY, type ActivitySettings, type Condition } from '../model/rules.js';
import { factTest, type FactCondition } from './fact-tests.js';
import { COST, fieldTest, type FieldCondition } from './field-tests.js';
import { modelTest, type ModelCondition } from './model-tests.js';
import type { Projection } from './projection.js';
import { UNKNOWN, type Truth } from './truth.js';

export { isDraft } from './field-tests.js';

/**
 * Conditions compiled into closures over precompiled matchers, so an evaluation does no parsing, glob
 * compilation or allocation. Combinators evaluate cheap children first; with three-valued (Kleene)
 * logic the order changes nothing but how soon a decisive `false`/`true` stops the work — and, above
 * all, whether a fact that costs a request is ever asked for.
 */
export interface CompiledCondition {
  readonly source: Condition;
  readonly test: (p: Projection) => Truth;
  /** Relative cost, for ordering: see `COST`. */
  readonly cost: number;
  /** Facts this condition (or a descendant) may need. */
  readonly facts: readonly FactName[];
  /** For all/any/not: children in file order (explanations follow the file, not the cost order). */
  readonly children: readonly CompiledCondition[];
  /** For leaves whose needs depend on the item: the facts that would decide it (default: `facts`). */
  readonly missing?: (p: Projection, out: Set<FactName>) => void;
}

const NO_FACTS: readonly FactName[] = [];
const NO_CHILDREN: readonly CompiledCondition[] = [];

/** `activity` is the rules file's `activity:` settings: the activity clock depends on them. */
export function compileCondition(
  cond: Condition,
  activity: ActivitySettings = DEFAULT_ACTIVITY,
): CompiledCondition {
  switch (cond.kind) {
    case 'all':
    case 'any': {
      const children = cond.value.map((c) => compileCondition(c, activity));
      const test = cond.kind === 'all' ? allOf(byCost(children)) : anyOf(byCost(children));
      return combinator(cond, test, children);
    }
    case 'not': {
      const child = compileCondition(cond.value, activity);
      const inner = child.test;
      return combinator(cond, (p) => negate(inner(p)), [child]);
    }
    case 'labeled':
    case 'inactive':
    case 'human-comments':
    case 'active-after-label':
    case 'files':
    case 'base':
    case 'head':
    case 'linked':
    case 'issue-type':
    case 'review-decision':
    case 'mergeable':
    case 'checks':
    case 'size':
    case 'requested-reviewers':
    case 'waiting-on':
    case 'sub-issues':
    case 'parent':
    case 'form':
    case 'project':
    case 'vetoed':
      return factLeaf(cond, activity);
    case 'classify':
    case 'similar':
      return modelLeaf(cond);
    default:
      return fieldLeaf(cond);
  }
}

/** The facts a leaf condition of this kind may need under these activity settings (capability checks). */
export { factsOfKind as conditionFacts } from './fact-tests.js';

/** The facts whose absence makes `cond` unknown for this projection, limited to decisive subtrees. */
export function missingFacts(cond: CompiledCondition, p: Projection, out: Set<FactName>): void {
  if (cond.test(p) !== UNKNOWN) return;
  if (cond.children.length === 0) {
    if (cond.missing !== undefined) cond.missing(p, out);
    else for (const fact of cond.facts) out.add(fact);
    return;
  }
  // An unknown `all` has no false child and an unknown `any` no true child, so every unknown child
  // is decisive; known children are skipped by the check at the top.
  for (const child of cond.children) missingFacts(child, p, out);
}

/** Conditions `all` and `not` of already compiled parts, for check rules (`when` and not `require`). */
export function allOfCompiled(source: Condition, children: CompiledCondition[]): CompiledCondition {
  return combinator(source, allOf(byCost(children)), children);
}

export function notOfCompiled(source: Condition, child: CompiledCondition): CompiledCondition {
  const inner = child.test;
  return combinator(source, (p) => negate(inner(p)), [child]);
}

function combinator(
  source: Condition,
  test: (p: Projection) => Truth,
  children: CompiledCondition[],
): CompiledCondition {
  const facts = [...new Set(children.flatMap((c) => c.facts))];
  const cost = Math.max(COST.field, ...children.map((c) => c.cost));
  return { source, test, cost, facts, children };
}

function byCost(children: readonly CompiledCondition[]): ((p: Projection) => Truth)[] {
  // Array.prototype.sort is stable, so equal-cost conditions keep file order.
  return [...children].sort((a, b) => a.cost - b.cost).map((c) => c.test);
}

function allOf(tests: readonly ((p: Projection) => Truth)[]): (p: Projection) => Truth {
  return (p) => {
    let result: Truth = true;
    for (const test of tests) {
      const t = test(p);
      if (t === false) return false;
      if (t === UNKNOWN) result = UNKNOWN;
    }
    return result;
  };
}

function anyOf(tests: readonly ((p: Projection) => Truth)[]): (p: Projection) => Truth {
  return (p) => {
    let result: Truth = false;
    for (const test of tests) {
      const t = test(p);
      if (t === true) return true;
      if (t === UNKNOWN) result = UNKNOWN;
    }
    return result;
  };
}

function negate(t: Truth): Truth {
  return t === UNKNOWN ? UNKNOWN : !t;
}

function fieldLeaf(cond: FieldCondition): CompiledCondition {
  const [test, cost] = fieldTest(cond);
  return { source: cond, test, cost, facts: NO_FACTS, children: NO_CHILDREN };
}

function factLeaf(cond: FactCondition, activity: ActivitySettings): CompiledCondition {
  const { test, facts, cost, missing } = factTest(cond, activity);
  return { source: cond, test, cost, facts, children: NO_CHILDREN, ...(missing ? { missing } : {}) };
}

function modelLeaf(cond: ModelCondition): CompiledCondition {
  const { test, facts, cost, missing } = modelTest(cond);
  return { source: cond, test, cost, facts, children: NO_CHILDREN, missing };
}

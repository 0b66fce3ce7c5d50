import type { FactName } from '../model/item.js';
import type { AgeBounds, Bounds, Condition } from '../model/rules.js';
import { lastActivityAt } from './activity.js';
import { globMatcher, nameMatcher, statelessRegExp } from './matchers.js';
import { labelAppliedAt, type Projection } from './projection.js';
import { UNKNOWN, type Truth } from './truth.js';

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
}

const COST = { field: 0, glob: 1, regex: 2, fact: 3 } as const;
const NO_FACTS: readonly FactName[] = [];
const NO_CHILDREN: readonly CompiledCondition[] = [];

export function compileCondition(cond: Condition): CompiledCondition {
  switch (cond.kind) {
    case 'all':
    case 'any': {
      const children = cond.value.map(compileCondition);
      const test = cond.kind === 'all' ? allOf(byCost(children)) : anyOf(byCost(children));
      return combinator(cond, test, children);
    }
    case 'not': {
      const child = compileCondition(cond.value);
      const inner = child.test;
      return combinator(cond, (p) => negate(inner(p)), [child]);
    }
    case 'labeled':
      return {
        source: cond,
        test: labeledTest(cond.value),
        cost: COST.fact,
        facts: ['labelAppliedAt'],
        children: NO_CHILDREN,
      };
    default:
      return leaf(cond);
  }
}

/** The facts whose absence makes `cond` unknown for this projection, limited to decisive subtrees. */
export function missingFacts(cond: CompiledCondition, p: Projection, out: Set<FactName>): void {
  if (cond.test(p) !== UNKNOWN) return;
  if (cond.children.length === 0) {
    for (const fact of cond.facts) out.add(fact);
    return;
  }
  // An unknown `all` has no false child and an unknown `any` no true child, so every unknown child
  // is decisive; known children are skipped by the check at the top.
  for (const child of cond.children) missingFacts(child, p, out);
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

type LeafCondition = Exclude<Condition, { kind: 'all' | 'any' | 'not' | 'labeled' }>;

function leaf(cond: LeafCondition): CompiledCondition {
  const [test, cost] = leafTest(cond);
  return { source: cond, test, cost, facts: NO_FACTS, children: NO_CHILDREN };
}

function leafTest(cond: LeafCondition): [(p: Projection) => boolean, number] {
  switch (cond.kind) {
    case 'type': {
      const type = cond.value;
      return [(p) => p.item.type === type, COST.field];
    }
    case 'state': {
      const state = cond.value;
      return [state === 'all' ? () => true : (p) => p.state === state, COST.field];
    }
    case 'draft': {
      const draft = cond.value;
      return [(p) => isDraft(p) === draft, COST.field];
    }
    case 'locked': {
      const locked = cond.value;
      return [(p) => p.locked === locked, COST.field];
    }
    case 'labels':
      return [labelsTest(cond.value.any, cond.value.all, cond.value.none), COST.glob];
    case 'title': {
      const re = statelessRegExp(cond.value);
      return [(p) => re.test(p.item.title), COST.regex];
    }
    case 'body': {
      const re = statelessRegExp(cond.value);
      return [(p) => re.test(p.item.body), COST.regex];
    }
    case 'author': {
      const re = globMatcher(cond.value);
      return [(p) => re.test(p.item.author), COST.glob];
    }
    case 'author-association': {
      const re = nameMatcher(cond.value);
      return [(p) => re.test(p.item.authorAssociation), COST.field];
    }
    case 'assignees':
      return [assigneesTest(cond.value), COST.field];
    case 'milestone':
      return [milestoneTest(cond.value), COST.field];
    case 'created':
      return [ageTest(cond.value, (p) => p.createdAt), COST.field];
    case 'updated':
      return [ageTest(cond.value, (p) => p.updatedAt), COST.field];
    case 'inactive': {
      const span = cond.value;
      return [(p) => p.now - lastActivityAt(p) >= span, COST.field];
    }
    case 'comments':
      return [boundsTest(cond.value, (p) => p.item.comments), COST.field];
    default:
      // TEMPORARY (issue 4 in progress): the new condition kinds are not evaluated yet.
      throw new Error(`condition "${cond.kind}" is not implemented yet`);
  }
}

/** Issues are never drafts, whatever a provider reports. */
export function isDraft(p: Projection): boolean {
  return p.item.type === 'pull_request' && p.item.draft;
}

function labelsTest(any?: string[], all?: string[], none?: string[]): (p: Projection) => boolean {
  const anyRe = any === undefined ? null : globMatcher(any);
  const allRes = all === undefined ? [] : all.map((glob) => globMatcher([glob]));
  const noneRe = none === undefined ? null : globMatcher(none);
  return (p) => {
    const labels = p.labels;
    if (anyRe !== null && !someMatch(labels, anyRe)) return false;
    for (const re of allRes) if (!someMatch(labels, re)) return false;
    return noneRe === null || !someMatch(labels, noneRe);
  };
}

function someMatch(values: readonly string[], re: RegExp): boolean {
  for (const value of values) if (re.test(value)) return true;
  return false;
}

function assigneesTest(value: 'none' | 'any' | string[]): (p: Projection) => boolean {
  if (value === 'none') return (p) => p.assignees.length === 0;
  if (value === 'any') return (p) => p.assignees.length > 0;
  const re = nameMatcher(value);
  return (p) => someMatch(p.assignees, re);
}

/** Milestone titles compare case-sensitively: they are shown verbatim and rarely differ only in case. */
function milestoneTest(value: 'none' | 'any' | string): (p: Projection) => boolean {
  if (value === 'none') return (p) => p.milestone === null;
  if (value === 'any') return (p) => p.milestone !== null;
  return (p) => p.milestone === value;
}

function ageTest(bounds: AgeBounds, at: (p: Projection) => number): (p: Projection) => boolean {
  const { olderThan, newerThan } = bounds;
  return (p) => {
    const age = p.now - at(p);
    if (olderThan !== undefined && !(age >= olderThan)) return false;
    return newerThan === undefined || age < newerThan;
  };
}

function boundsTest(bounds: Bounds, value: (p: Projection) => number): (p: Projection) => boolean {
  const { min, max } = bounds;
  return (p) => {
    const n = value(p);
    return (min === undefined || n >= min) && (max === undefined || n <= max);
  };
}

/**
 * `labeled: { stale: 7d }`: the label is on the (projected) item and was applied at least 7d ago.
 * Several entries must all hold. Label names are exact and case-insensitive, not globs: the applied-at
 * of "some label matching a glob" would be ambiguous.
 *
 * Presence is checked for every entry before any applied-at: a missing label makes the condition false
 * without the request that fetching applied-at costs.
 */
function labeledTest(value: Record<string, number>): (p: Projection) => Truth {
  const entries = Object.entries(value).map(([name, span]) => ({
    lower: name.toLowerCase(),
    present: nameMatcher([name]),
    span,
  }));
  return (p) => {
    for (const e of entries) if (!someMatch(p.labels, e.present)) return false;
    let result: Truth = true;
    for (const e of entries) {
      const at = labelAppliedAt(p, e.lower);
      if (at === undefined) result = UNKNOWN;
      // NaN (unknown to the facts) compares false: no evidence of age, no action.
      else if (!(p.now - at >= e.span)) return false;
    }
    return result;
  };
}

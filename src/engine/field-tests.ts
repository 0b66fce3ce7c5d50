import type { AgeBounds, Bounds, Condition } from '../model/rules.js';
import { globMatcher, nameMatcher, statelessRegExp, type Matcher } from './matchers.js';
import type { Projection } from './projection.js';

/**
 * Conditions on the item as listed (and as earlier rules project it): always decided, never a request.
 * Each compiles to a closure over precompiled matchers, so an evaluation parses and allocates nothing.
 */
export type FieldCondition = Extract<
  Condition,
  {
    kind:
      | 'type'
      | 'state'
      | 'draft'
      | 'locked'
      | 'labels'
      | 'title'
      | 'body'
      | 'author'
      | 'author-association'
      | 'assignees'
      | 'milestone'
      | 'created'
      | 'updated'
      | 'comments'
      | 'reactions'
      | 'thumbs-up'
      | 'category'
      | 'answered';
  }
>;

export type FieldTest = (p: Projection) => boolean;

/** Relative costs, for ordering children of all/any: cheap tests first. */
export const COST = { field: 0, glob: 1, regex: 2, fact: 3 } as const;

export function fieldTest(cond: FieldCondition): [FieldTest, number] {
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
    case 'comments':
      return [boundsTest(cond.value, (p) => p.item.comments), COST.field];
    case 'reactions':
      return [boundsTest(cond.value, (p) => p.item.reactions.total), COST.field];
    case 'thumbs-up':
      return [boundsTest(cond.value, (p) => p.item.reactions.thumbsUp), COST.field];
    case 'category': {
      // Category names are shown as written; like labels, people rarely mean a different case.
      const re = globMatcher(cond.value);
      return [(p) => p.item.discussion !== undefined && re.test(p.item.discussion.category), COST.glob];
    }
    case 'answered': {
      const answered = cond.value;
      return [(p) => p.item.discussion !== undefined && p.item.discussion.answered === answered, COST.field];
    }
  }
}

/** Issues are never drafts, whatever a provider reports. */
export function isDraft(p: Projection): boolean {
  return p.item.type === 'pull_request' && p.item.draft;
}

function labelsTest(any?: string[], all?: string[], none?: string[]): FieldTest {
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

export function someMatch(values: readonly string[], re: Matcher): boolean {
  for (const value of values) if (re.test(value)) return true;
  return false;
}

function assigneesTest(value: 'none' | 'any' | string[]): FieldTest {
  if (value === 'none') return (p) => p.assignees.length === 0;
  if (value === 'any') return (p) => p.assignees.length > 0;
  const re = nameMatcher(value);
  return (p) => someMatch(p.assignees, re);
}

/** Milestone titles compare case-sensitively: they are shown verbatim and rarely differ only in case. */
function milestoneTest(value: 'none' | 'any' | string): FieldTest {
  if (value === 'none') return (p) => p.milestone === null;
  if (value === 'any') return (p) => p.milestone !== null;
  return (p) => p.milestone === value;
}

function ageTest(bounds: AgeBounds, at: (p: Projection) => number): FieldTest {
  const { olderThan, newerThan, after, before } = bounds;
  return (p) => {
    const when = at(p);
    const age = p.now - when;
    if (olderThan !== undefined && !(age >= olderThan)) return false;
    if (newerThan !== undefined && !(age < newerThan)) return false;
    if (after !== undefined && !(when >= after)) return false;
    return before === undefined || when < before;
  };
}

export function inBounds(bounds: Bounds, n: number): boolean {
  return (bounds.min === undefined || n >= bounds.min) && (bounds.max === undefined || n <= bounds.max);
}

function boundsTest(bounds: Bounds, value: (p: Projection) => number): FieldTest {
  return (p) => inBounds(bounds, value(p));
}

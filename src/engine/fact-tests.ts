import { projectTest } from './projects.js';
import type { FactName, RuleComment } from '../model/item.js';
import type { ActivitySettings, ActorGroup, Condition, ConditionKind, LabelSet } from '../model/rules.js';
import { humanCommentCount, missingClockFacts, missingForQuiet, quietSince } from './activity.js';
import { COST, inBounds, someMatch } from './field-tests.js';
import { branchMatcher, nameMatcher, pathMatcher } from './matchers.js';
import { labelAppliedAt, type Projection } from './projection.js';
import { formTest } from './forms.js';
import { PULL_FACTS, pullTest } from './pull-tests.js';
import { parentTest, subIssuesTest } from './structure.js';
import { UNKNOWN, type Truth } from './truth.js';

/**
 * Conditions that may need facts the listing lacks (each costs a request per item). Every one first
 * tries to decide from what is at hand: the item type (issues have no files or branches), the listing's
 * counters and timestamps, facts already fetched. Only what is still undecided asks for a fact.
 */
export type FactCondition = Extract<
  Condition,
  {
    kind:
      | 'labeled'
      | 'inactive'
      | 'human-comments'
      | 'active-after-label'
      | 'files'
      | 'base'
      | 'head'
      | 'linked'
      | 'issue-type'
      | 'sub-issues'
      | 'parent'
      | 'form'
      | 'project'
      | 'vetoed'
      | PullConditionKind;
  }
>;

/** Conditions on a pull request's review, merge and check state (pull-tests.ts). */
export type PullConditionKind =
  'review-decision' | 'mergeable' | 'checks' | 'size' | 'requested-reviewers' | 'waiting-on';

export interface FactTest {
  test: (p: Projection) => Truth;
  /** Every fact the test may ever need (for `factsNeeded` and capability checks). */
  facts: readonly FactName[];
  cost: number;
  /** The facts that would decide an `unknown` result for this projection; default: all of `facts`. */
  missing?: (p: Projection, out: Set<FactName>) => void;
}

const NO_FACTS: readonly FactName[] = [];
const CLOCK: readonly FactName[] = ['timeline'];
const CLOCK_AND_LINKED: readonly FactName[] = ['timeline', 'linked'];
const CLOCK_WITH_REACTIONS: readonly FactName[] = ['timeline', 'reactions'];
const CLOCK_WITH_REACTIONS_AND_LINKED: readonly FactName[] = ['timeline', 'reactions', 'linked'];
const FACTS_OF: Partial<Record<ConditionKind, readonly FactName[]>> = {
  labeled: ['labelAppliedAt'],
  'human-comments': ['timeline'],
  files: ['files'],
  base: ['branches'],
  head: ['branches'],
  linked: ['linked'],
  'issue-type': ['issueType'],
  'sub-issues': ['subIssues'],
  parent: ['parent'],
  form: ['form'],
  project: ['projects'],
  vetoed: ['ruleComments'],
  ...PULL_FACTS,
};

/**
 * The facts a condition of this kind may need: by kind alone (and the activity settings, for the
 * clock), so capability checks need no condition value. The single table `factTest` also reads.
 */
export function factsOfKind(kind: ConditionKind, activity: ActivitySettings): readonly FactName[] {
  if (kind === 'inactive' || kind === 'active-after-label') return clockFacts(activity);
  return FACTS_OF[kind] ?? NO_FACTS;
}

/** What the human-activity clock may read, as the rules file's `activity` settings say. */
export function clockFacts(activity: ActivitySettings): readonly FactName[] {
  if (activity.reactions) return activity.linked ? CLOCK_WITH_REACTIONS_AND_LINKED : CLOCK_WITH_REACTIONS;
  return activity.linked ? CLOCK_AND_LINKED : CLOCK;
}

export function factTest(cond: FactCondition, activity: ActivitySettings): FactTest {
  const facts = factsOfKind(cond.kind, activity);
  switch (cond.kind) {
    case 'labeled':
      return { test: labeledTest(cond.value), facts, cost: COST.fact };
    case 'inactive': {
      const span = cond.value;
      const by = cond.by;
      return {
        test: (p) => quietSince(p, p.now - span, by),
        facts,
        // Usually decided by updatedAt/createdAt alone: as cheap as a glob.
        cost: COST.glob,
        missing: (p, out) => missingForQuiet(p, p.now - span, out, by),
      };
    }
    case 'human-comments':
      return { test: humanCommentsTest(cond.value), facts, cost: COST.fact };
    case 'active-after-label':
      return activeAfterLabel(cond.value, cond.by, facts);
    case 'files':
      return { test: filesTest(cond.value), facts, cost: COST.fact };
    case 'base':
    case 'head': {
      const re = branchMatcher(cond.value);
      const side = cond.kind;
      return {
        test: (p) => {
          // Issues have no branches: false without asking.
          if (p.item.type !== 'pull_request') return false;
          const branches = p.facts.branches;
          if (branches === undefined) return UNKNOWN;
          return branches !== null && re.test(branches[side]);
        },
        facts,
        cost: COST.fact,
      };
    }
    case 'issue-type':
      return { test: issueTypeTest(cond.value), facts, cost: COST.fact };
    case 'sub-issues':
      return { test: subIssuesTest(cond.value), facts, cost: COST.fact };
    case 'parent':
      return { test: parentTest(cond.value), facts, cost: COST.fact };
    case 'form':
      return { test: formTest(cond.value), facts, cost: COST.fact };
    case 'project':
      return { test: projectTest(cond.value), facts, cost: COST.fact };
    case 'vetoed': {
      const rule = cond.value;
      return { test: (p) => vetoedTest(p, rule), facts, cost: COST.fact };
    }
    case 'review-decision':
    case 'mergeable':
    case 'checks':
    case 'size':
    case 'requested-reviewers':
    case 'waiting-on':
      return { test: pullTest(cond), facts, cost: COST.fact };
    case 'linked': {
      const wanted = cond.value;
      return {
        test: (p) => {
          const linked = p.facts.linked;
          if (linked === undefined) return UNKNOWN;
          // Only an open linked item is a live link: a merged PR or a closed issue no longer is.
          for (const item of linked) if (item.state === 'open') return wanted;
          return !wanted;
        },
        facts,
        cost: COST.fact,
      };
    }
  }
}

/**
 * `labeled: { stale: 7d }`: the label is on the (projected) item and was applied at least 7d ago (a
 * label whose application the history lacks is dated by the item's last update). Several entries must all hold. Label names are exact and case-insensitive, not globs: the applied-at
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
      if (at === undefined) {
        // Applying a label bumps `updatedAt`: an item not updated for the span has had it that long.
        if (!p.appliedNow.includes(e.lower) && p.now - p.updatedAt >= e.span) continue;
        result = UNKNOWN;
      } else if (!(p.now - at >= e.span)) return false;
    }
    return result;
  };
}

/**
 * `issue-type: Bug` / `[Bug, Feature]` / `none` / `any`, on the projected type (a rule may have set it
 * earlier in the run). Names compare case-insensitively, as GitHub matches them when setting one.
 */
function issueTypeTest(value: 'none' | 'any' | string[]): (p: Projection) => Truth {
  const re = value === 'none' || value === 'any' ? null : nameMatcher(value);
  return (p) => {
    const type = p.issueType;
    if (type === undefined) return UNKNOWN;
    if (value === 'none') return type === null;
    if (value === 'any') return type !== null;
    return type !== null && re !== null && re.test(type);
  };
}

/**
 * Human comments are some of the item's comments, so the listing's count bounds them: fewer comments
 * than `min` is false, and with no `min` at most `max` comments is true, both without the timeline.
 */
function humanCommentsTest(bounds: { min?: number; max?: number }): (p: Projection) => Truth {
  const { min, max } = bounds;
  return (p) => {
    const comments = humanCommentCount(p);
    if (comments !== undefined) return inBounds(bounds, comments);
    const total = p.item.comments;
    if (min !== undefined && total < min) return false;
    if ((min === undefined || min <= 0) && (max === undefined || total <= max)) return true;
    return UNKNOWN;
  };
}

/**
 * `active-after-label: stale`: the label is on the item and a human did something after it was last
 * applied, the test behind "remove `stale` when someone replies". A label applied in this run has
 * nothing after it; one dated by the item's last update (no history) has nothing after it either.
 * `by` narrows whose activity counts (`{ label: needs-info, by: author }`: only the author's reply).
 */
function activeAfterLabel(label: string, by: ActorGroup | undefined, facts: readonly FactName[]): FactTest {
  const lower = label.toLowerCase();
  const present = nameMatcher([label]);
  const appliedAt = (p: Projection): number | undefined =>
    someMatch(p.labels, present) ? labelAppliedAt(p, lower) : NaN;
  return {
    test: (p) => {
      const at = appliedAt(p);
      if (at === undefined) return UNKNOWN;
      // NaN: the label is not on the item.
      if (Number.isNaN(at) || at >= p.now) return false;
      const quiet = quietSince(p, at, by);
      return quiet === UNKNOWN ? UNKNOWN : !quiet;
    },
    facts,
    cost: COST.fact,
    missing: (p, out) => {
      const at = appliedAt(p);
      if (at !== undefined) return missingForQuiet(p, at, out, by);
      // The timeline tells when the label was applied and what happened since: ask for all at once.
      missingClockFacts(p).forEach((name) => out.add(name));
      if (p.clock.linked && p.facts.linked === undefined) out.add('linked');
    },
  };
}

/**
 * `files: { any, all, none }` over the paths a pull request changes (false for issues):
 * `any` some changed file matches; `all` every changed file matches one of the globs ("only docs
 * changed"; a pull request that changes nothing does not qualify); `none` no changed file matches.
 */
function filesTest(set: LabelSet): (p: Projection) => Truth {
  const anyRe = set.any === undefined ? null : pathMatcher(set.any);
  const allRe = set.all === undefined ? null : pathMatcher(set.all);
  const noneRe = set.none === undefined ? null : pathMatcher(set.none);
  return (p) => {
    if (p.item.type !== 'pull_request') return false;
    const files = p.facts.files;
    if (files === undefined) return UNKNOWN;
    if (anyRe !== null && !someMatch(files, anyRe)) return false;
    if (allRe !== null) {
      if (files.length === 0) return false;
      for (const file of files) if (!allRe.test(file)) return false;
    }
    return noneRe === null || !someMatch(files, noneRe);
  };
}

/**
 * `vetoed: RULE`: someone (not Sift) gave Sift's comment of RULE a thumbs-down, or the item's author
 * commented after it. False while the rule has no comment on the item: nothing was proposed yet.
 */
function vetoedTest(p: Projection, rule: string): Truth {
  const comments = p.facts.ruleComments;
  if (comments === undefined) return UNKNOWN;
  return vetoOf(comments[rule], p.item.author) !== null;
}

/** Who vetoed the comment and how, or null. */
export function vetoOf(
  comment: RuleComment | undefined,
  author: string,
): { how: 'thumbs-down'; count: number } | { how: 'reply'; by: string } | null {
  if (comment === undefined) return null;
  if (comment.thumbsDown > 0) return { how: 'thumbs-down', count: comment.thumbsDown };
  const replied = comment.laterCommenters.find((login) => login.toLowerCase() === author.toLowerCase());
  return replied === undefined ? null : { how: 'reply', by: replied };
}

import { describeProjectCondition, observeProjects } from './projects.js';
import type { FactName, Item, ItemFacts } from '../model/item.js';
import { itemName, type Forge } from '../model/item-name.js';
import type { Change, ItemRef, RuleChanges } from '../model/plan.js';
import type { ActorGroup, AgeBounds, Bounds, Condition, LabelSet, RuleSet } from '../model/rules.js';
import { itemHumanActivity, lastActivityAt, linkedActivityAt } from './activity.js';
import { applyActions } from './changes.js';
import { planCommands } from './commands.js';
import { resolveRules, ruleSeesItem, type CompiledRules } from './compile.js';
import { isDraft, missingFacts, type CompiledCondition } from './conditions.js';
import { formatAgo, formatDuration, formatInstant, formatList, snippet } from './format.js';
import { itemRef } from './plan.js';
import { vetoOf, type PullConditionKind } from './fact-tests.js';
import { checksState, reviewDecision, waitingOn } from './pull-state.js';
import {
  createProjection,
  findLabel,
  labelAppliedAt,
  labelDatedByUpdate,
  type Projection,
} from './projection.js';
import { describeForm, observeForm } from './forms.js';
import { describeSubIssueBounds, observeParent, observeSubIssues } from './structure.js';
import { answerOf, describeAnswer, describeSimilar, similarOf } from './model-tests.js';
import type { Truth } from './truth.js';
import { commandSource, Provenance, ruleSource } from './provenance.js';

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
  /** For a check rule: its message, whether `require` holds, and each required condition. */
  check?: CheckExplanation;
  /** Real changes the rule plans (empty unless the rule fires; may be empty even then). */
  changes: Change[];
  /** Facts that would decide an `unknown` outcome. */
  needs: FactName[];
}

export interface CheckExplanation {
  message: string;
  /** The `require` list taken together: true passes, false fails (when `outcome` is true). */
  outcome: Truth;
  conditions: ConditionExplanation[];
}

export interface Explanation {
  item: ItemRef;
  /** Whose notation names items (GitLab's merge requests are `!12`); absent: GitHub's. */
  forge?: Forge;
  /** The commands of the item's unanswered comments, as a sweep would run them, before the rules. */
  commands?: RuleChanges[];
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
  forge: Forge = 'github',
): Explanation {
  const compiled = resolveRules(rules);
  const p = createProjection(item, facts, now.getTime(), compiled.clock);
  const settings = compiled.source.commands;
  // The commands run first, as in planItem: the rules are explained against what they leave.
  const commands = settings && facts.commands ? planCommands(p, facts.commands, settings) : undefined;
  // What the commands and each rule change, so a later rule's explanation can say who made it so.
  const earlier = new Provenance();
  for (const asked of commands ?? [])
    if (asked.command && asked.command.line !== '')
      earlier.record(asked.changes, commandSource(asked.command.line, asked.command.by));
  const seen: Seen = { p, forge, earlier };
  const out: RuleExplanation[] = [];
  for (const compiledRule of compiled.rules) {
    const { rule, when, require, fires } = compiledRule;
    if (!ruleSeesItem(compiledRule, item)) {
      out.push({ ...unseen(compiledRule.discussions, item), rule: rule.id });
      continue;
    }
    const outcome = when.test(p);
    const needs = new Set<FactName>();
    missingFacts(fires, p, needs);
    // Conditions are explained before the rule's changes advance the projection.
    const conditions = when.children.map((c) => explainCondition(c, seen));
    const explained: RuleExplanation = { rule: rule.id, outcome, conditions, changes: [], needs: [] };
    if (require !== null && rule.check !== undefined) {
      explained.check = {
        message: rule.check.message,
        outcome: require.test(p),
        conditions: require.children.map((c) => explainCondition(c, seen)),
      };
    }
    explained.changes = fires.test(p) === true ? applyActions(rule, p) : [];
    earlier.record(explained.changes, ruleSource(rule.id));
    explained.needs = [...needs];
    out.push(explained);
  }
  return {
    item: itemRef(item),
    ...(forge === 'gitlab' ? { forge } : {}),
    ...(commands && commands.length > 0 ? { commands } : {}),
    rules: out,
  };
}

/** What a condition's explanation reads: the projected item, whose notation, and who changed what. */
interface Seen {
  p: Projection;
  forge: Forge;
  earlier: Provenance;
}

/** A rule that never looks at items of this type: why, as its one condition. */
function unseen(discussions: boolean, item: Item): RuleExplanation {
  const condition: ConditionExplanation = {
    description: discussions ? 'type discussion' : 'type issue or pull_request (no `type: discussion`)',
    observed: `type: ${item.type}`,
    outcome: false,
    children: [],
  };
  return { rule: '', outcome: false, conditions: [condition], changes: [], needs: [] };
}

function explainCondition(c: CompiledCondition, seen: Seen): ConditionExplanation {
  const observed = observe(c.source, seen);
  return {
    description: describeCondition(c.source),
    // An earlier rule's doing is said where it shows (`state: closed (by rule close-stale, ...)`).
    observed: observed === '' ? '' : observed + seen.earlier.note(c.source),
    outcome: c.test(seen.p),
    children: c.children.map((child) => explainCondition(child, seen)),
  };
}

/** The condition as a rules file would say it, in one short line. */
export function describeCondition(cond: Condition): string {
  switch (cond.kind) {
    case 'human-comments':
    case 'reactions':
    case 'thumbs-up':
      return `${cond.kind} ${describeBounds(cond.value)}`;
    case 'files':
      return `files ${describeSet(cond.value)}`;
    case 'base':
    case 'head':
      return `${cond.kind} [${cond.value.join(', ')}]`;
    case 'linked':
      return `linked ${String(cond.value)}`;
    case 'category':
      return `category [${cond.value.join(', ')}]`;
    case 'answered':
      return `answered ${String(cond.value)}`;
    case 'active-after-label':
      return `active after label ${cond.value}${describeBy(cond.by)}`;
    case 'review-decision':
      return `review-decision [${cond.value.join(', ')}]`;
    case 'mergeable':
    case 'waiting-on':
      return `${cond.kind} ${String(cond.value)}`;
    case 'checks':
      return typeof cond.value === 'string'
        ? `checks ${cond.value}`
        : `checks failing [${cond.value.failing.join(', ')}]`;
    case 'size':
      return `size ${[
        cond.value.lines === undefined ? '' : `lines ${describeBounds(cond.value.lines)}`,
        cond.value.files === undefined ? '' : `files ${describeBounds(cond.value.files)}`,
      ]
        .filter(Boolean)
        .join(', ')}`;
    case 'requested-reviewers':
      return `requested-reviewers ${typeof cond.value === 'string' ? cond.value : `[${cond.value.join(', ')}]`}`;
    case 'issue-type':
      return `issue-type ${typeof cond.value === 'string' ? cond.value : `[${cond.value.join(', ')}]`}`;
    case 'sub-issues':
      return describeSubIssueBounds(cond.value);
    case 'parent':
      return `parent ${cond.value}`;
    case 'form':
      return describeForm(cond.value);
    case 'project':
      return describeProjectCondition(cond.value);
    case 'vetoed':
      return `vetoed ${cond.value}`;
    case 'type':
    case 'state':
    case 'draft':
    case 'locked':
      return `${cond.kind} ${String(cond.value)}`;
    case 'labels':
      return `labels ${describeSet(cond.value)}`;
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
      return `inactive ${formatDuration(cond.value)}${describeBy(cond.by)}`;
    case 'labeled':
      return `labeled ${Object.entries(cond.value)
        .map(([label, span]) => `${label} ${formatDuration(span)}`)
        .join(', ')}`;
    case 'comments':
      return `comments ${describeBounds(cond.value)}`;
    case 'classify': {
      const { into, minConfidence, maxConfidence } = cond.value;
      const below = maxConfidence === undefined ? '' : ` and below ${maxConfidence}`;
      return `classify into [${into.join(', ')}] with confidence >= ${minConfidence}${below}`;
    }
    case 'similar': {
      const { min, among, limit } = cond.value;
      return `similar to ${among} items with score >= ${min} (at most ${limit})`;
    }
    case 'all':
    case 'any':
      return `${cond.kind} of`;
    case 'not':
      return 'not';
  }
}

function describeBy(by: ActorGroup | undefined): string {
  return by === undefined ? '' : ` by ${by === 'author' ? 'the author' : 'maintainers'}`;
}

function describeSet(set: LabelSet): string {
  return (['any', 'all', 'none'] as const)
    .filter((k) => set[k] !== undefined)
    .map((k) => `${k} [${(set[k] ?? []).join(', ')}]`)
    .join(' ');
}

function describeBounds({ min, max }: Bounds): string {
  if (min !== undefined && min === max) return `= ${min}`;
  return [min === undefined ? '' : `>= ${min}`, max === undefined ? '' : `<= ${max}`]
    .filter(Boolean)
    .join(' and ');
}

function describeAge(bounds: AgeBounds): string {
  const parts: string[] = [];
  if (bounds.olderThan !== undefined) parts.push(`older than ${formatDuration(bounds.olderThan)}`);
  if (bounds.newerThan !== undefined) parts.push(`newer than ${formatDuration(bounds.newerThan)}`);
  if (bounds.after !== undefined) parts.push(`at or after ${formatInstant(bounds.after)}`);
  if (bounds.before !== undefined) parts.push(`before ${formatInstant(bounds.before)}`);
  return parts.join(' and ');
}

/** What the condition looked at, as the engine saw it. */
function observe(cond: Condition, seen: Seen): string {
  const { p } = seen;
  const item = p.item;
  switch (cond.kind) {
    case 'human-comments': {
      const human = itemHumanActivity(p);
      return human === undefined
        ? `comments: ${item.comments} (human comments need the timeline)`
        : `human comments: ${human.comments} of ${item.comments}`;
    }
    case 'reactions':
      return `reactions: ${item.reactions.total}`;
    case 'thumbs-up':
      return `thumbs up: ${item.reactions.thumbsUp}`;
    case 'files':
      if (item.type !== 'pull_request') return 'an issue has no files';
      return p.facts.files === undefined ? 'files not read yet' : `files: ${formatList(p.facts.files)}`;
    case 'base':
    case 'head': {
      if (item.type !== 'pull_request') return 'an issue has no branches';
      const branches = p.facts.branches;
      if (branches === undefined) return 'branches not read yet';
      if (branches === null) return 'no branches';
      return `${cond.kind}: ${branches[cond.kind]}${cond.kind === 'head' && branches.fork ? ' (fork)' : ''}`;
    }
    case 'linked':
      return observeLinked(p, seen.forge);
    case 'category':
      return item.discussion ? `category: ${item.discussion.category}` : `a ${item.type} has no category`;
    case 'answered':
      return item.discussion
        ? `answered: ${String(item.discussion.answered)}`
        : `a ${item.type} has no answer`;
    case 'active-after-label':
      return observeActiveAfter(cond.value, cond.by, p);
    case 'review-decision':
    case 'mergeable':
    case 'checks':
    case 'size':
    case 'requested-reviewers':
    case 'waiting-on':
      return observePull(cond.kind, p);
    case 'issue-type':
      if (item.type !== 'issue')
        return `a ${item.type === 'pull_request' ? 'pull request' : item.type} has no issue type`;
      if (p.issueType === undefined) return 'issue type not read yet';
      return `issue-type: ${p.issueType ?? '(none)'}`;
    case 'sub-issues':
      return observeSubIssues(p);
    case 'parent':
      return observeParent(p);
    case 'form':
      return observeForm(p);
    case 'project':
      return observeProjects(p);
    case 'vetoed':
      return observeVeto(p, cond.value);
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
    case 'updated': {
      const at = cond.kind === 'created' ? p.createdAt : p.updatedAt;
      // Against fixed dates the instant itself is what a reader compares.
      const fixed = cond.value.after !== undefined || cond.value.before !== undefined;
      return `${cond.kind} ${fixed ? `${formatInstant(at)}, ` : ''}${formatAgo(p.now - at)}`;
    }
    case 'inactive':
      return cond.by === undefined ? observeInactive(p) : observeInactiveBy(p, cond.by);
    case 'labeled':
      return Object.keys(cond.value)
        .map((label) => observeLabeled(label, p) + seen.earlier.labelNote(label))
        .join('; ');
    case 'comments':
      return `comments: ${item.comments}`;
    case 'classify':
      return describeAnswer(answerOf(p, cond.value.key));
    case 'similar':
      return describeSimilar(cond.value, similarOf(p, cond.value.among));
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
  return `${onItem} ${describeApplied(label, at, p)}`;
}

/** `applied 9 days ago`, or how it was dated when its history has no application of it. */
function describeApplied(label: string, at: number, p: Projection): string {
  if (!labelDatedByUpdate(p, label.toLowerCase())) return `applied ${formatAgo(p.now - at)}`;
  return `applied ${formatAgo(p.now - at)} at the latest (its history has no labeled event: dated by the item's last update)`;
}

/** `last activity 75 days ago (a comment by alice; bot events ignored: 2)`, or what stood in for it. */
function observeInactive(p: Projection): string {
  const human = itemHumanActivity(p);
  const linked = p.clock.linked ? linkedActivityAt(p) : undefined;
  const linkedNote =
    linked === undefined || linked === Number.NEGATIVE_INFINITY
      ? ''
      : `; linked items updated ${formatAgo(p.now - linked)}`;
  if (human === undefined) {
    // Decided (or undecidable) without the timeline: say what was looked at.
    return `updated ${formatAgo(p.now - p.updatedAt)}; human activity not read${linkedNote}`;
  }
  const notes: string[] = [];
  if (human.at === p.createdAt && !human.unexplainedUpdate)
    notes.push('no human activity since it was created');
  else if (human.unexplainedUpdate && human.at === p.updatedAt)
    notes.push('an update no event explains (e.g. a description edit) counts as activity');
  if (human.ignored > 0) notes.push(`bot events ignored: ${human.ignored}`);
  const why = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return `last activity ${formatAgo(p.now - lastActivityAt(p))}${why}${linkedNote}`;
}

function observeLinked(p: Projection, forge: Forge): string {
  const linked = p.facts.linked;
  if (linked === undefined) return 'linked items not read yet';
  if (linked.length === 0) return 'linked: (none)';
  return `linked: ${linked.map((l) => `${itemName(l, forge)} (${l.state})`).join(', ')}`;
}

/** What a pull-request condition read, or which fact it still needs. */
function observePull(kind: PullConditionKind, p: Projection): string {
  if (p.item.type !== 'pull_request') return `a ${p.item.type} has no reviews, checks or merge state`;
  const { pull, reviews, checks } = p.facts;
  const notRead = (fact: string) => `${fact} not read yet`;
  switch (kind) {
    case 'review-decision':
      if (reviews === undefined) return notRead('reviews');
      return reviews === null ? 'no reviews' : `review decision: ${reviewDecision(reviews)}`;
    case 'mergeable':
      if (pull === undefined) return notRead('the pull request');
      return `mergeable: ${pull === null || pull.mergeable === null ? 'unknown' : String(pull.mergeable)}`;
    case 'checks':
      if (checks === undefined) return notRead('checks');
      if (checks === null || checks.length === 0) return 'checks: none';
      return `checks: ${checksState(checks)} (${formatList(checks.map((c) => `${c.name} ${c.state}`))})`;
    case 'size':
      if (pull === undefined) return notRead('the pull request');
      return pull === null ? 'no size' : `lines: ${pull.lines}, files: ${pull.files}`;
    case 'requested-reviewers':
      if (pull === undefined) return notRead('the pull request');
      return `requested reviewers: ${formatList(pull?.requestedReviewers ?? [])}`;
    case 'waiting-on':
      if (pull === undefined || reviews === undefined || checks === undefined)
        return notRead('the pull request, its reviews and checks');
      if (pull === null || reviews === null || checks === null) return 'waiting on: none';
      return `waiting on: ${waitingOn(pull, reviews, checks)}`;
  }
}

/** `the author last active 3 days ago`, from the timeline (activity of that group only). */
function observeInactiveBy(p: Projection, by: ActorGroup): string {
  const human = itemHumanActivity(p, by);
  const who = by === 'author' ? 'the author' : 'maintainers';
  if (human === undefined) return `updated ${formatAgo(p.now - p.updatedAt)}; activity by ${who} not read`;
  if (human.at === p.createdAt) return `no activity by ${who} since it was created`;
  return `${who} last active ${formatAgo(p.now - human.at)}`;
}

function observeActiveAfter(label: string, by: ActorGroup | undefined, p: Projection): string {
  const onItem = findLabel(p, label);
  if (onItem === undefined) return `${label} not on the item`;
  const at = labelAppliedAt(p, label.toLowerCase());
  if (at === undefined) return `${onItem} applied at an unknown time (needs the timeline)`;
  const human = itemHumanActivity(p, by);
  const last =
    human === undefined
      ? 'human activity not read'
      : by === undefined
        ? observeInactive(p)
        : observeInactiveBy(p, by);
  return `${onItem} ${describeApplied(label, at, p)}; ${last}`;
}

function observeVeto(p: Projection, rule: string): string {
  const comments = p.facts.ruleComments;
  if (comments === undefined) return "Sift's comments not read (needs ruleComments)";
  const comment = comments[rule];
  if (comment === undefined) return `no comment of ${rule} on the item`;
  const veto = vetoOf(comment, p.item.author);
  const posted = `comment of ${rule} posted ${formatAgo(p.now - Date.parse(comment.postedAt))}`;
  if (veto === null) return `${posted}: no thumbs-down, no reply from the author`;
  return veto.how === 'thumbs-down'
    ? `${posted}: ${veto.count} thumbs-down`
    : `${posted}: the author (${veto.by}) replied after it`;
}

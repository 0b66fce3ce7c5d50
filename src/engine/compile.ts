import type { FactName } from '../model/item.js';
import type { Item } from '../model/item.js';
import { selectsDiscussions, type ActionSpec, type Rule, type RuleSet } from '../model/rules.js';
import { isFormPlaceholder, placeholdersIn } from '../model/template.js';
import { compileActivity, type ActivityClock } from './clock.js';
import { allOfCompiled, compileCondition, notOfCompiled, type CompiledCondition } from './conditions.js';
import { ruleRunsOn, triggerKey, type Trigger } from './events.js';
import { clockFacts } from './fact-tests.js';

export interface CompiledRule {
  readonly rule: Rule;
  /** The rule's `when` list as one implicit `all`. */
  readonly when: CompiledCondition;
  /** A check rule's `require` list as one implicit `all`; null for other rules. */
  readonly require: CompiledCondition | null;
  /**
   * When the rule's actions run: `when`, and for a check rule `when` and not `require`, so a check's
   * actions ("label needs-type") run exactly when the check fails.
   */
  readonly fires: CompiledCondition;
  /**
   * Facts the rule's actions need before they are applied, read only when the rule fires. A comment:
   * the timeline (and linked items, when they count as activity) make the item's last activity exact,
   * for `{{inactive_days}}` and for the comment's cycle (see `since` on the comment change); none for a
   * check whose comment (a status, edited in place) shows no days. `issue-type`: the current type, so
   * setting the type an issue already has plans nothing. Empty for most rules.
   */
  readonly actionFacts: readonly FactName[];
  /**
   * Of `actionFacts`, the clock's facts a comment needs for its cycle alone (its text shows no
   * `{{inactive_days}}`): the cycle only decides which of Sift's earlier comments count, so an item
   * without any comment needs none of them (see plan.ts). Empty otherwise.
   */
  readonly cycleFacts: readonly FactName[];
  /**
   * The rule is about discussions (`type: discussion` at the top of `when`) and sees nothing else;
   * any other rule never sees a discussion (see `selectsDiscussions`).
   */
  readonly discussions: boolean;
}

/** Whether the rule looks at this item at all: discussions only for rules about discussions. */
export function ruleSeesItem(rule: CompiledRule, item: Item): boolean {
  return rule.discussions === (item.type === 'discussion');
}

/** A rule set with its globs and condition trees compiled; build once, evaluate many items. */
export interface CompiledRules {
  readonly source: RuleSet;
  /** The run these rules were selected for: see `rulesFor`. */
  readonly trigger: Trigger;
  /** The rules that run for `trigger`, in file order. */
  readonly rules: readonly CompiledRule[];
  /** Every fact some condition of these rules may need, in a stable order. */
  readonly facts: readonly FactName[];
  readonly clock: ActivityClock;
}

interface Compilation {
  all: readonly CompiledRule[];
  clock: ActivityClock;
  byTrigger: Map<string, CompiledRules>;
}

/** Rule sets are immutable once loaded, so one compilation per RuleSet object is enough. */
const cache = new WeakMap<RuleSet, Compilation>();

function compilation(ruleSet: RuleSet): Compilation {
  let compiled = cache.get(ruleSet);
  if (compiled === undefined) {
    const all = ruleSet.rules.map((rule) => compileRule(rule, ruleSet));
    compiled = { all, clock: compileActivity(ruleSet.activity), byTrigger: new Map() };
    cache.set(ruleSet, compiled);
  }
  return compiled;
}

function compileRule(rule: Rule, ruleSet: RuleSet): CompiledRule {
  const when = compileCondition({ kind: 'all', value: rule.when }, ruleSet.activity);
  const actionFacts = actionFactsOf(rule, ruleSet);
  const cycleFacts = cycleFactsOf(rule, ruleSet);
  const discussions = selectsDiscussions(rule);
  if (rule.check === undefined)
    return { rule, when, require: null, fires: when, actionFacts, cycleFacts, discussions };
  const requireSource = { kind: 'all', value: rule.check.require } as const;
  const require = compileCondition(requireSource, ruleSet.activity);
  const failsSource = { kind: 'not', value: requireSource } as const;
  const fires = allOfCompiled({ kind: 'all', value: [...rule.when, failsSource] }, [
    when,
    notOfCompiled(failsSource, require),
  ]);
  return { rule, when, require, fires, actionFacts, cycleFacts, discussions };
}

const NO_FACTS: readonly FactName[] = [];

/** The texts of an action that may hold placeholders: a comment's, a project action's values. */
export function templatesOf(action: ActionSpec): string[] {
  if (action.kind === 'comment') return [action.template];
  if (action.kind === 'project') return action.target.fields.map((f) => f.value);
  return [];
}

/** `inherit-labels` and `{{parent}}` read the parent; `{{sub_issues}}` the sub-issues. */
function structureFactsOf(rule: Rule): FactName[] {
  const facts = new Set<FactName>();
  for (const action of rule.then) {
    if (action.kind === 'inherit-labels') facts.add('parent');
    // The item's projects and values decide what to add and set (a rerun plans nothing).
    if (action.kind === 'project') facts.add('projects');
    for (const use of templatesOf(action).flatMap((t) => placeholdersIn(t))) {
      if (use.name === 'parent') facts.add('parent');
      if (use.name === 'sub_issues') facts.add('subIssues');
      if (isFormPlaceholder(use.name)) facts.add('form');
    }
  }
  return [...facts];
}

function actionFactsOf(rule: Rule, ruleSet: RuleSet): readonly FactName[] {
  const facts = [...commentFactsOf(rule, ruleSet), ...structureFactsOf(rule)];
  if (rule.then.some((a) => a.kind === 'issue-type')) facts.push('issueType');
  return facts.length === 0 ? NO_FACTS : facts;
}

function commentFactsOf(rule: Rule, ruleSet: RuleSet): readonly FactName[] {
  const templates = commentTemplates(rule);
  if (templates.length === 0) return NO_FACTS;
  if (rule.check !== undefined && !showsDays(templates)) return NO_FACTS;
  return clockFacts(ruleSet.activity);
}

function cycleFactsOf(rule: Rule, ruleSet: RuleSet): readonly FactName[] {
  const templates = commentTemplates(rule);
  return showsDays(templates) ? NO_FACTS : commentFactsOf(rule, ruleSet);
}

function commentTemplates(rule: Rule): string[] {
  return rule.then.flatMap((a) => (a.kind === 'comment' ? [a.template] : []));
}

function showsDays(templates: readonly string[]): boolean {
  return templates.some((t) => placeholdersIn(t).some((u) => u.name === 'inactive_days'));
}

/**
 * The rules that run for a trigger (see `ruleRunsOn` in events.ts for which ones), compiled once per
 * rule set and trigger. Pass the result to `planItem`, `evaluateChecks` or `explain`.
 */
export function rulesFor(rules: RuleSet | CompiledRules, trigger: Trigger): CompiledRules {
  const ruleSet = 'source' in rules ? rules.source : rules;
  const compiled = compilation(ruleSet);
  const key = triggerKey(trigger);
  let selected = compiled.byTrigger.get(key);
  if (selected === undefined) {
    const active = compiled.all.filter((r) => ruleRunsOn(r.rule, trigger));
    const facts = [...new Set(active.flatMap((r) => [...r.fires.facts, ...r.actionFacts]))].sort();
    selected = { source: ruleSet, trigger, rules: active, facts, clock: compiled.clock };
    compiled.byTrigger.set(key, selected);
  }
  return selected;
}

/** The rules of a sweep (a scheduled or manual walk of every item): see `rulesFor`. */
export function compileRules(ruleSet: RuleSet): CompiledRules {
  return rulesFor(ruleSet, 'sweep');
}

/**
 * Accepts either form so callers that evaluate a handful of items need not compile explicitly. A bare
 * RuleSet means a sweep.
 */
export function resolveRules(rules: RuleSet | CompiledRules): CompiledRules {
  return 'source' in rules ? rules : compileRules(rules);
}

/**
 * The facts evaluating these rules could ever ask for. Empty means the pipeline never needs a
 * per-item request (a rules file without `labeled`, `inactive` and the like costs nothing extra).
 */
export function factsNeeded(rules: RuleSet | CompiledRules): FactName[] {
  return [...resolveRules(rules).facts];
}

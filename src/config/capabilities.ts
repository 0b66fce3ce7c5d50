import { conditionFacts } from '../engine/conditions.js';
import type { FactName } from '../model/item.js';
import { isFormPlaceholder, placeholdersIn } from '../model/template.js';
import {
  selectsDiscussions,
  type ActionKind,
  type ActivitySettings,
  type Condition,
  type ConditionKind,
  type Rule,
  type RuleSet,
} from '../model/rules.js';
import type { Capabilities } from '../providers/provider.js';
import type { ConfigProblem } from './errors.js';

/**
 * Combinators are evaluated by the engine from the other conditions' results, never by a provider,
 * so they are not checked (an implicit `all` would otherwise blame the user for something not written).
 */
const ENGINE_CONDITIONS: ReadonlySet<ConditionKind> = new Set<ConditionKind>([
  'all',
  'any',
  'not',
  // Answered by the rules file's model endpoint, whatever the forge.
  'classify',
  'similar',
]);

/** How messages name a fact a provider cannot read. */
const FACT_NAMES: Record<FactName, string> = {
  labelAppliedAt: 'label history',
  timeline: 'item timelines',
  associations: "commenters' standing",
  reactions: 'reactions with their authors',
  files: 'changed files',
  branches: 'branches',
  linked: 'linked items',
  recent: 'recent activity',
  issueType: 'issue types',
  pull: "pull requests' merge state, size and requested reviewers",
  reviews: "pull requests' reviews",
  checks: "pull requests' checks",
  commands: 'comments with commands',
  repositoryLabels: "the repository's labels",
  unknownUsers: 'users',
  repositoryMilestones: "the repository's milestones",
  subIssues: 'sub-issues',
  parent: 'parent issues',
  answers: "models' answers",
  similar: 'similar items',
  ruleComments: "reactions and replies to Sift's comments",
  form: 'issue forms',
  projects: 'GitHub projects',
};

/**
 * Problems for every condition and action a rule uses (in `when` and in a check's `require`) that the
 * provider cannot evaluate or carry out, including conditions whose facts it cannot read, at the
 * rule's position, so the run fails before its first request rather than on every item. Empty when
 * all is supported.
 */
export function checkCapabilities(ruleSet: RuleSet, caps: Capabilities): ConfigProblem[] {
  return [
    ...ruleProblems(ruleSet, caps),
    ...commandProblems(ruleSet, caps),
    ...placeholderProblems(ruleSet, caps),
  ];
}

/** Placeholders that read a fact (`{{parent}}`, `{{sub_issues}}`, `{{form.ID}}`): the provider must read it. */
function placeholderProblems(ruleSet: RuleSet, caps: Capabilities): ConfigProblem[] {
  return ruleSet.rules.flatMap((rule) => {
    const needed = new Map<FactName, string>();
    for (const action of rule.then) {
      if (action.kind !== 'comment') continue;
      for (const { name } of placeholdersIn(action.template)) {
        const fact =
          name === 'parent'
            ? 'parent'
            : name === 'sub_issues'
              ? 'subIssues'
              : isFormPlaceholder(name)
                ? 'form'
                : undefined;
        if (fact && !caps.facts.has(fact) && !needed.has(fact)) needed.set(fact, name);
      }
    }
    return [...needed].map(([fact, name]) => ({
      ...rule.pos,
      message: `rule "${rule.id}" uses the placeholder "{{${name}}}", which needs ${FACT_NAMES[fact]}; the ${caps.name} provider cannot read them`,
    }));
  });
}

/** Commands need a provider that reads comments with their authors' standing and reacts to them. */
function commandProblems(ruleSet: RuleSet, caps: Capabilities): ConfigProblem[] {
  const commands = ruleSet.commands?.commands ?? [];
  if (commands.length === 0) return [];
  if (!caps.commands) {
    return [
      {
        ...commands[0].pos,
        message: `commands in comments need a provider that reads them; the ${caps.name} provider cannot`,
      },
    ];
  }
  return commands.flatMap((command) => {
    const kinds: ActionKind[] = command.then
      ? command.then.map((a) => a.kind)
      : [command.name === 'type' ? 'issue-type' : (command.name as ActionKind)];
    return [...new Set(kinds)]
      .filter((kind) => !caps.actions.has(kind))
      .map((kind) => ({
        ...command.pos,
        message: `command "${command.name}" uses the action "${kind}", which the ${caps.name} provider does not support`,
      }));
  });
}

function ruleProblems(ruleSet: RuleSet, caps: Capabilities): ConfigProblem[] {
  return ruleSet.rules.flatMap((rule) => {
    const leaves = leafConditionsOf([...rule.when, ...(rule.check?.require ?? [])]);
    const problems: ConfigProblem[] = [];
    if (selectsDiscussions(rule) && !caps.discussions) problems.push(noDiscussions(rule, caps.name));
    const reported = new Set<string>();
    for (const condition of leaves) {
      if (reported.has(condition.kind)) continue;
      const message = conditionProblem(condition, caps, ruleSet.activity);
      if (message === undefined) continue;
      reported.add(condition.kind);
      problems.push({ ...rule.pos, message: `rule "${rule.id}" uses ${message}` });
    }
    for (const kind of actionKindsOf(rule)) {
      if (!caps.actions.has(kind)) {
        const problem = unsupported(rule, `the action "${kind}"`, caps.name);
        problems.push({ ...problem, message: problem.message + because(caps, kind) });
      }
    }
    return problems;
  });
}

function conditionProblem(
  condition: Condition,
  caps: Capabilities,
  activity: ActivitySettings,
): string | undefined {
  const what = `the condition "${condition.kind}"`;
  if (!caps.conditions.has(condition.kind))
    return `${what}, which the ${caps.name} provider does not support${because(caps, condition.kind)}`;
  const missing = conditionFacts(condition.kind, activity).filter((fact) => !caps.facts.has(fact));
  if (missing.length === 0) return undefined;
  const through = missing.includes('linked') && condition.kind !== 'linked' ? ' (activity.linked)' : '';
  return `${what}, which needs ${missing.map((f) => FACT_NAMES[f]).join(' and ')}${through}; the ${caps.name} provider cannot read them`;
}

/** Discussions exist on GitHub only, and only its GraphQL API reads and writes them. */
function noDiscussions(rule: Rule, provider: string): ConfigProblem {
  const hint = provider.startsWith('github')
    ? "GitHub's REST API has no discussions: use the GraphQL API (`api: graphql`, the default)"
    : 'discussions are a GitHub feature, read through its GraphQL API';
  return {
    ...rule.pos,
    message: `rule "${rule.id}" selects discussions (type: discussion), which the ${provider} provider cannot read; ${hint}`,
  };
}

/** The provider's reason for lacking a condition or action, when it gives one, after the refusal. */
function because(caps: Capabilities, kind: ConditionKind | ActionKind): string {
  const why = caps.why?.[kind];
  return why ? `: ${why}` : '';
}

function unsupported(rule: Rule, what: string, provider: string): ConfigProblem {
  return {
    ...rule.pos,
    message: `rule "${rule.id}" uses ${what}, which the ${provider} provider does not support`,
  };
}

/** Leaf conditions in the order they first appear. */
function leafConditionsOf(conditions: readonly Condition[], out: Condition[] = []): Condition[] {
  for (const condition of conditions) {
    if (condition.kind === 'all' || condition.kind === 'any') leafConditionsOf(condition.value, out);
    else if (condition.kind === 'not') leafConditionsOf([condition.value], out);
    else if (!ENGINE_CONDITIONS.has(condition.kind)) out.push(condition);
  }
  return out;
}

function actionKindsOf(rule: Rule): Set<ActionKind> {
  return new Set(rule.then.map((action) => action.kind));
}

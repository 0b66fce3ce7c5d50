import type { ActionKind, Condition, ConditionKind, Rule, RuleSet } from '../model/rules.js';
import type { Capabilities } from '../providers/provider.js';
import type { ConfigProblem } from './errors.js';

/**
 * Combinators are evaluated by the engine from the other conditions' results, never by a provider,
 * so they are not checked (an implicit `all` would otherwise blame the user for something not written).
 */
const ENGINE_CONDITIONS: ReadonlySet<ConditionKind> = new Set<ConditionKind>(['all', 'any', 'not']);

/**
 * Problems for every condition and action a rule uses that the provider cannot evaluate or carry out,
 * at the rule's position, so the run fails before its first request. Empty when all is supported.
 */
export function checkCapabilities(ruleSet: RuleSet, caps: Capabilities): ConfigProblem[] {
  return ruleSet.rules.flatMap((rule) => {
    const unsupportedConditions = [...conditionKindsOf(rule.when)].filter(
      (kind) => !caps.conditions.has(kind),
    );
    const unsupportedActions = [...actionKindsOf(rule)].filter((kind) => !caps.actions.has(kind));
    return [
      ...unsupportedConditions.map((kind) => problem(rule, `the condition "${kind}"`, caps.name)),
      ...unsupportedActions.map((kind) => problem(rule, `the action "${kind}"`, caps.name)),
    ];
  });
}

function problem(rule: Rule, what: string, provider: string): ConfigProblem {
  return {
    ...rule.pos,
    message: `rule "${rule.id}" uses ${what}, which the ${provider} provider does not support`,
  };
}

/** Leaf condition kinds in the order they first appear. */
function conditionKindsOf(
  conditions: readonly Condition[],
  kinds = new Set<ConditionKind>(),
): Set<ConditionKind> {
  for (const condition of conditions) {
    if (condition.kind === 'all' || condition.kind === 'any') conditionKindsOf(condition.value, kinds);
    else if (condition.kind === 'not') conditionKindsOf([condition.value], kinds);
    else if (!ENGINE_CONDITIONS.has(condition.kind)) kinds.add(condition.kind);
  }
  return kinds;
}

function actionKindsOf(rule: Rule): Set<ActionKind> {
  return new Set(rule.then.map((action) => action.kind));
}

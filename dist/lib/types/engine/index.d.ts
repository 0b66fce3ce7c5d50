/**
 * The engine: item + facts + rules + `now` in, planned changes out. Pure (no I/O, no clock), so every
 * decision can be replayed and tested from data alone.
 */
export { compileRules, factsNeeded, rulesFor, type CompiledRule, type CompiledRules } from './compile.js';
export { RULE_EVENTS, SWEEP_EVENTS, ruleRunsOn, type RuleEvent, type Trigger } from './events.js';
export { planItem, type Evaluation } from './plan.js';
export { commandScope, planCommands, type CommandScope } from './commands.js';
export { commandLines, type CommandLine } from './command-lines.js';
export { activityWindow } from './window.js';
export { evaluateChecks, type CheckEvaluation, type CheckResult, type CheckStatus } from './checks.js';
export { conditionFacts } from './conditions.js';
export { describeCondition, explain, type CheckExplanation, type ConditionExplanation, type Explanation, type RuleExplanation, } from './explain.js';
export { UNKNOWN, type Truth } from './truth.js';

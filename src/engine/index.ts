/**
 * The engine: item + facts + rules + `now` in, planned changes out. Pure (no I/O, no clock), so every
 * decision can be replayed and tested from data alone.
 */
export { compileRules, factsNeeded, type CompiledRule, type CompiledRules } from './compile.js';
export { planItem, type Evaluation } from './plan.js';
export {
  describeCondition,
  explain,
  type ConditionExplanation,
  type Explanation,
  type RuleExplanation,
} from './explain.js';
export { UNKNOWN, type Truth } from './truth.js';

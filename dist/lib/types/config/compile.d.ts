import { type RuleSet } from '../model/rules.js';
import type { ConfigProblem } from './errors.js';
import type { SourceLocator } from './positions.js';
import type { ShapeProblem } from './validate.js';
export interface CompileResult {
    ruleSet: RuleSet;
    /** Problems beyond the schema's: regexes, placeholders, duplicate ids, conflicting actions. */
    problems: ConfigProblem[];
}
/**
 * Turns validated data into a RuleSet. Parts the validator rejected are skipped, the rest is still
 * compiled so its problems are reported in the same run; the RuleSet is only usable when no problem
 * was found anywhere.
 */
export declare function compileRuleSet(data: unknown, shapeProblems: readonly ShapeProblem[], locator: SourceLocator): CompileResult;

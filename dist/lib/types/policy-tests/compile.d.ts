import type { ConfigProblem } from '../config/errors.js';
import type { SourceLocator } from '../config/positions.js';
import type { ShapeProblem } from '../config/validate.js';
import type { RuleSet } from '../model/rules.js';
import type { PolicyTestFile } from './types.js';
export interface CompiledTests {
    tests: PolicyTestFile;
    problems: ConfigProblem[];
}
export declare function compileTests(data: unknown, shapeProblems: readonly ShapeProblem[], locator: SourceLocator, rules: RuleSet, realNow: number): CompiledTests;

import type { Change } from '../model/plan.js';
import type { RuleSet } from '../model/rules.js';
import type { ExpectedChange, PolicyTest, PolicyTestFile, PolicyTestReport, TestOutcome } from './types.js';
export declare function runPolicyTests(rules: RuleSet, tests: PolicyTestFile): PolicyTestReport;
export declare function runTest(rules: RuleSet, test: PolicyTest, now: Date): TestOutcome;
export declare function changeMatches(expected: ExpectedChange, actual: Change): boolean;

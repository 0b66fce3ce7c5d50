import type { Change } from '../model/plan.js';
import type { RuleSet } from '../model/rules.js';
import type { ExpectedChange, PolicyTest, PolicyTestFile, PolicyTestReport, TestOutcome } from './types.js';
export interface RunOptions {
    /**
     * Asked before each test: return an error to stop the run with it (a time limit; the tests file may be
     * a pull request's). Tests are synchronous, so no timer could interrupt them.
     */
    stop?: () => Error | null;
}
export declare function runPolicyTests(rules: RuleSet, tests: PolicyTestFile, options?: RunOptions): PolicyTestReport;
export declare function runTest(rules: RuleSet, test: PolicyTest, now: Date): TestOutcome;
export declare function changeMatches(expected: ExpectedChange, actual: Change): boolean;

/**
 * The results of `sift test`, for a terminal (one line per test, and for a failure each rule's
 * expected and actual changes side by side) and as Markdown (job summary, preview comment).
 */
import type { Change } from '../model/plan.js';
import type { Expected, PolicyTestReport, RuleOutcome } from '../policy-tests/types.js';
export declare function testCounts(report: PolicyTestReport): {
    passed: number;
    failed: number;
};
export declare function renderTestsText(report: PolicyTestReport): string;
export declare function expectedLines(expected: Expected): string[];
export declare function actualLines(rule: RuleOutcome): string[];
/** A change as an expectation would be written, so the two columns read alike. */
export declare function describeChangeFully(change: Change): string;
/** Markdown: a count, every failed test with its rules in a table, and the passed tests' names. */
export declare function renderTestsMarkdown(report: PolicyTestReport): string;

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
/**
 * How much of a test report Markdown shows; what is left out is counted. A tests file can come from a
 * pull request's author (the preview) and hold thousands of tests: GitHub refuses a comment over
 * 65,536 characters and a step summary over 1 MiB.
 */
export interface TestsMarkdownCaps {
    failedTests: number;
    passedTests: number;
    /** Rule rows shown for one failed test (the failing rules first). */
    rowsPerTest: number;
    /** Expected or actual lines in one cell. */
    linesPerCell: number;
    /** Characters of any one text (a test name, an expectation, a message). */
    text: number;
}
export declare const FULL_TESTS_CAPS: TestsMarkdownCaps;
/**
 * Markdown: a count, the failed tests with their rules in a table, and the passed tests' names. Every
 * text from the tests or rules file (names, expectations, messages, comment bodies) is a code span it
 * cannot close, so it renders as written and nothing in it (HTML, links, images, mentions) is live.
 */
export declare function renderTestsMarkdown(report: PolicyTestReport, caps?: TestsMarkdownCaps): string;

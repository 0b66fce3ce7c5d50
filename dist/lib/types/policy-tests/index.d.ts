import type { RuleSet } from '../model/rules.js';
import type { PolicyTestFile } from './types.js';
export { runPolicyTests, runTest } from './run.js';
export type * from './types.js';
export { DEFAULT_TESTS_PATH } from './defaults.js';
/**
 * Validates and compiles tests-file text against the rules it tests; `file` names it in messages.
 * Throws ConfigError listing every problem (unknown rule ids and keys with "did you mean", bad dates).
 */
export declare function parsePolicyTests(text: string, file: string, rules: RuleSet, realNow?: number): PolicyTestFile;
/** Reads the tests file at `path` (see parsePolicyTests). A missing file is a ConfigError that says how to name it. */
export declare function loadPolicyTests(path: string, rules: RuleSet, realNow?: number): Promise<PolicyTestFile>;

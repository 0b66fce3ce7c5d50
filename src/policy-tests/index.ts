/**
 * `sift test`: policy tests as fixtures. A tests file holds items and what the rules must do to them;
 * they run through the same engine that triages, with no network and no token.
 */
import { ConfigError } from '../config/errors.js';
import { readRulesFile } from '../config/load.js';
import { parseRulesYaml } from '../config/parse.js';
import type { RuleSet } from '../model/rules.js';
import { compileTests } from './compile.js';
import { resolveTestProjects } from './project-fixtures.js';
import type { PolicyTestFile } from './types.js';
import { validateTestsShape } from './validate.js';

export { runPolicyTests, runTest } from './run.js';
export type * from './types.js';

export { DEFAULT_TESTS_PATH } from './defaults.js';

/**
 * Validates and compiles tests-file text against the rules it tests; `file` names it in messages.
 * Throws ConfigError listing every problem (unknown rule ids and keys with "did you mean", bad dates).
 */
export function parsePolicyTests(
  text: string,
  file: string,
  rules: RuleSet,
  realNow = Date.now(),
): PolicyTestFile {
  const { data, locator } = parseRulesYaml(
    text,
    file,
    'the tests file is empty: add `version: 1` and a `tests:` list',
  );
  const shapeProblems = validateTestsShape(data, locator);
  const { tests, problems } = compileTests(data, shapeProblems, locator, rules, realNow);
  const all = [
    ...shapeProblems.map(({ pos, message }) => ({ ...pos, message })),
    ...problems,
    ...resolveTestProjects(rules, tests.projects).problems,
  ];
  if (all.length > 0) throw new ConfigError(all);
  return tests;
}

/** Reads the tests file at `path` (see parsePolicyTests). A missing file is a ConfigError that says how to name it. */
export async function loadPolicyTests(
  path: string,
  rules: RuleSet,
  realNow = Date.now(),
): Promise<PolicyTestFile> {
  let text: string;
  try {
    text = await readRulesFile(path, path);
  } catch (error) {
    const problem = error instanceof ConfigError ? error.problems[0] : undefined;
    if (!problem?.message.startsWith('rules file not found')) throw error;
    throw new ConfigError([
      {
        ...problem,
        message:
          'tests file not found; set its path with the `tests` input (GitHub Action) or `--tests` (CLI)',
      },
    ]);
  }
  return parsePolicyTests(text, path, rules, realNow);
}

/**
 * `mode: test`: runs the policy tests file against the rules file, as `sift test` does. No token, no
 * request. A failed test is an error annotation at its line and fails the step; a bad file fails it
 * with an annotation per problem.
 */
import * as core from '@actions/core';
import * as log from './log.js';
import { ConfigError, loadRules } from '../config/index.js';
import { DEFAULT_TESTS_PATH, loadPolicyTests, runPolicyTests } from '../policy-tests/index.js';
import { renderTestsMarkdown, renderTestsText, testCounts } from '../report/policy-tests.js';
import { stopAt, type Deadline } from './deadline.js';
import { annotateErrors, failedTestAnnotations, problemAnnotations } from './annotations.js';
import { DEFAULT_RULES_PATH } from './inputs.js';

export async function runTestMode(deadline?: Deadline): Promise<void> {
  const rulesPath = core.getInput('rules') || DEFAULT_RULES_PATH;
  const testsPath = core.getInput('tests') || DEFAULT_TESTS_PATH;
  let report;
  try {
    const rules = await loadRules(rulesPath);
    report = runPolicyTests(rules, await loadPolicyTests(testsPath, rules), stopAt(deadline));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    annotateErrors(problemAnnotations(error, 'Sift'), 'problems');
    log.setFailed(`${error.message}\nThe file has problems; no test ran.`);
    return;
  }
  log.info(renderTestsText(report));
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderTestsMarkdown(report)).write();
  const { passed, failed } = testCounts(report);
  core.setOutput('tests', JSON.stringify({ passed, failed }));
  annotateErrors(failedTestAnnotations(report), 'failed tests');
  if (failed > 0) log.setFailed(`${failed} of ${passed + failed} policy tests failed.`);
}

/**
 * `mode: preview` (and `auto` on a pull request that changes the rules file): reads the rules file of
 * the base and of the head commit through the API (data, never a checkout of the pull request's code),
 * validates the new one, runs the pull request's tests file, dry-runs both rule sets in one walk, and
 * posts one sticky comment (found by its marker, edited on every push). No other write, ever.
 */
import * as core from '@actions/core';
import * as log from './log.js';
import { ConfigError, formatProblem, parseRules } from '../config/index.js';
import { similarSpecs, type RuleSet } from '../model/rules.js';
import { classifySpecs } from '../config/compile-models.js';
import { previewRules } from '../pipeline/preview.js';
import { assertSupported } from '../pipeline/rules.js';
import { parsePolicyTests, runPolicyTests } from '../policy-tests/index.js';
import type { PolicyTestReport } from '../policy-tests/types.js';
import { createRepositoryFiles, type RepositoryFiles } from '../providers/github/contents.js';
import { itemFromEvent } from '../providers/github/webhook.js';
import type { Provider } from '../providers/provider.js';
import { testCounts } from '../report/policy-tests.js';
import { PREVIEW_MARKER, previewEntries, renderPreview, type PreviewReport } from '../report/preview.js';
import { stopAt, type Deadline } from './deadline.js';
import { repositoryProvider, type ActionInputs } from './inputs.js';
import { count } from '../report/count.js';
import { fitJsonArray, bytesOfOutput, OUTPUTS_BUDGET_BYTES, utf8Bytes } from '../report/budget.js';
import { SUMMARY_BUDGET_BYTES } from '../report/summary.js';
import { annotateErrors, failedTestAnnotations, problemAnnotations } from './annotations.js';

/** Events whose pull request a preview is about. */
export const PREVIEW_EVENTS = ['pull_request', 'pull_request_target'];

interface PullPayload {
  pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } };
}

export interface PullRefs {
  number: number;
  baseSha: string;
  headSha: string;
}

/** The pull request's number and commits, from the event payload. */
export function pullRefs(payload: unknown): PullRefs | null {
  const pull = (payload as PullPayload).pull_request;
  const number = pull?.number;
  const baseSha = pull?.base?.sha;
  const headSha = pull?.head?.sha;
  if (typeof number !== 'number' || typeof baseSha !== 'string' || typeof headSha !== 'string') return null;
  return { number, baseSha, headSha };
}

export function repositoryFiles(inputs: ActionInputs): RepositoryFiles {
  return createRepositoryFiles({
    token: inputs.token,
    repository: inputs.repository,
    baseUrl: inputs.apiUrl,
  });
}

/** The rules path as the repository names it (the input is relative to the workspace, the checkout). */
export function repoPath(path: string): string {
  return path.replace(/^(\.\/)+/, '');
}

/** `mode: auto` on a pull-request event: whether the pull request touches the rules file (one listing of its files). */
export async function changesRules(
  files: RepositoryFiles,
  refs: PullRefs,
  rulesPath: string,
): Promise<boolean> {
  const paths = await files.pullRequestPaths(refs.number);
  return paths.includes(repoPath(rulesPath));
}

/** What the rest of the run needs from the preview. */
export interface PreviewOutcome {
  /** The base branch's rules, read through the API (null when it has none or they do not load). */
  baseRules: RuleSet | null;
  /** Bytes the `preview` outputs took of the job's outputs budget. */
  outputBytes: number;
  /** Bytes the preview took of the step summary. */
  summaryBytes: number;
}

/** Budget of the `preview` output: half of Sift's outputs budget, the rest is the base checks'. */
export const PREVIEW_OUTPUT_BYTES = Math.floor(OUTPUTS_BUDGET_BYTES / 2);

export async function runPreview(
  inputs: ActionInputs,
  eventName: string,
  payload: unknown,
  files: RepositoryFiles,
  now: Date,
  deadline?: Deadline,
): Promise<PreviewOutcome> {
  const refs = pullRefs(payload);
  if (!refs) throw new Error(`mode: preview needs a pull request event; the ${eventName} payload has none.`);
  const event = itemFromEvent(eventName, payload);
  const rulesPath = repoPath(inputs.rulesPath);
  const testsPath = repoPath(inputs.testsPath);
  const [baseText, headText, testsText] = await Promise.all([
    files.fileAt(rulesPath, refs.baseSha),
    files.fileAt(rulesPath, refs.headSha),
    files.fileAt(testsPath, refs.headSha),
  ]);

  const report: PreviewReport = {
    rulesPath,
    baseSha: refs.baseSha,
    headSha: refs.headSha,
    baseMissing: baseText === null,
    headMissing: headText === null,
    problems: [],
    result: null,
    notes: [],
  };
  const failures: string[] = [];
  let before: RuleSet | null = null;
  if (baseText !== null) {
    try {
      before = parseRules(baseText, rulesPath);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      report.notes.push(`The base branch's rules file does not load, so the "before" side is empty.`);
    }
  }
  let after: RuleSet | null = null;
  let provider: Provider | undefined;
  try {
    after = headText === null ? null : parseRules(headText, rulesPath);
    provider = await repositoryProvider(inputs);
    if (after) assertSupported(after, provider.capabilities);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    annotate(error, 'Sift rules file');
    report.problems.push(...error.problems.map(formatProblem));
    failures.push(`The rules file in this pull request has problems.`);
  }

  // Tests of rules that do not load would only repeat the rules file's problems.
  if (after && report.problems.length === 0 && testsText !== null) {
    try {
      report.tests = runPolicyTests(
        after,
        parsePolicyTests(testsText, testsPath, after, now.getTime()),
        stopAt(deadline),
      );
      annotateTests(report.tests);
      const { failed } = testCounts(report.tests);
      if (failed > 0) failures.push(`${failed} policy test(s) failed.`);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      annotate(error, 'Sift tests file');
      report.problems.push(...error.problems.map(formatProblem));
      failures.push('The tests file in this pull request has problems.');
    }
  }

  // A rules file with problems is not previewed: its plan would be nothing, and saying so is clearer.
  if (provider && report.problems.length === 0) {
    const asking = [before, after].flatMap((set) => (set ? modelRules(set) : []));
    if (asking.length > 0) report.notes.push(MODELS_NOTE([...new Set(asking)]));
    report.result = await previewRules({ provider, before, after, now });
    log.info(
      `Sift preview: walked ${count(report.result.walked, 'item')}; ` +
        report.result.rules.map((r) => `${r.rule} ${r.before} -> ${r.after}`).join(', '),
    );
  }
  const body = renderPreview(report);
  const fitted = fitJsonArray(previewEntries(report.result), PREVIEW_OUTPUT_BYTES);
  const previewOutputs = { preview: fitted.json, 'preview-omitted': String(fitted.omitted) };
  for (const [name, value] of Object.entries(previewOutputs)) core.setOutput(name, value);
  let summaryBytes = 0;
  if (process.env.GITHUB_STEP_SUMMARY) {
    // The summary may say more than the comment: up to half of Sift's summary budget, counting 3 bytes
    // a character; the base branch's checks may need the other half.
    const summary = renderPreview(report, Math.floor(SUMMARY_BUDGET_BYTES / 2 / 3));
    summaryBytes = utf8Bytes(summary);
    await core.summary.addRaw(summary).write();
  }

  if (event?.readOnlyFork) {
    log.notice(
      'This pull request comes from a fork, so the workflow token is read-only: the preview is in the job ' +
        'summary, and no comment was posted. Run the preview on `pull_request_target` to comment.',
    );
  } else if (inputs.dryRun) {
    log.info('Dry run: the preview comment was not posted.');
  } else {
    // Without loaded rules there is no provider yet; the comment does not need their capabilities.
    await postSticky(provider ?? (await repositoryProvider(inputs)), refs.number, body);
  }
  if (failures.length > 0) log.setFailed(failures.join(' '));
  return {
    baseRules: before,
    summaryBytes,
    outputBytes: Object.entries(previewOutputs).reduce(
      (sum, [name, value]) => sum + bytesOfOutput(name, value),
      0,
    ),
  };
}

/** Edits the preview comment in place, or posts it the first time; a rerun with the same text writes nothing. */
async function postSticky(provider: Provider, number: number, body: string): Promise<void> {
  const key = { type: 'pull_request' as const, number };
  const earlier = await provider.findComment(key, PREVIEW_MARKER);
  if (earlier?.body === body) return log.info('The preview comment already says this.');
  if (earlier) await provider.updateComment(key, earlier.id, body);
  else await provider.createComment(key, body);
  log.info(`${earlier ? 'Updated' : 'Posted'} the preview comment on #${number}.`);
}

function annotate(error: ConfigError, title: string): void {
  annotateErrors(problemAnnotations(error, title), 'problems');
}

function annotateTests(report: PolicyTestReport): void {
  annotateErrors(failedTestAnnotations(report), 'failed tests');
}

/**
 * The preview asks no model: the pull request's rules file would choose where the workflow token goes.
 * Its `classify` and `similar` conditions are unknown, so the comment says why those rules show no items.
 */
const MODELS_NOTE = (rules: string[]) =>
  `No model is asked in a preview (the pull request's rules file would choose where the workflow token ` +
  `goes): \`classify\` and \`similar\` conditions are unknown here, so ${rules
    .map((id) => `\`${id.replace(/`/g, '')}\``)
    .join(', ')} show${rules.length === 1 ? 's' : ''} no items. ` +
  'Pin answers in the tests file (`model:`, `similar:`) to check them.';

/** Ids of the rules with a `classify` or `similar` condition. */
function modelRules(set: RuleSet): string[] {
  return set.rules
    .filter((rule) => {
      const conditions = [...rule.when, ...(rule.check?.require ?? [])];
      return classifySpecs(conditions).length > 0 || similarSpecs(conditions).length > 0;
    })
    .map((rule) => rule.id);
}

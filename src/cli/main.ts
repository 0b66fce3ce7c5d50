/**
 * The command-line entry point: the same pipeline as the Action, reporting to the terminal (and to a
 * Markdown file with --summary, for GitLab CI artifacts).
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { ConfigError, loadRules } from '../config/index.js';
import { explainItem } from '../pipeline/explain.js';
import { assertSupported } from '../pipeline/rules.js';
import { triage } from '../pipeline/triage.js';
import { loadProvider } from '../providers/load.js';
import { renderExplanation } from '../report/explain.js';
import { failedOutcomes, planEntries, renderSummary, renderText, stopLine } from '../report/index.js';
import { inertLog, logJson } from '../report/log-line.js';
import { VERSION } from '../version.js';
import { DEFAULT_TESTS_PATH, loadPolicyTests, runPolicyTests } from '../policy-tests/index.js';
import { renderTestsText, testCounts } from '../report/policy-tests.js';
import { parseCli, requireToken, SHORT_USAGE, USAGE, UsageError, type CliOptions } from './args.js';
import { loadEtagFile, saveEtagFile, type LoadedEtags } from '../node/etag-file.js';
import { mergeCommand, shardsCommand } from './org.js';
import { evalCommand } from './eval.js';
import { openCliModels } from './models.js';
import { sweepCommand } from './sweep.js';
import { tryCommand } from './try.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs the CLI and resolves to the exit code. */
export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  rawIo: CliIo = stdio,
): Promise<number> {
  // Whatever an item, a rules file or a tests file says, no line printed can be a runner command.
  const io: CliIo = { out: (text) => rawIo.out(inertLog(text)), err: (text) => rawIo.err(inertLog(text)) };
  try {
    const command = parseCli(argv, env);
    if (command.kind === 'help') return (io.out(USAGE + '\n'), 0);
    if (command.kind === 'version') return (io.out(`${VERSION}\n`), 0);
    if (command.kind === 'test') return await runTests(command.rules, command.tests, io);
    if (command.kind === 'validate') return await validate(command, io);
    if (command.kind === 'try') return await tryCommand(command.options, io);
    if (command.kind === 'shards') return await shardsCommand(command.options, io);
    if (command.kind === 'merge') return await mergeCommand(command, io);
    const { options } = command;
    const rules = await loadRules(options.rules);
    if (command.kind === 'eval')
      return await evalCommand(options, rules, command.rule, command.sample, env, io);
    // What the provider can do is known without a request: check it before asking for a token.
    const dryRun = options.dryRun || options.explain !== undefined;
    // A provider built for its capabilities only: never asked anything, so any token will do.
    const probe = await loadProvider({
      ...options.provider,
      token: options.provider.token || 'none',
      dryRun,
    });
    assertSupported(rules, probe.capabilities);
    requireToken(options.provider);
    // Several repositories, a result file or report issues: the sweep of fleet/sweep.ts.
    if (
      options.explain === undefined &&
      (options.repositories.length > 1 || options.resultFile !== undefined || rules.reports !== undefined)
    ) {
      if (options.cacheDir !== undefined)
        io.err('sift: note: --cache-dir is used with one repository only; ignored.\n');
      return await sweepCommand(options, rules, io);
    }
    const etags = await loadEtags(options, io);
    const provider = await loadProvider({
      ...options.provider,
      dryRun,
      etags: etags?.store,
    });
    const now = new Date();
    const models = await openCliModels(options, rules, provider.repository, env, io);
    if (options.explain !== undefined) {
      const explanation = await explainItem(provider, rules, options.explain, now, models?.answerer);
      io.out(options.json ? logJson(explanation) : renderExplanation(explanation));
      await saveEtags(etags, io);
      await models?.save();
      return 0;
    }
    const result = await triage({
      provider,
      rules,
      now,
      dryRun: options.dryRun,
      ...options.limits,
      ...(models ? { models: models.answerer } : {}),
    });
    await saveEtags(etags, io);
    await models?.save();
    io.out(options.json ? logJson(planEntries(result)) : renderText(result));
    if (options.summaryFile) await writeFile(options.summaryFile, renderSummary(result, { trigger: 'cli' }));
    if (result.stop) io.err(`sift: ${stopLine(result.stop)}\n`);
    return failedOutcomes(result).length > 0 || result.stop?.reason === 'circuit-breaker' ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError)
      return (io.err(`sift: ${error.message}\n${error.withUsage ? `${SHORT_USAGE}\n` : ''}`), 2);
    if (error instanceof ConfigError) {
      return (io.err(`${error.message}\nThe rules file has problems; nothing was changed.\n`), 2);
    }
    io.err(`sift: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/**
 * Which file a tests file's ConfigError is about: a rule's project field the tests file's `projects:`
 * does not define is a problem of the rules file, found while reading the tests file.
 */
function whoseProblems(error: ConfigError, testsPath: string): string {
  const inTests = error.problems.filter((p) => p.file === testsPath).length;
  if (inTests === error.problems.length) return 'The tests file has problems';
  return inTests === 0
    ? "The rules file has problems (against the tests file's projects)"
    : 'The rules and tests files have problems';
}

/** `sift test`: 0 when every test passed, 1 when one failed (a bad file is a ConfigError: 2). */
async function runTests(rulesPath: string, testsPath: string, io: CliIo): Promise<number> {
  const rules = await loadRules(rulesPath);
  let tests;
  try {
    tests = await loadPolicyTests(testsPath, rules);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return (io.err(`${error.message}\n${whoseProblems(error, testsPath)}; no test ran.\n`), 2);
  }
  const report = runPolicyTests(rules, tests);
  io.out(renderTestsText(report));
  return testCounts(report).failed > 0 ? 1 : 0;
}

/**
 * `sift validate`: the rules file, and the tests file if one is named or the default exists, checked
 * as a run would check them (against the provider's capabilities too), with no token and no request.
 */
async function validate(
  command: Extract<ReturnType<typeof parseCli>, { kind: 'validate' }>,
  io: CliIo,
): Promise<number> {
  let rules;
  try {
    rules = await loadRules(command.rules);
    // A provider is built only for its capabilities: it is never asked anything.
    const probe = await loadProvider({ ...command.provider, token: 'none', jobToken: false, dryRun: true });
    assertSupported(rules, probe.capabilities);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return (io.err(`${error.message}\nThe rules file has problems.\n`), 2);
  }
  const count = rules.rules.length;
  io.out(`${command.rules}: valid, ${count} ${count === 1 ? 'rule' : 'rules'}\n`);
  const testsPath = command.tests ?? (existsSync(DEFAULT_TESTS_PATH) ? DEFAULT_TESTS_PATH : undefined);
  if (testsPath === undefined) return 0;
  try {
    const tests = await loadPolicyTests(testsPath, rules);
    io.out(`${testsPath}: valid, ${tests.tests.length} ${tests.tests.length === 1 ? 'test' : 'tests'}\n`);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return (io.err(`${error.message}\n${whoseProblems(error, testsPath)}.\n`), 2);
  }
  return 0;
}

/** The ETags of the last run in `--cache-dir` (GitHub REST only); a file that cannot be used is ignored. */
async function loadEtags(options: CliOptions, io: CliIo): Promise<LoadedEtags | undefined> {
  if (options.cacheDir === undefined) return undefined;
  const { provider } = options;
  if (provider.provider !== 'github' || provider.api !== 'rest') {
    io.err(
      'sift: note: --cache-dir keeps ETags with --provider github --api rest only (and model answers always).\n',
    );
    return undefined;
  }
  const loaded = await loadEtagFile(options.cacheDir, provider.repository);
  if (loaded.problem) {
    io.err(
      `sift: warning: ignoring the ETag cache ${loaded.path} (${loaded.problem}); ` +
        `this run reads everything afresh.\n`,
    );
  }
  return loaded;
}

/** Writes this run's ETags; a cache that cannot be written costs the next run requests, nothing more. */
async function saveEtags(etags: LoadedEtags | undefined, io: CliIo): Promise<void> {
  if (!etags) return;
  try {
    await saveEtagFile(etags.path, etags.store);
  } catch (error) {
    io.err(
      `sift: warning: could not write the ETag cache ${etags.path}: ` +
        `${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
}

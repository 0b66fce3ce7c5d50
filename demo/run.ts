/**
 * `npm run demo [-- --rules file] [-- --dry-run]`: starts the GitHub emulator on 127.0.0.1 with a
 * seeded sample repository, runs the bundled Action (dist/index.js) against it exactly as the Actions
 * runner would, and prints the job summary it wrote. No token or network needed. An unknown flag is
 * refused: a mistyped `--dryrun` must not do a real run.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { usageMessage } from '../src/cli/usage.js';
import { startGitHubEmulator } from '../src/emulator/github/index.js';
import { runAction, removeWorkspace } from '../__tests__/helpers/run-action.js';
import { existsSync, readFileSync } from 'node:fs';
import { seedSampleRepo } from '../src/emulator/samples/demo.js';

const REPOSITORY = 'sift-demo/sample';
const TOKEN = 'demo-token-not-secret';
const DEMO_OPTIONS = {
  rules: { type: 'string', default: 'demo/sift.yml' },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;
const DEMO_USAGE = 'Usage: npm run demo [-- --rules file] [-- --dry-run]';

let flags;
try {
  flags = parseArgs({ args: process.argv.slice(2), options: DEMO_OPTIONS }).values;
} catch (error) {
  console.error(`npm run demo: ${usageMessage(error, Object.keys(DEMO_OPTIONS))}\n${DEMO_USAGE}`);
  process.exit(2);
}
if (flags.help) {
  console.log(
    `${DEMO_USAGE}\n  --rules file  the rules to run (default demo/sift.yml)\n  --dry-run     change nothing`,
  );
  process.exit(0);
}
const dryRun = flags['dry-run'];
const rulesFile = flags.rules;
if (!existsSync(rulesFile)) {
  console.error(`npm run demo: no rules file ${rulesFile}\n${DEMO_USAGE}`);
  process.exit(2);
}

const gh = await startGitHubEmulator({ token: TOKEN });
try {
  const repo = gh.store.addRepo(REPOSITORY);
  seedSampleRepo(repo, { now: new Date(), count: 60 });
  const openBefore = repo.issues.filter((i) => i.state === 'open').length;

  const run = await runAction({
    inputs: { token: TOKEN, rules: '.github/sift.yml', 'dry-run': String(dryRun) },
    env: { GITHUB_REPOSITORY: REPOSITORY, GITHUB_API_URL: gh.url },
    files: { '.github/sift.yml': readFileSync(resolve(rulesFile), 'utf8') },
  });

  console.log(`Sift demo: ${REPOSITORY} served by the emulator at ${gh.url}, ${repo.issues.length} items.`);
  console.log(
    `Rules: ${rulesFile}. Ran dist/index.js as the Actions runner does${dryRun ? ' (dry run)' : ''}.\n`,
  );
  console.log('--- action log ---');
  // The runner folds `::group::` blocks; a terminal shows their titles, indented content, and no markers.
  console.log(
    run.stdout
      .trim()
      .replace(/^::group::(.*)$/gm, '$1')
      .replace(/^::endgroup::\n?/gm, '')
      .replace(/^::add-mask::.*\n/gm, ''),
  );
  if (run.stderr.trim()) console.log(run.stderr.trim());
  console.log('\n--- job summary ($GITHUB_STEP_SUMMARY) ---\n');
  console.log(run.summary.trim());
  console.log('\n--- outputs ---');
  console.log(`changed=${run.outputs.changed}`);
  const writes = gh.writes();
  const openAfter = repo.issues.filter((i) => i.state === 'open').length;
  // The summary counts the requests that cost rate limit; GET /rate_limit, read for its budget line, is free.
  const free = gh.requests.filter((r) => r.path === '/rate_limit').length;
  const counted = gh.requests.length - free;
  console.log(
    `\nThe emulator saw ${counted} ${counted === 1 ? 'request' : 'requests'} (${writes.length} ` +
      `${writes.length === 1 ? 'write' : 'writes'}), as the summary counts them, and ${free} free GET /rate_limit; ` +
      `open items: ${openBefore} -> ${openAfter}.`,
  );
  removeWorkspace(run);
  process.exitCode = run.code;
} finally {
  await gh.close();
}

/**
 * `npm run demo`: starts the GitHub emulator on 127.0.0.1 with a seeded sample repository, runs the
 * bundled Action (dist/index.js) against it exactly as the Actions runner would, and prints the job
 * summary it wrote. No token or network needed.
 */
import { resolve } from 'node:path';
import { startGitHubEmulator } from '../src/emulator/github/index.js';
import { runAction, removeWorkspace } from '../__tests__/helpers/run-action.js';
import { readFileSync } from 'node:fs';
import { seedSampleRepo } from '../src/emulator/samples/demo.js';

const REPOSITORY = 'sift-demo/sample';
const TOKEN = 'demo-token-not-secret';
const dryRun = process.argv.includes('--dry-run');

const gh = await startGitHubEmulator({ token: TOKEN });
try {
  const repo = gh.store.addRepo(REPOSITORY);
  seedSampleRepo(repo, { now: new Date(), count: 60 });
  const openBefore = repo.issues.filter((i) => i.state === 'open').length;

  const run = await runAction({
    inputs: { token: TOKEN, rules: '.github/sift.yml', 'dry-run': String(dryRun) },
    env: { GITHUB_REPOSITORY: REPOSITORY, GITHUB_API_URL: gh.url },
    files: { '.github/sift.yml': readFileSync(resolve('demo/sift.yml'), 'utf8') },
  });

  console.log(`Sift demo: ${REPOSITORY} served by the emulator at ${gh.url}, ${repo.issues.length} items.`);
  console.log(
    `Rules: demo/sift.yml. Ran dist/index.js as the Actions runner does${dryRun ? ' (dry run)' : ''}.\n`,
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
  console.log(
    `\nThe emulator saw ${gh.requests.length} requests (${writes.length} writes); open items: ${openBefore} -> ${openAfter}.`,
  );
  removeWorkspace(run);
  process.exitCode = run.code;
} finally {
  await gh.close();
}

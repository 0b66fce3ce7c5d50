/**
 * `sift try`: a playground for a rules file. It starts the GitHub emulator on 127.0.0.1 with a sample
 * repository, dry-runs the rules against it through GitHub's REST API exactly as `sift --dry-run` would
 * against a real repository, and prints the plan, then the tally. No token, no network, nothing kept.
 * Only the CLI imports the emulator: the Action's bundle never carries it.
 */
import { loadRules } from '../config/index.js';
import { startGitHubEmulator } from '../emulator/github/index.js';
import type { RepoStore } from '../emulator/github/store.js';
import { seedSampleRepo } from '../emulator/samples/demo.js';
import { lifelikeRepository } from '../emulator/samples/lifelike/repository.js';
import { loadIntoGitHub, README_WARNINGS } from '../emulator/samples/lifelike/seed.js';
import { assertSupported } from '../pipeline/rules.js';
import { triage } from '../pipeline/triage.js';
import { loadProvider } from '../providers/load.js';
import { planEntries, renderText } from '../report/index.js';
import type { SampleName, TryOptions } from './args.js';
import type { CliIo } from './main.js';

interface Sample {
  repository: string;
  describe: string;
  seed: (repo: RepoStore, now: Date) => void;
}

const SAMPLE_REPOSITORIES: Record<SampleName, Sample> = {
  demo: {
    repository: 'sift-try/demo',
    describe: '60 issues and pull requests: fresh, idle, pinned, stale and waiting, stale and due, drafts',
    seed: (repo, now) => seedSampleRepo(repo, { now, count: 60 }),
  },
  lifelike: {
    repository: 'sift-try/lifelike',
    describe:
      'about 1,000 issues and pull requests as a maintained repository has them: people and bots, ' +
      'description edits, transferred issues, earlier warnings, pinned and security issues',
    seed: (repo, now) =>
      void loadIntoGitHub(repo, lifelikeRepository(1000, 'real-world'), {
        now: now.getTime(),
        warnings: README_WARNINGS,
      }),
  },
};

export async function tryCommand(options: TryOptions, io: CliIo): Promise<number> {
  // The rules file first: a broken one is reported before anything starts.
  const rules = await loadRules(options.rules);
  const sample = SAMPLE_REPOSITORIES[options.sample];
  const token = `sift-try-${crypto.randomUUID()}`;
  // No conformance check here: it is for the project's tests, and its extract of GitHub's REST
  // description (operations.json) is not shipped in the package.
  const emulator = await startGitHubEmulator({ token, conformance: false });
  try {
    const now = new Date();
    sample.seed(emulator.store.addRepo(sample.repository), now);
    const provider = await loadProvider({
      provider: 'github',
      repository: sample.repository,
      token,
      // The REST side of the emulator needs nothing beyond the bundle; its GraphQL side needs GitHub's
      // schema, which the package does not ship. Both APIs make the same plan (the tests pin it).
      api: 'rest',
      apiUrl: emulator.url,
      dryRun: true,
    });
    assertSupported(rules, provider.capabilities);
    const result = await triage({ provider, rules, now, dryRun: true, ...options.limits });
    if (options.json) {
      io.out(JSON.stringify(planEntries(result), null, 2) + '\n');
      return 0;
    }
    io.out(
      `sift try: the rules in ${options.rules} on the ${options.sample} sample repository\n` +
        `(${sample.describe}),\n` +
        `served on ${emulator.url}. A dry run: what a real run would do; nothing is kept.\n\n`,
    );
    io.out(renderText(result));
    if (result.stop) io.out(`Stopped: ${result.stop.message}\n`);
    return 0;
  } finally {
    await emulator.close();
  }
}

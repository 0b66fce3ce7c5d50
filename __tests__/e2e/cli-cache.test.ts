/**
 * End to end: the bundled CLI with `--cache-dir` against the GitHub emulator (REST). A second run of
 * the same rules on an unchanged repository makes the same plan and every request comes back
 * `304 Not Modified` (free); a changed item is seen; a corrupt cache file is ignored with a warning.
 * (SIFT_DIST_DIR points at a scratch bundle for local runs; the committed dist/ by default.)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedRealistic } from '../../bench/workloads.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { CLI_ENTRY, spawnNode } from '../helpers/run-action.js';
import { STALE_RULES } from '../helpers/rules.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'cli-cache-token-0123456789';
const NOW = new Date();

let gh: GitHubEmulator;
let dir: string;

beforeEach(async () => {
  gh = await startGitHubEmulator({ token: TOKEN, login: 'github-actions[bot]' });
  seedRealistic(gh.store.addRepo('octo/cached'), 250, NOW);
  dir = mkdtempSync(join(tmpdir(), 'sift-cli-cache-'));
  writeFileSync(join(dir, 'rules.yml'), STALE_RULES);
});
afterEach(async () => {
  expect(gh.serverErrors).toEqual([]);
  await closeConforming(gh);
  rmSync(dir, { recursive: true, force: true });
});

const FEEDS = /^\/repos\/[^/]+\/[^/]+\/issues\/(comments|events)$/;
const cacheFile = () => join(dir, 'cache', 'etags-octo-cached.json');

/** One dry run through REST with the cache; the requests it made, by status. */
async function sift() {
  const from = gh.requests.length;
  const run = await spawnNode(
    [
      CLI_ENTRY,
      ...['--repo', 'octo/cached', '--rules', 'rules.yml', '--api', 'rest', '--api-url', gh.url],
      ...['--cache-dir', 'cache', '--dry-run', '--json'],
    ],
    { PATH: process.env.PATH ?? '', GITHUB_TOKEN: TOKEN },
    dir,
  );
  // No run asks who Sift runs as (a GraphQL viewer query, which has no ETag): the warnings in the
  // comments feed are a bot's, no person's activity whoever wrote them.
  const viewer = gh.requests.slice(from).filter((r) => r.path === '/graphql');
  expect(viewer).toHaveLength(0);
  const requests = gh.requests.slice(from).filter((r) => r.path !== '/graphql');
  return {
    ...run,
    plan: run.code === 0 ? (JSON.parse(run.stdout) as unknown[]) : [],
    total: requests.length,
    counted: requests.filter((r) => r.status !== 304).length,
    /** Counted requests other than the repository-wide activity feeds, whose `since` moves with the clock. */
    countedBesidesFeeds: requests.filter((r) => r.status !== 304 && !FEEDS.test(r.path)).length,
    feeds: requests.filter((r) => FEEDS.test(r.path)).map((r) => `${r.status} ${r.path}`),
  };
}

describe('sift --cache-dir (GitHub REST)', () => {
  it('reruns an unchanged repository on free 304s, and sees what changed', async () => {
    const day = () => new Date().toISOString().slice(0, 10);
    const dayBefore = day();
    const first = await sift();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.plan).toHaveLength(4); // 2 to mark stale, 2 to close
    expect(first.counted).toBe(first.total);
    expect(existsSync(cacheFile())).toBe(true);

    const remaining = gh.rate.remaining;
    const second = await sift();
    expect(second.stderr).toBe('');
    expect(second.plan).toEqual(first.plan);
    expect(second.total).toBe(first.total);
    // Every listing page and per-item read is a 304.
    expect(second.countedBesidesFeeds).toBe(0);
    // The comments feed is read from the midnight (UTC) before the window, so every run of a day asks
    // the same URLs: unchanged, they are 304s too. (Across a midnight its URL moves: paid for then.)
    if (day() === dayBefore) {
      // In any order: the feeds' pages are read concurrently (listing-pages.ts).
      expect([...second.feeds].sort()).toEqual(first.feeds.map((r) => r.replace(/^200 /, '304 ')).sort());
      expect(second.counted).toBe(0);
    } else {
      expect(second.counted).toBeLessThanOrEqual(second.feeds.length);
    }
    expect(remaining - gh.rate.remaining).toBe(second.counted);

    // Someone answers on an issue about to be marked stale: it is active again, so it is not marked,
    // and its listing page is read afresh.
    const [marking] = first.plan.filter((p) => JSON.stringify(p).includes('"mark-stale"')) as {
      number: number;
    }[];
    gh.store.repo('octo/cached')!.addComment(marking.number, 'Still happening on 2.3', 'carol');
    const third = await sift();
    expect(third.plan).toHaveLength(3);
    expect(third.plan).not.toContainEqual(expect.objectContaining({ number: marking.number }));
    expect(third.countedBesidesFeeds).toBeGreaterThan(0);
    expect(third.counted).toBeLessThan(third.total / 2);
  });

  it('ignores a corrupt cache file with a warning, and writes a good one', async () => {
    const first = await sift();
    writeFileSync(cacheFile(), '{"version":1,"entries":{"GET x":{"etag":');
    const second = await sift();
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(
      /^sift: warning: ignoring the ETag cache .*etags-octo-cached\.json \(.*JSON.*\); this run reads everything afresh\.\n$/,
    );
    expect(second.plan).toEqual(first.plan);
    expect(second.counted).toBe(second.total);
    expect(JSON.parse(readFileSync(cacheFile(), 'utf8'))).toMatchObject({ version: 1 });

    const third = await sift();
    expect(third.stderr).toBe('');
    expect(third.countedBesidesFeeds).toBe(0);
  });
});

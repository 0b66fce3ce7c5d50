/**
 * `npm run bench`: seeded workloads against the GitHub emulator on 127.0.0.1, each run through the
 * bundled Action (dist/index.js, a child process) with `api: graphql` and `api: rest`, at 0 ms and
 * 50 ms injected latency. Prints a table and writes bench/results.json. Timings are reported, never
 * asserted; the request counts are pinned by __tests__/bench/request-counts.test.ts.
 *
 * `--max-items=N`: only workloads of at most N items. `--quick`: skip the 50 ms runs of the 100,000-item listing (about two minutes of waiting).
 * `--only=WORKLOAD/API,...`: only these rows (e.g. `--only="listing 100,000/rest,lifelike 1,000/graphql"`;
 * an API left out means both); the other rows of results.json are kept with their dates.
 * `--endpoints`: also print each run's requests by endpoint (bench/classify.ts byEndpoint).
 *
 * The emulator does not check answers against GitHub's REST description here (`conformance: false`):
 * the tests do that; the benchmark measures Sift, not the checker.
 */
// First: graphql-js reads NODE_ENV as it loads (see production-mode.ts).
import './production-mode.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { startGitHubEmulator } from '../src/emulator/github/index.js';
import { githubSchema } from '../src/emulator/github/graphql/schema.js';
import type { RepoStore } from '../src/emulator/github/store.js';
import { forApi, lifelikeRepository, type Mix } from '../src/emulator/samples/lifelike/repository.js';
import { STALE_RULES as README_STALE_RULES } from '../__tests__/helpers/rules.js';
import { runBundled } from './action-run.js';
import { measureReruns } from './rerun.js';
import { byEndpoint, classify, type Requests } from './classify.js';
import { evaluationsPerSecond, PLAIN_RULES, REGEX_RULES } from './throughput.js';
import { measureStartup, type StartupFigures } from './startup.js';
import { NOTHING_RULES, seedLifelike, seedListing, seedRealistic, STALE_RULES } from './workloads.js';

const REPOSITORY = 'bench/repo';

/**
 * What the README's stale rules must leave in the lifelike repository, from each item's hand-written
 * expectation (src/emulator/samples/lifelike): closed items, and open items labelled stale.
 */
function lifelikeExpectation(size: number, api: Api, mix: Mix): { closed: number; stale: number } {
  let closed = 0;
  let stale = 0;
  for (const item of lifelikeRepository(size, mix)) {
    // REST cannot tell who edited a description; GraphQL can: their expectations differ there.
    const outcome = forApi(item.expect.readme, api);
    const wasClosed = item.state === 'closed';
    if (wasClosed || outcome.close) closed++;
    else if (outcome.mark || item.labels.includes('stale')) stale++;
  }
  return { closed, stale };
}
const TOKEN = 'bench-token-not-secret';
const APIS = ['graphql', 'rest'] as const;
type Api = (typeof APIS)[number];

interface Workload {
  name: string;
  items: number;
  rules: string;
  seed: (repo: RepoStore, now: Date) => void;
  /** Runs the Sift process under this heap cap (MB) and reports whether it finished. */
  maxOldSpaceMb?: number;
  /** Also measure the heap retained after full collections (forced every 250 ms; see probe.js). */
  retained?: boolean;
  /** After a real run: closed items, and open items labelled stale (by API where they differ). */
  expect?: { closed: number; stale: number } | ((api: Api) => { closed: number; stale: number });
}

const WORKLOADS: Workload[] = [
  {
    name: 'lifelike 1,000',
    items: 1_000,
    rules: README_STALE_RULES,
    seed: (repo, now) => seedLifelike(repo, 1_000, now, 'real-world'),
    expect: (api) => lifelikeExpectation(1_000, api, 'real-world'),
  },
  {
    name: 'lifelike 10,000',
    items: 10_000,
    rules: README_STALE_RULES,
    seed: (repo, now) => seedLifelike(repo, 10_000, now, 'real-world'),
    expect: (api) => lifelikeExpectation(10_000, api, 'real-world'),
  },
  {
    // The test mix: every hard case many times, a third of the open items due (not a nightly sweep).
    name: 'lifelike 1,000, coverage mix',
    items: 1_000,
    rules: README_STALE_RULES,
    seed: (repo, now) => seedLifelike(repo, 1_000, now, 'coverage'),
    expect: (api) => lifelikeExpectation(1_000, api, 'coverage'),
  },
  {
    name: 'realistic 1,000',
    items: 1_000,
    rules: STALE_RULES,
    seed: (repo, now) => seedRealistic(repo, 1_000, now),
    expect: { closed: 10, stale: 90 },
  },
  {
    name: 'realistic 10,000',
    items: 10_000,
    rules: STALE_RULES,
    seed: (repo, now) => seedRealistic(repo, 10_000, now),
    expect: { closed: 100, stale: 900 },
  },
  {
    // The walk alone, to compare memory at 1,000 and 100,000 items.
    name: 'listing 1,000',
    items: 1_000,
    rules: NOTHING_RULES,
    seed: (repo, now) => seedListing(repo, 1_000, now),
    maxOldSpaceMb: 64,
    retained: true,
    expect: { closed: 0, stale: 0 },
  },
  {
    name: 'listing 100,000',
    items: 100_000,
    rules: NOTHING_RULES,
    seed: (repo, now) => seedListing(repo, 100_000, now),
    maxOldSpaceMb: 64,
    retained: true,
    expect: { closed: 0, stale: 0 },
  },
];

interface Row {
  workload: string;
  items: number;
  api: Api;
  latencyMs: number;
  requests: Requests;
  /** With `--endpoints`: the requests by endpoint, most first. */
  endpoints?: [string, number][];
  wallMs: number;
  peakRssBytes: number | null;
  peakHeapBytes: number | null;
  peakLiveHeapBytes: number | null;
  peakRetainedHeapBytes: number | null;
  maxOldSpaceMb: number | null;
  exitCode: number;
  finished: boolean;
  /** The repository ended as the rules say it should (closed and stale counts). */
  correct: boolean;
  /** ISO 8601: when this row was measured (rows of workloads skipped by --max-items keep theirs). */
  measuredAt: string;
}

async function runOne(workload: Workload, api: Api, latencyMs: number): Promise<Row> {
  const gh = await startGitHubEmulator({ token: TOKEN, conformance: false });
  try {
    const now = new Date();
    const repo = gh.store.addRepo(REPOSITORY);
    workload.seed(repo, now);
    gh.latencyMs = latencyMs;
    const run = await runBundled({
      inputs: {
        token: TOKEN,
        rules: '.github/sift.yml',
        'dry-run': 'false',
        api,
        'max-operations': '100000',
        'max-change-ratio': '1',
        // Unpaced: the 10,000 mix posts 100 comments, and pacing would add a minute of sleep.
        'comments-per-minute': '0',
      },
      env: { GITHUB_REPOSITORY: REPOSITORY, GITHUB_API_URL: gh.url },
      files: { '.github/sift.yml': workload.rules },
      maxOldSpaceMb: workload.maxOldSpaceMb,
      retained: workload.retained,
    });
    const expected = typeof workload.expect === 'function' ? workload.expect(api) : workload.expect;
    const closed = repo.issues.filter((i) => i.state === 'closed').length;
    const stale = repo.issues.filter((i) => i.state === 'open' && i.labels.includes('stale')).length;
    const finished = run.code === 0;
    if (!finished)
      console.error(`${workload.name} ${api} ${latencyMs}ms: exit ${run.code}\n${run.stderr.slice(-2000)}`);
    return {
      workload: workload.name,
      items: workload.items,
      api,
      latencyMs,
      requests: classify(gh.requests),
      ...(process.argv.includes('--endpoints') ? { endpoints: byEndpoint(gh.requests) } : {}),
      wallMs: Math.round(run.wallMs),
      peakRssBytes: run.peakRss,
      peakHeapBytes: run.peakHeap,
      peakLiveHeapBytes: run.peakLiveHeap,
      peakRetainedHeapBytes: run.peakRetainedHeap,
      maxOldSpaceMb: workload.maxOldSpaceMb ?? null,
      exitCode: run.code,
      finished,
      correct: expected ? closed === expected.closed && stale === expected.stale : true,
      measuredAt: new Date().toISOString(),
    };
  } finally {
    await gh.close();
  }
}

function previousRows(): Row[] {
  try {
    const { date, runs } = JSON.parse(readFileSync('bench/results.json', 'utf8')) as {
      date: string;
      runs: Row[];
    };
    return runs
      .filter((r) => WORKLOADS.some((w) => w.name === r.workload))
      .map((r) => ({ ...r, measuredAt: r.measuredAt ?? date }));
  } catch {
    return [];
  }
}

function machine() {
  const model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  return { node: process.version, nproc: cpus().length, cpu: model ?? 'unknown' };
}

const mb = (bytes: number | null) => (bytes === null ? '-' : `${(bytes / 2 ** 20).toFixed(1)} MB`);
const secs = (ms: number | undefined) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(2)} s`);

function table(rows: Row[]): string {
  const lines = [
    '| workload | api | list | other reads | writes | total requests | wall 0 ms | wall 50 ms | peak RSS | peak heap | live heap after GC | retained heap | finished | measured |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const workload of WORKLOADS) {
    for (const api of APIS) {
      const at = (ms: number) =>
        rows.find((r) => r.workload === workload.name && r.api === api && r.latencyMs === ms);
      const base = at(0);
      if (!base) continue;
      const slow = at(50);
      const runs = [base, ...(slow ? [slow] : [])];
      const peak = (f: (r: Row) => number | null) => {
        const known = runs.map(f).filter((v) => v !== null);
        return known.length > 0 ? Math.max(...known) : null;
      };
      const cap = workload.maxOldSpaceMb ? ` (cap ${workload.maxOldSpaceMb} MB)` : '';
      const done = runs.every((r) => r.finished && r.correct) ? 'yes' : 'NO';
      const { list, reads, writes, total } = base.requests;
      lines.push(
        `| ${workload.name} | ${api} | ${list} | ${reads} | ${writes} | ${total} | ${secs(base.wallMs)} | ${secs(slow?.wallMs)} | ${mb(peak((r) => r.peakRssBytes))} | ${mb(peak((r) => r.peakHeapBytes))} | ${mb(peak((r) => r.peakLiveHeapBytes))} | ${mb(peak((r) => r.peakRetainedHeapBytes))} | ${done}${cap} | ${base.measuredAt.slice(0, 16).replace('T', ' ')} |`,
      );
    }
  }
  return lines.join('\n');
}

const quick = process.argv.includes('--quick');
/** `--max-items=N`: only the workloads of at most N items (for a fast look). */
const maxItems = Number(
  /^--max-items=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--max-items=')) ?? '')?.[1] ?? Infinity,
);
/** `--only=WORKLOAD/API,...`: only these rows. */
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(/,(?=[a-z])/)
  .map((entry) => {
    const [name, api] = entry.split('/');
    return { name: name.trim(), api: api?.trim() as Api | undefined };
  });
const wanted = (workload: Workload, api: Api) =>
  only === undefined || only.some((o) => o.name === workload.name && (o.api === undefined || o.api === api));
// The emulator builds GitHub's GraphQL schema (about 0.4 s) the first time it answers a query: built
// here, before any run is timed, so that no row's wall time carries it (it went to whichever GraphQL
// row ran first).
githubSchema();
const rows: Row[] = [];
for (const workload of WORKLOADS.filter((w) => w.items <= maxItems)) {
  for (const api of APIS) {
    if (!wanted(workload, api)) continue;
    for (const latencyMs of [0, 50]) {
      if (quick && latencyMs > 0 && workload.items >= 100_000) continue;
      const row = await runOne(workload, api, latencyMs);
      rows.push(row);
      console.error(
        `${workload.name}, ${api}, ${latencyMs} ms: ${row.requests.total} requests, ${secs(row.wallMs)}, heap ${mb(row.peakHeapBytes)}`,
      );
      for (const [endpoint, count] of latencyMs === 0 ? (row.endpoints ?? []) : []) {
        console.error(`  ${String(count).padStart(5)} ${endpoint}`);
      }
    }
  }
}
const reruns = maxItems >= 1_000 && only === undefined ? await measureReruns(1_000) : [];
for (const r of reruns) {
  console.error(`rerun lifelike 1,000, rest, ${r.run}: ${r.counted} counted, ${r.notModified} not modified`);
}
const startup: StartupFigures[] =
  only === undefined || process.argv.includes('--startup')
    ? [await measureStartup('rest'), await measureStartup('graphql')]
    : [];
const throughput = {
  withoutRegex: Math.round(evaluationsPerSecond(PLAIN_RULES)),
  withRegex: Math.round(evaluationsPerSecond(REGEX_RULES)),
};
const info = machine();
// A partial run (--max-items) keeps the earlier rows of the workloads it skipped, each with its date.
const earlier = previousRows().filter(
  (old) =>
    !rows.some((r) => r.workload === old.workload && r.api === old.api && r.latencyMs === old.latencyMs),
);
rows.push(...earlier);
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), machine: info, load: loadavg(), runs: rows, reruns, startup, throughput }, null, 2)}\n`,
);
console.log(
  `Machine: Node ${info.node}, ${info.nproc} CPUs, ${info.cpu}; load average at the end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}\n`,
);
console.log(table(rows));
if (reruns.length > 0) {
  console.log('\nRepeat sweeps, lifelike 1,000, REST with the ETag cache (CLI --cache-dir), real runs:\n');
  console.log('| run | requests | counted against the rate limit | 304 Not Modified | cache file |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of reruns) {
    console.log(`| ${r.run} | ${r.total} | ${r.counted} | ${r.notModified} | ${mb(r.cacheBytes)} |`);
  }
}
for (const figures of startup) {
  console.log(
    `\nProcess start to first request (${figures.api}, bundled Action, 10 issues): median ${figures.medianMs.toFixed(0)} ms of ${figures.runsMs.map((ms) => ms.toFixed(0)).join(', ')}.`,
  );
}
const listingHeap = (items: number, api: Api) =>
  Math.max(
    ...rows
      .filter((r) => r.items === items && r.workload.startsWith('listing') && r.api === api)
      .map((r) => r.peakHeapBytes ?? 0),
  );
for (const api of APIS) {
  const small = listingHeap(1_000, api);
  const large = listingHeap(100_000, api);
  if (small > 0 && large > 0)
    console.log(`Peak heap, listing 100,000 / listing 1,000 (${api}): ${(large / small).toFixed(2)}x.`);
}
console.log(
  `\nRule evaluation (planItem, in-process): ${throughput.withoutRegex.toLocaleString('en-US')} item-rule evaluations/s without regexes, ` +
    `${throughput.withRegex.toLocaleString('en-US')}/s with regexes.`,
);
console.log('\nWrote bench/results.json.');

/**
 * Conditional requests (ETags) through the GitHub REST provider, against the emulator over real HTTP
 * on 127.0.0.1: the emulator answers `If-None-Match` like GitHub (304, no body, not counted against
 * the rate limit), and the client serves a 304 from the store of the last run.
 */
import { seedRealistic } from '../../bench/workloads.js';
import { parseRules } from '../../src/config/index.js';
import { triage } from '../../src/pipeline/triage.js';
import { EtagStore, parseEtagSnapshot } from '../../src/providers/github/etags.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import { planEntries, type TriageResult } from '../../src/report/index.js';
import { startGitHubEmulator, type GitHubEmulator, type RepoStore } from '../../src/emulator/github/index.js';
import { STALE_RULES } from '../helpers/rules.js';

const TOKEN = 'etag-token-0123456789';
const REPOSITORY = 'octo/etags';
const NOW = new Date('2026-03-01T12:00:00Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const rules = parseRules(STALE_RULES, 'sift.yml');

let gh: GitHubEmulator;
let repo: RepoStore;

beforeEach(async () => {
  // The seeds' warnings are the workflow bot's: the account Sift runs as.
  gh = await startGitHubEmulator({ token: TOKEN, now: () => NOW, login: 'github-actions[bot]' });
  repo = gh.store.addRepo(REPOSITORY);
});
afterEach(async () => {
  expect(gh.serverErrors).toEqual([]);
  await gh.close();
});

/** The store as the next run gets it: written out as JSON and read back. */
const persisted = (store: EtagStore) =>
  new EtagStore(parseEtagSnapshot(JSON.parse(JSON.stringify(store.snapshot()))));

async function sweep(etags: EtagStore, dryRun = true): Promise<TriageResult> {
  const provider = createGitHubRestProvider({
    token: TOKEN,
    repository: REPOSITORY,
    baseUrl: gh.url,
    etags,
    client: { retryBaseMs: 1, secondMs: 1 },
  });
  const result = await triage({
    provider,
    rules,
    now: NOW,
    dryRun,
    maxOperations: 1_000,
    maxChangeRatio: 1,
    commentsPerMinute: 0,
  });
  expect(result.outcomes.filter((o) => o.error !== undefined)).toEqual([]);
  return result;
}

/** Requests the emulator saw from `from` on, as `STATUS METHOD path?page`. */
const log = (from: number) =>
  gh.requests
    .slice(from)
    .map((r) => `${r.status} ${r.method} ${r.path}${r.query.page ? `?${r.query.page}` : ''}`);

/** An old issue a bot touched lately: only its timeline says whether a human was active. */
function seedBotTouched(): number {
  return repo.addIssue({
    title: 'Old, touched by a bot',
    user: 'dave',
    created_at: ago(200),
    updated_at: ago(2),
    comments: [{ body: 'Bump the lockfile', user: 'renovate[bot]', created_at: ago(2) }],
  }).number;
}

describe('the emulator answers conditional GETs like GitHub', () => {
  it('sends a weak ETag, answers a matching If-None-Match with 304 and no body, and does not count it', async () => {
    repo.addIssue({ title: 'One' });
    const url = `${gh.url}/repos/${REPOSITORY}/issues?per_page=100`;
    const auth = { authorization: `token ${TOKEN}` };
    const first = await fetch(url, { headers: auth });
    const etag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^W\/"[0-9a-f]{40}"$/);
    const remaining = Number(first.headers.get('x-ratelimit-remaining'));

    const again = await fetch(url, { headers: { ...auth, 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(Number(again.headers.get('x-ratelimit-remaining'))).toBe(remaining);
    expect(gh.rate.remaining).toBe(remaining);

    // Another ETag (the strong form of the same one matches too, as If-None-Match compares weakly).
    expect((await fetch(url, { headers: { ...auth, 'if-none-match': etag!.slice(2) } })).status).toBe(304);
    const stale = await fetch(url, { headers: { ...auth, 'if-none-match': 'W/"0000"' } });
    expect(stale.status).toBe(200);
    expect(Number(stale.headers.get('x-ratelimit-remaining'))).toBe(remaining - 1);

    repo.addIssue({ title: 'Two' });
    const changed = await fetch(url, { headers: { ...auth, 'if-none-match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect((await changed.json()) as unknown[]).toHaveLength(2);
  });
});

describe('a rerun of the stale rules through REST with the ETags of the last run', () => {
  it('makes the same plan on an unchanged repository, every read a free 304', async () => {
    seedRealistic(repo, 250, NOW);
    const botTouched = seedBotTouched();
    const store = new EtagStore();

    let from = gh.requests.length;
    const first = await sweep(store);
    const firstLog = log(from);
    expect(first.requests).toEqual({ reads: firstLog.length, writes: 0, notModified: 0 });
    // Reads only: the warnings in the comments feed are a bot's, no person's activity whoever wrote
    // them, so there is no need to ask who Sift runs as (GraphQL viewer).
    expect(firstLog.filter((r) => !r.startsWith('200 GET'))).toEqual([]);
    // Listing pages and per-item reads (label histories, Sift's comments on the items to mark...).
    expect(firstLog.filter((r) => / \/repos\/[^/]+\/[^/]+\/issues(\?\d+)?$/.test(r))).toHaveLength(3);
    expect(firstLog.filter((r) => /\/issues\/\d+\//.test(r)).length).toBeGreaterThan(0);

    const remaining = gh.rate.remaining;
    from = gh.requests.length;
    const second = await sweep(persisted(store));
    const secondLog = log(from);

    expect(planEntries(second)).toEqual(planEntries(first));
    expect(planEntries(second).map((p) => p.number)).toContain(botTouched);
    // The same requests, all answered 304: none counted against the rate limit.
    expect(secondLog).toEqual(firstLog.map((r) => r.replace(/^200 /, '304 ')));
    expect(gh.rate.remaining).toBe(remaining);
    expect(second.requests).toEqual({ reads: firstLog.length, writes: 0, notModified: firstLog.length });
  });

  it('sees a new comment: its listing page and its timeline come back 200 with the new data', async () => {
    seedRealistic(repo, 250, NOW);
    const botTouched = seedBotTouched();
    const store = new EtagStore();
    const first = await sweep(store);
    expect(planEntries(first).find((p) => p.number === botTouched)?.rules[0].rule).toBe('mark-stale');

    // A human answers: the item is active again, and is no longer marked.
    repo.addComment(botTouched, 'Still happening on 2.3', 'carol');
    const from = gh.requests.length;
    const second = await sweep(persisted(store));
    const secondLog = log(from);

    expect(planEntries(second).map((p) => p.number)).not.toContain(botTouched);
    const fresh = secondLog.filter((r) => r.startsWith('200 '));
    // The listing page that holds it (its updated_at and comment count changed) comes back 200; of the
    // per-item reads, only its own may; everything else is a 304.
    expect(fresh.filter((r) => / \/repos\/[^/]+\/[^/]+\/issues(\?\d+)?$/.test(r))).toEqual([
      `200 GET /repos/${REPOSITORY}/issues`,
    ]);
    expect(fresh.filter((r) => /\/issues\/\d+\//.test(r) && !r.includes(`/issues/${botTouched}/`))).toEqual(
      [],
    );
    expect(second.requests.reads - (second.requests.notModified ?? 0)).toBe(fresh.length);
  });

  it('after a real run, the rerun pays only for what the run changed', async () => {
    seedRealistic(repo, 250, NOW);
    const store = new EtagStore();
    const first = await sweep(store, false);
    expect(first.requests.writes).toBe(6); // 2 marked (label, comment), 2 closed

    const remaining = gh.rate.remaining;
    const from = gh.requests.length;
    const second = await sweep(persisted(store), false);
    expect(second.outcomes).toEqual([]);
    const counted = log(from).filter((r) => !r.startsWith('304 '));
    // What the run changed comes back 200 (listing pages, feeds, the changed items' own reads); no
    // other item's read is paid for again.
    const changed = first.outcomes.map((o) => o.item.number);
    expect(changed).toHaveLength(4);
    const perItem = counted.filter((r) => /\/issues\/\d+\//.test(r));
    expect(perItem.filter((r) => !changed.some((n) => r.includes(`/issues/${n}/`)))).toEqual([]);
    // The viewer query (the account Sift runs as) counts in GraphQL's bucket, not REST's.
    expect(remaining - gh.rate.remaining).toBe(counted.filter((r) => !r.includes('/graphql')).length);
    expect(second.requests.reads - (second.requests.notModified ?? 0)).toBe(counted.length);
  });
});

describe('ETags that no longer hold', () => {
  const listing = async (etags: EtagStore) => {
    const provider = createGitHubRestProvider({
      token: TOKEN,
      repository: REPOSITORY,
      baseUrl: gh.url,
      etags,
    });
    const out = [];
    for await (const item of provider.items({ state: 'open' })) out.push(item);
    return { items: out, counts: provider.requestCounts() };
  };

  it('a stale ETag (the data changed) yields fresh data, and the store takes the new answer', async () => {
    for (let i = 0; i < 3; i++) repo.addIssue({ title: `Issue ${i + 1}` });
    const store = new EtagStore();
    await listing(store);
    const etag = Object.values(store.snapshot().entries)[0].etag;

    repo.addIssue({ title: 'Issue 4' });
    const next = persisted(store);
    const { items, counts } = await listing(next);
    expect(items.map((i) => i.title)).toEqual(['Issue 1', 'Issue 2', 'Issue 3', 'Issue 4']);
    expect(counts).toEqual({ reads: 1, writes: 0, notModified: 0 });
    expect(Object.values(next.snapshot().entries)[0].etag).not.toBe(etag);
  });

  it('an ETag from elsewhere is only sent, never trusted: the answer decides', async () => {
    repo.addIssue({ title: 'Real' });
    const key = `GET ${gh.url}/repos/${REPOSITORY}/issues?state=open&sort=created&direction=asc&per_page=100`;
    const forged = new EtagStore({
      version: 1,
      entries: { [key]: { etag: 'W/"not-this-one"', data: [{ number: 1, title: 'Forged' }] } },
    });
    const { items, counts } = await listing(forged);
    expect(items.map((i) => i.title)).toEqual(['Real']);
    expect(counts.notModified).toBe(0);
    expect(gh.requests[0].status).toBe(200);
  });

  it('a full last page answered 304 is asked again, so a page added after it is not missed', async () => {
    // 100 items fill page 1 exactly: its body (and so its ETag) stays the same when item 101 arrives,
    // but now it has a next page.
    for (let i = 0; i < 100; i++) repo.addIssue({ title: `Issue ${i + 1}`, created_at: ago(300 - i) });
    const store = new EtagStore();
    expect((await listing(store)).items).toHaveLength(100);

    repo.addIssue({ title: 'Issue 101', created_at: ago(1) });
    const from = gh.requests.length;
    const { items, counts } = await listing(persisted(store));
    expect(items).toHaveLength(101);
    expect(counts).toEqual({ reads: 3, writes: 0, notModified: 1 });
    expect(log(from)).toEqual([
      `304 GET /repos/${REPOSITORY}/issues`,
      `200 GET /repos/${REPOSITORY}/issues`,
      `200 GET /repos/${REPOSITORY}/issues?2`,
    ]);
  });

  it('304s are not taken for failures: no retry, and each is counted once', async () => {
    for (let i = 0; i < 250; i++) repo.addIssue({ title: `Issue ${i + 1}` });
    const store = new EtagStore();
    await listing(store);
    const from = gh.requests.length;
    const { items, counts } = await listing(persisted(store));
    expect(items).toHaveLength(250);
    expect(log(from)).toEqual([
      `304 GET /repos/${REPOSITORY}/issues`,
      `304 GET /repos/${REPOSITORY}/issues?2`,
      `304 GET /repos/${REPOSITORY}/issues?3`,
    ]);
    expect(counts).toEqual({ reads: 3, writes: 0, notModified: 3 });
  });

  it('a snapshot that is not one is refused, so the caller can warn and start empty', () => {
    expect(() => parseEtagSnapshot({ version: 2, entries: {} })).toThrow('not an ETag snapshot');
    expect(() => parseEtagSnapshot([1, 2])).toThrow('not an ETag snapshot');
    expect(() => parseEtagSnapshot({ version: 1, entries: { k: { etag: 7, data: [] } } })).toThrow(
      'malformed entry for k',
    );
    expect(new EtagStore().snapshot()).toEqual({ version: 1, entries: {} });
  });
});

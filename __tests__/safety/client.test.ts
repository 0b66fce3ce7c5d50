/**
 * The shared GitHub client under network faults, request by request, against the emulator over real
 * HTTP on 127.0.0.1: retries with backoff, the timeout, garbled bodies, rate limits (waited out when
 * short, RateLimitStop when long), and which writes are never repeated.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient, isIdempotent } from '../../src/providers/github/client.js';
import type { ClientTuning } from '../../src/providers/github/tuning.js';
import { GitHubReadError, RateLimitStop } from '../../src/providers/github/errors.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import { ItemWriteError } from '../../src/providers/provider.js';
import { type Fault, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { FAST, SLOW_MS, TOKEN, faultOf, startFastEmulator } from './harness.js';

const ISSUE = { type: 'issue', number: 1 } as const;
const SECONDARY = faultOf('secondary') as Exclude<Fault, string>;

/** The error a promise rejects with; fails the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('the GitHub client under faults', () => {
  let gh: GitHubEmulator;
  const client = (tuning: ClientTuning = FAST) => createClient({ ...tuning, token: TOKEN, baseUrl: gh.url });
  const provider = (tuning: ClientTuning = FAST) =>
    createGitHubRestProvider({ token: TOKEN, repository: 'octo/demo', baseUrl: gh.url, client: tuning });
  /** Answers the listed faults in turn, then normally. */
  const script = (...faults: (Fault | 'slow')[]) => {
    gh.onRequest = async (_request, index) => {
      const fault = faults[index];
      if (fault !== 'slow') return fault;
      await sleep(SLOW_MS);
      return undefined;
    };
  };
  const listing = (octokit: ReturnType<typeof client>['octokit']) =>
    octokit.request('GET /repos/{owner}/{repo}/issues', { owner: 'octo', repo: 'demo' });

  beforeEach(async () => {
    gh = await startFastEmulator({ token: TOKEN });
    gh.store.addRepo('octo/demo').addIssue({ title: 'One' });
  });
  afterEach(async () => {
    await sleep(SLOW_MS); // late answers to abandoned requests land before the server closes
    expect(gh.serverErrors).toEqual([]);
    await gh.close();
  });

  it('retries 5xx answers and dropped connections, counting every attempt it sends', async () => {
    script(faultOf('500') as Fault, faultOf('502') as Fault, 'destroy');
    const { octokit, counts } = client();
    const { data } = await listing(octokit);
    expect(data.map((i) => i.title)).toEqual(['One']);
    expect(gh.requests.map((r) => r.status)).toEqual([500, 502, 0, 200]);
    expect(counts).toEqual({ reads: 4, writes: 0 });
  });

  it('gives up after its retries with a message that says what happened, and how often it tried', async () => {
    gh.onRequest = () => faultOf('502') as Fault;
    const error = await rejection(provider().close(ISSUE, 'completed'));
    expect(error).toBeInstanceOf(ItemWriteError);
    expect(error.message).toBe(
      'closing issue #1 as completed in octo/demo failed: GitHub answered 502 Bad Gateway. Tried 4 times.',
    );
    expect(gh.requests).toHaveLength(4);

    gh.onRequest = () => 'destroy';
    const reset = await rejection(provider().close(ISSUE, 'completed'));
    expect(reset.message).toMatch(
      /^closing issue #1 as completed in octo\/demo failed: the connection to GitHub failed \(.+\)\. Tried 4 times\.$/,
    );
    expect(reset).toMatchObject({ status: undefined });
  });

  it('never repeats a comment after a failure that may have come after GitHub posted it', async () => {
    for (const fault of [faultOf('500') as Fault, 'destroy' as const]) {
      gh.requests.length = 0;
      gh.onRequest = () => fault;
      const error = await rejection(provider().createComment(ISSUE, 'hello'));
      expect(error.message).toMatch(/^commenting on issue #1 in octo\/demo failed: /);
      expect(error.message).toContain(
        'Not retried, as it may have gone through: the next run checks for it before doing it again.',
      );
      expect(gh.requests).toHaveLength(1);
    }
    // The slow answer did post the comment, after the client had given up: still exactly one.
    gh.requests.length = 0;
    script('slow');
    const slow = await rejection(provider().createComment(ISSUE, 'hello'));
    expect(slow.message).toContain('GitHub did not answer within 150 ms. Not retried');
    await sleep(SLOW_MS + 50);
    expect(gh.requests).toHaveLength(1);
    expect(
      gh.store
        .repo('octo/demo')!
        .require(1)
        .commentList.map((c) => c.body),
    ).toEqual(['hello']);
  });

  it('does repeat a comment that a rate limit refused, since GitHub did nothing with it', async () => {
    script(SECONDARY, faultOf('429') as Fault);
    await provider().createComment(ISSUE, 'hello');
    expect(gh.requests.map((r) => r.status)).toEqual([403, 429, 201]);
    expect(gh.store.repo('octo/demo')!.require(1).commentList).toHaveLength(1);
  });

  it('keeps one request\u2019s settings out of the next (a comment\u2019s "no retry" does not stick)', async () => {
    const p = provider();
    script(faultOf('500') as Fault, faultOf('500') as Fault);
    await expect(p.createComment(ISSUE, 'hello')).rejects.toThrow(ItemWriteError);
    await expect(p.close(ISSUE, 'completed')).resolves.toBeUndefined();
    expect(gh.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 500', 'PATCH 500', 'PATCH 200']);
  });

  it('times out a slow answer and retries it; fails clearly when every attempt is slow', async () => {
    script('slow');
    const { octokit, counts } = client();
    await expect(listing(octokit)).resolves.toMatchObject({ status: 200 });
    expect(counts.reads).toBe(2);

    gh.onRequest = async () => {
      await sleep(SLOW_MS);
      return undefined;
    };
    const started = Date.now();
    const error = await rejection(collect(provider().items({ state: 'open' })));
    expect(error).toBeInstanceOf(GitHubReadError);
    expect(error.message).toBe(
      'listing open issues and pull requests in octo/demo failed: GitHub did not answer within 150 ms. Tried 4 times.',
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a garbled JSON body instead of handing text on as data; retries it like a 5xx', async () => {
    script('malformed-json');
    const { octokit } = client();
    const { data } = await listing(octokit);
    expect(data).toHaveLength(1);

    gh.onRequest = () => 'malformed-json';
    const error = await rejection(collect(provider().items({ state: 'open' })));
    expect(error.message).toMatch(
      /^listing open issues and pull requests in octo\/demo failed: GitHub answered 200 with a body that is not valid JSON \(\d+ bytes\)\. Tried 4 times\.$/,
    );
  });

  it('honours retry-after on secondary limits, 403 and 429 alike', async () => {
    script(SECONDARY, {
      status: 429,
      body: { message: 'Too Many Requests' },
      headers: { 'retry-after': '3' },
    });
    const { octokit } = client({ ...FAST, secondMs: 20 });
    const started = Date.now();
    await listing(octokit);
    // 2 s, then 3 s of GitHub's time, at 20 ms a second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
    expect(gh.requests.map((r) => r.status)).toEqual([403, 429, 200]);
  });

  it('stops with RateLimitStop at once when a secondary limit asks for a longer wait than it sits out', async () => {
    gh.onRequest = () => ({ ...SECONDARY, headers: { 'retry-after': '3600' } });
    const started = Date.now();
    const error = await rejection(provider().addLabels(ISSUE, ['bug']));
    expect(error).toBeInstanceOf(RateLimitStop);
    const stop = error as RateLimitStop;
    expect(stop.resetAt!.getTime()).toBeGreaterThan(started + 3_590_000);
    expect(stop.message).toMatch(
      /^adding label "bug" to issue #1 in octo\/demo: GitHub's secondary rate limit asks to wait until \S+Z \(in 60 min\), longer than the 60 s Sift waits; stopped cleanly, the next run carries on$/,
    );
    expect(gh.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('waits for a primary limit that resets soon, then carries on', async () => {
    const resetS = Math.floor(Date.now() / 1000) + 2;
    script(primaryLimit(resetS));
    const { octokit, rate } = client({ ...FAST, secondMs: 10 });
    await listing(octokit);
    expect(gh.requests.map((r) => r.status)).toEqual([403, 200]);
    expect(rate.get('core')).toMatchObject({ limit: 5000, remaining: 4999 });
  });

  it('stops on a primary limit that resets far off, and then sends nothing more', async () => {
    const resetS = Math.floor(Date.now() / 1000) + 3000;
    script(primaryLimit(resetS));
    const { octokit, rate, counts } = client();
    const first = await rejection(listing(octokit));
    expect(first).toBeInstanceOf(RateLimitStop);
    expect((first as RateLimitStop).resetAt).toEqual(new Date(resetS * 1000));
    expect(first.message).toBe(
      `GitHub's API rate limit of 1000 requests an hour is spent until ${new Date(resetS * 1000).toISOString()} ` +
        '(in 50 min), longer than the 60 s Sift waits; stopped cleanly, the next run carries on',
    );
    expect(rate.latest).toEqual({
      resource: 'core',
      limit: 1000,
      remaining: 0,
      resetAt: new Date(resetS * 1000),
    });
    // The budget is known to be spent: the next request fails before it is sent.
    await expect(listing(octokit)).rejects.toThrow(RateLimitStop);
    expect(gh.requests).toHaveLength(1);
    expect(counts).toEqual({ reads: 1, writes: 0 });
  });

  it('says so when GitHub still refuses after the reset it announced (a clock out of step)', async () => {
    const pastS = Math.floor(Date.now() / 1000) - 60;
    gh.onRequest = () => primaryLimit(pastS);
    const error = await rejection(listing(client().octokit));
    expect(error).toBeInstanceOf(RateLimitStop);
    expect(error.message).toBe(
      `GitHub's API rate limit of 1000 requests an hour is still spent although it was to reset at ` +
        `${new Date(pastS * 1000).toISOString()} (is the runner's clock right?); stopped cleanly, the next run carries on`,
    );
    expect(gh.requests).toHaveLength(4);
  });

  it('leaves the reserve of the budget unspent', async () => {
    const { octokit } = client({ ...FAST, reserve: 4997 });
    for (let i = 0; i < 3; i++) await listing(octokit);
    await expect(listing(octokit)).rejects.toThrow(/rate limit of 5000 requests an hour is spent/);
    expect(gh.requests).toHaveLength(3);
  });

  it('times out a body that stalls after the headers', async () => {
    const stalling = await stallingServer();
    try {
      const { octokit } = createClient({ ...FAST, retries: 1, token: TOKEN, baseUrl: stalling.url });
      const error = await rejection(octokit.request('GET /rate_limit'));
      expect(error.message).toBe('GitHub did not answer within 150 ms');
      expect(stalling.hits()).toBe(2);
    } finally {
      await stalling.close();
    }
  });
});

describe('isIdempotent', () => {
  it.each([
    ['GET', '/repos/{owner}/{repo}/issues', true],
    ['PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', true],
    ['DELETE', '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', true],
    ['PUT', '/repos/{owner}/{repo}/issues/{issue_number}/lock', true],
    ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', true],
    ['POST', '/repos/o/r/issues/12/assignees', true],
    ['POST', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', true],
    ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', false],
    ['POST', '/repos/{owner}/{repo}/issues', false],
  ])('%s %s: %s', (method, url, expected) => {
    expect(isIdempotent(method, url)).toBe(expected);
  });

  it('tells GraphQL queries from mutations', () => {
    expect(isIdempotent('POST', '/graphql', { query: '# a page\nquery { viewer { login } }' })).toBe(true);
    expect(isIdempotent('POST', '/graphql', { query: '{ viewer { login } }' })).toBe(true);
    expect(isIdempotent('POST', '/graphql', { query: '  mutation { addComment }' })).toBe(false);
    expect(isIdempotent('POST', '/graphql')).toBe(false);
  });
});

/** A primary-limit refusal, as GitHub sends it once the hour's budget is spent. */
function primaryLimit(resetS: number): Fault {
  return {
    status: 403,
    body: { message: 'API rate limit exceeded for installation ID 1.' },
    headers: {
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(resetS),
    },
  };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** A server that sends the headers and half a body, then nothing: only a body timeout notices. */
async function stallingServer(): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server: Server = createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"resources":');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: () => hits,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

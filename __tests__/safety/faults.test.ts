/**
 * "Sift never makes a mess", under network faults: the full pipeline (`triage()` over the GitHub REST
 * provider, real HTTP to the emulator on 127.0.0.1) while requests fail by script, at random, or for
 * good from some request on. Each run either ends with the state an uninterrupted run leaves, or
 * reports what failed in clear words; and a rerun without faults always ends in exactly that state,
 * without a comment posted twice.
 */
import fc from 'fast-check';
import { parseRules } from '../../src/config/index.js';
import { DEFAULT_CONCURRENCY } from '../../src/pipeline/triage.js';
import { RateLimitStop } from '../../src/providers/github/errors.js';
import {
  startGitHubEmulator,
  type GitHubEmulator,
  type RequestLogEntry,
} from '../../src/emulator/github/index.js';
import {
  FAST,
  FAULT_KINDS,
  FULL,
  SMALL,
  TOKEN,
  expectClear,
  expectNoDuplicateComments,
  injectFaults,
  messagesOf,
  runSift,
  seed,
  seededEmulator,
  snapshot,
  type FaultKind,
} from './harness.js';

type Snapshot = ReturnType<typeof snapshot>;

/** What an uninterrupted run leaves, and the requests it makes, per seeded repository. */
const clean = new Map<readonly number[], { reference: Snapshot; log: RequestLogEntry[] }>();

beforeAll(async () => {
  // A first run in a fresh process is slow (code not yet compiled by V8) and can pass the short
  // timeouts of FAST, adding retried reads to its log: warm up on a throwaway repository so that
  // the reference logs are those of the warm runs the tests compare against.
  const warmUp = await seededEmulator(FULL);
  await runSift(warmUp.gh).finally(() => warmUp.gh.close());
  for (const which of [FULL, SMALL]) {
    const { gh, repo } = await seededEmulator(which);
    try {
      const run = await runSift(gh);
      expect(messagesOf(run)).toEqual([]);
      const reference = snapshot(repo);
      const log = [...gh.requests];
      clean.set(which, { reference, log });
      // The reference is a fixed point: running again changes nothing.
      await runSift(gh);
      expect(snapshot(repo)).toEqual(reference);
      // Writes: every request but GETs and the GraphQL viewer query (who Sift runs as, a read).
      expect(gh.writes()).toHaveLength(log.filter((r) => r.method !== 'GET' && r.path !== '/graphql').length);
    } finally {
      await gh.close();
    }
  }
});

const cleanLog = () => clean.get(FULL)!.log;

/** The n-th request matching `method` and `path` (the clean run must have made it). */
interface Target {
  method: string;
  path: RegExp;
  nth: number;
}

function at(method: string, path: RegExp, nth = 0): Target {
  const matches = cleanLog().filter((r) => r.method === method && path.test(r.path));
  if (matches[nth] === undefined) throw new Error(`no request ${method} ${path} #${nth} in the clean run`);
  return { method, path, nth };
}

/**
 * Runs with the faults, checks what the run says, reruns without faults and checks it converged.
 * Returns the faulted run's messages for the caller's own checks.
 */
async function faultThenRerun(
  script: (index: number, request: RequestLogEntry) => FaultKind | undefined,
  which: readonly number[] = FULL,
): Promise<string[]> {
  const { reference } = clean.get(which)!;
  const { gh, repo } = await seededEmulator(which);
  try {
    const faults = injectFaults(gh, script);
    const run = await runSift(gh);
    await faults.settle();
    const messages = messagesOf(run);
    messages.forEach(expectClear);
    // A run that says nothing went wrong did everything.
    if (messages.length === 0) expect(snapshot(repo)).toEqual(reference);
    expectNoDuplicateComments(repo);

    const rerun = await runSift(gh);
    expect(messagesOf(rerun)).toEqual([]);
    expect(snapshot(repo)).toEqual(reference);
    expectNoDuplicateComments(repo);
    return messages;
  } finally {
    await gh.close();
  }
}

/**
 * One fault, on the target request as it arrives in the faulted run. Counted live rather than by its
 * index in the clean run's log: the walk plans several items at once, so their reads reach the server
 * in no fixed order and an index can point at another request from one run to the next.
 */
function once(
  target: Target | 0,
  kind: FaultKind,
): (i: number, request: RequestLogEntry) => FaultKind | undefined {
  if (target === 0) return (i) => (i === 0 ? kind : undefined);
  let seen = 0;
  return (_i, request) => {
    if (request.method !== target.method || !target.path.test(request.path)) return undefined;
    return seen++ === target.nth ? kind : undefined;
  };
}

describe('a scripted fault at a chosen request', () => {
  const listing = /\/issues$/;
  const comments = /\/issues\/\d+\/comments$/;

  it.each<[string, () => (i: number, request: RequestLogEntry) => FaultKind | undefined]>([
    ['500 on the first listing page', () => once(0, '500')],
    ['502 on a later listing page', () => once(at('GET', listing, 2), '502')],
    [
      '403 secondary limit with retry-after on a label write',
      () => once(at('POST', /\/labels$/), 'secondary'),
    ],
    ['429 with retry-after on a comment', () => once(at('POST', comments), '429')],
    ['connection reset on reading comments', () => once(at('GET', comments, 1), 'reset')],
    ['slow answer, past the timeout, on a listing page', () => once(at('GET', listing, 1), 'slow')],
    ['slow answer on closing an item', () => once(at('PATCH', /\/issues\/\d+$/), 'slow')],
    ['malformed JSON on a listing page', () => once(at('GET', listing), 'malformed')],
    ['malformed JSON on removing a label', () => once(at('DELETE', /\/labels\//), 'malformed')],
  ])('%s: retried, and the run completes as if nothing happened', async (_name, script) => {
    expect(await faultThenRerun(script())).toEqual([]);
  });

  it.each<[string, FaultKind]>([
    ['500', '500'],
    ['connection reset', 'reset'],
    ['slow answer (GitHub posts it late)', 'slow'],
    ['malformed JSON (GitHub posted it)', 'malformed'],
  ])(
    '%s on posting a comment: not retried, reported, finished by the rerun without a duplicate',
    async (_n, kind) => {
      const messages = await faultThenRerun(once(at('POST', comments), kind));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^welcome: comment failed: commenting on issue #1 in octo\/demo failed: /);
      expect(messages[0]).toContain('Not retried, as it may have gone through');
    },
  );

  it('four 500s in a row on the listing: the run fails clearly and writes nothing', async () => {
    const { gh } = await seededEmulator();
    try {
      injectFaults(gh, (i) => (i < 4 ? '500' : undefined));
      const run = await runSift(gh);
      expect(run.error?.message).toBe(
        'listing open issues and pull requests in octo/demo failed: GitHub answered 500 Server Error. Tried 4 times.',
      );
      expect(gh.writes()).toEqual([]);
    } finally {
      await gh.close();
    }
    await faultThenRerun((i) => (i < 4 ? '500' : undefined));
  });

  it('every kind of fault in one run', async () => {
    await faultThenRerun((i) => (i % 5 === 2 ? FAULT_KINDS[((i / 5) % FAULT_KINDS.length) | 0] : undefined));
  });
});

describe('random fault schedules (property)', () => {
  // 30 seeded runs in all, in three tests so that each stays short.
  it.each([1, 2, 3])(
    'every run reports clearly or finishes, and the rerun converges (seed %i)',
    async (n) => {
      const schedule = fc.uniqueArray(
        fc.record({
          at: fc.nat({ max: clean.get(SMALL)!.log.length + 6 }),
          kind: fc.constantFrom(...FAULT_KINDS),
        }),
        { selector: (f) => f.at, maxLength: 6 },
      );
      await fc.assert(
        fc.asyncProperty(schedule, async (faults) => {
          const byIndex = new Map(faults.map((f) => [f.at, f.kind]));
          await faultThenRerun((i) => byIndex.get(i), SMALL);
        }),
        { numRuns: 10, seed: 20261125 + n, endOnFailure: true },
      );
    },
  );
});

describe('a run killed at request k', () => {
  /** Where k falls, as a share of the clean run's requests: listing, comment reads, writes, the end. */
  const SHARES = [0, 0.05, 0.15, 0.3, 0.5, 0.7, 0.9, 0.999];
  const kAt = (share: number) => Math.floor(share * cleanLog().length);

  it.each(SHARES)(
    'by the connection dropping for good from %p of the way: fails clearly, rerun converges',
    async (share) => {
      const k = kAt(share);
      await faultThenRerun((i) => (i >= k ? 'reset' : undefined));
    },
  );

  it.each(SHARES)(
    'by the rate limit running out for good from %p of the way: stops cleanly, rerun converges',
    async (share) => {
      const k = kAt(share);
      const { reference } = clean.get(FULL)!;
      const { gh, repo } = await seededEmulator();
      try {
        const resetS = Math.floor(Date.now() / 1000) + 1800;
        gh.onRequest = (_request, index) =>
          index >= k
            ? {
                status: 403,
                body: { message: 'API rate limit exceeded for installation ID 1.' },
                headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetS) },
              }
            : undefined;
        const run = await runSift(gh);
        expect(run.error).toBeUndefined();
        expect(run.result?.stop).toMatchObject({
          reason: 'rate-limit',
          resetAt: new Date(resetS * 1000).toISOString(),
        });
        messagesOf(run).forEach(expectClear);
        // Nothing is sent once the client knows the budget is spent: after the first refused request,
        // only those already in flight beside it (the other items being planned, and the listing page
        // read ahead) can follow, so at most DEFAULT_CONCURRENCY more.
        expect(gh.requests.length).toBeGreaterThanOrEqual(k + 1);
        expect(gh.requests.length).toBeLessThanOrEqual(k + 1 + DEFAULT_CONCURRENCY);

        gh.onRequest = undefined;
        await runSift(gh);
        expect(snapshot(repo)).toEqual(reference);
        expectNoDuplicateComments(repo);
      } finally {
        await gh.close();
      }
    },
  );
});

describe('a rule that changes what it matches on before it comments', () => {
  // The README's own mark-stale rule labels, then comments. Were the label sent first and the run cut
  // off before the comment, the rerun would no longer match the rule and the comment would never be
  // posted. The executor therefore posts an item's comments first (their marker makes them safe to
  // repeat); this test cuts the run between the two requests and checks that the rerun converges.
  it('converges after a cut between the label and the comment', async () => {
    const rules = parseRules(
      `version: 1
rules:
  - id: mark-stale
    when: { type: issue, labels: { none: [stale] } }
    then:
      - label: stale
      - comment: 'This issue is stale.'
`,
      'sift.yml',
    );
    const cleanRun = await seededEmulator(SMALL);
    await runSift(cleanRun.gh, FAST, rules);
    const reference = snapshot(cleanRun.repo);
    await cleanRun.gh.close();

    const { gh, repo } = await seededEmulator(SMALL);
    try {
      gh.onRequest = (request) =>
        request.method === 'POST' && /comments$/.test(request.path) ? 'destroy' : undefined;
      await runSift(gh, FAST, rules);
      gh.onRequest = undefined;
      await runSift(gh, FAST, rules);
      expect(snapshot(repo)).toEqual(reference);
    } finally {
      await gh.close();
    }
  });
});

describe('the primary rate limit', () => {
  /** An emulator that refuses with 403 once `limit` requests are spent, on the real clock. */
  async function limited(limit: number): Promise<GitHubEmulator> {
    const gh = await startGitHubEmulator({ token: TOKEN, rateLimit: limit, enforceRateLimit: true });
    seed(gh.store.addRepo('octo/demo'));
    return gh;
  }

  it('stops the run quickly, before the request GitHub would refuse, saying when it resets', async () => {
    const gh = await limited(12);
    try {
      const started = Date.now();
      const run = await runSift(gh);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(run.error).toBeUndefined();
      const resetAt = new Date(gh.rate.reset * 1000).toISOString();
      expect(run.result?.stop).toEqual({
        reason: 'rate-limit',
        resetAt,
        message: expect.stringContaining(
          `GitHub's API rate limit of 12 requests an hour is spent until ${resetAt} (in 60 min), ` +
            'longer than the 60 s Sift waits; stopped cleanly, the next run carries on',
        ),
      });
      expect(gh.requests).toHaveLength(12);
      expect(gh.requests.filter((r) => r.status === 403)).toEqual([]);
    } finally {
      await gh.close();
    }
  });

  it('stops at the first refusal when another workflow spent the budget', async () => {
    const gh = await limited(3);
    try {
      for (let i = 0; i < 3; i++) {
        await fetch(`${gh.url}/repos/octo/demo`, { headers: { authorization: `token ${TOKEN}` } });
      }
      const started = Date.now();
      const run = await runSift(gh);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(run.result?.stop?.reason).toBe('rate-limit');
      expect(run.result?.stop?.message).toMatch(
        /^listing open issues and pull requests in octo\/demo: GitHub's API rate limit/,
      );
      expect(run.result?.requests).toEqual({ reads: 1, writes: 0 });
      expect(gh.requests.map((r) => r.status)).toEqual([200, 200, 200, 403]);
    } finally {
      await gh.close();
    }
  });

  it('is the same class the pipeline stops on', () => {
    expect(new RateLimitStop('x').name).toBe('RateLimitStop');
  });
});

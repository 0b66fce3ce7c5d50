/**
 * The walk's read-ahead: the generic wrapper that reads a listing ahead of its consumer, and the
 * pipeline planning several items at once while reporting everything in walk order. Concurrency is
 * measured by counting (calls in flight, requests the server holds at once), never by timing.
 */
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { parseRules } from '../../src/config/index.js';
import type { FactName, Item, ItemFacts } from '../../src/model/item.js';
import { readAhead } from '../../src/pipeline/read-ahead.js';
import { triage, type TriageOptions } from '../../src/pipeline/triage.js';
import { createGitHubGraphqlProvider } from '../../src/providers/github-graphql/index.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import { MemoryProvider, memoryItem, type MemoryItem } from '../../src/providers/memory/index.js';
import { RateLimitStop, type ItemKey, type ItemQuery } from '../../src/providers/provider.js';
import type { TriageResult } from '../../src/report/result.js';
import { STALE_RULES } from '../helpers/rules.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';

/** The result without one field (request counts or the quota, which overlapping reads may change). */
function without(result: TriageResult, field: keyof TriageResult): Partial<TriageResult> {
  const copy: Partial<TriageResult> = { ...result };
  delete copy[field];
  return copy;
}

/** Lets every pending promise chain run (all microtasks, then one macrotask turn). */
const settle = () => nextMacrotask();

/**
 * A hand-written AsyncIterator (not a generator, which would queue overlapping calls itself) that
 * counts the `next()` calls made and how many were in flight at once. `manual`: each next() waits
 * until the test releases it.
 */
class CountingSource implements AsyncIterable<number> {
  calls = 0;
  inFlight = 0;
  maxInFlight = 0;
  returned = 0;
  private readonly held: { release: () => void; fail: (error: unknown) => void }[] = [];

  constructor(
    private readonly values: number[],
    private readonly options: { failAt?: number; error?: unknown; manual?: boolean } = {},
  ) {}

  /** Settles the oldest held next(): with its value, or with `error`. */
  release(error?: unknown): void {
    const held = this.held.shift();
    if (!held) throw new Error('no next() is held');
    if (error === undefined) held.release();
    else held.fail(error);
  }

  [Symbol.asyncIterator](): AsyncIterator<number> {
    let index = 0;
    return {
      next: async () => {
        this.calls++;
        this.inFlight++;
        this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
        try {
          if (this.options.manual) {
            await new Promise<void>((release, fail) => this.held.push({ release, fail }));
          }
          const k = index++;
          if (k === this.options.failAt) throw this.options.error;
          return k < this.values.length
            ? { done: false, value: this.values[k] }
            : { done: true, value: undefined };
        } finally {
          this.inFlight--;
        }
      },
      return: async () => {
        this.returned++;
        return { done: true, value: undefined };
      },
    };
  }
}

/** Unhandled rejections while `body` runs (a read-ahead must never leave one behind). */
async function unhandledDuring(body: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', listener);
  try {
    await body();
    await settle();
    await settle();
  } finally {
    process.off('unhandledRejection', listener);
  }
  return seen;
}

describe('readAhead', () => {
  it('yields every value in order, then says done, and stays done', async () => {
    const source = new CountingSource([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const iterator = readAhead(source, 3);
    const seen: number[] = [];
    for await (const value of iterator) seen.push(value);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(source.calls).toBe(11); // ten values and the end, each asked for once
    expect(source.maxInFlight).toBe(1);
  });

  it('reads nothing until asked, then at most `size` values ahead, one request at a time', async () => {
    const source = new CountingSource(Array.from({ length: 20 }, (_, k) => k));
    const iterator = readAhead(source, 3);
    await settle();
    expect(source.calls).toBe(0);

    expect(await iterator.next()).toEqual({ done: false, value: 0 });
    await settle();
    // The value taken, and three read ahead while the consumer works on it.
    expect(source.calls).toBe(1 + 3);

    await iterator.next();
    await iterator.next();
    await settle();
    expect(source.calls).toBe(3 + 3);
    expect(source.maxInFlight).toBe(1);
  });

  it('with size 1 keeps exactly the next value on its way', async () => {
    const source = new CountingSource([10, 20, 30], { manual: true });
    const iterator = readAhead(source);
    const first = iterator.next();
    await settle();
    source.release();
    expect(await first).toEqual({ done: false, value: 10 });
    await settle();
    // The second value is already asked for, before the consumer asks.
    expect(source.calls).toBe(2);
    expect(source.inFlight).toBe(1);
    source.release();
    await settle();
    expect(source.calls).toBe(2); // buffer full: no third request yet
    expect(await iterator.next()).toEqual({ done: false, value: 20 });
    await settle();
    expect(source.calls).toBe(3);
    expect(source.maxInFlight).toBe(1);
  });

  it('throws the source error where it happened, after the values before it, even when read ahead', async () => {
    const stop = new RateLimitStop('the rate limit ran out', new Date('2026-01-01T01:00:00Z'));
    const source = new CountingSource([0, 1, 2, 3], { failAt: 2, error: stop });
    const unhandled = await unhandledDuring(async () => {
      const iterator = readAhead(source, 4);
      expect(await iterator.next()).toEqual({ done: false, value: 0 });
      await settle();
      expect(source.calls).toBe(3); // the failure is already read, and held
      expect(await iterator.next()).toEqual({ done: false, value: 1 });
      await expect(iterator.next()).rejects.toBe(stop);
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
    });
    expect(unhandled).toEqual([]);
    expect(source.calls).toBe(3); // nothing read after the failure
    expect(source.returned).toBe(0); // a source that threw is finished already
  });

  it('turns a next() that throws instead of rejecting into the consumer error', async () => {
    const broken: AsyncIterable<number> = {
      [Symbol.asyncIterator]: () => ({
        next: () => {
          throw new Error('boom');
        },
      }),
    };
    await expect(readAhead(broken).next()).rejects.toThrow('boom');
  });

  it('on an early return, waits for the read in flight, drops it, closes the source, reads no more', async () => {
    const source = new CountingSource([0, 1, 2, 3], { manual: true });
    const iterator = readAhead(source, 2);
    const first = iterator.next();
    await settle();
    source.release();
    expect(await first).toEqual({ done: false, value: 0 });
    await settle();
    expect(source.inFlight).toBe(1);

    let closed = false;
    const closing = iterator.return!().then(() => (closed = true));
    await settle();
    expect(closed).toBe(false); // the read in flight is waited for, not left running
    expect(source.returned).toBe(0);
    source.release();
    await closing;
    expect(source.inFlight).toBe(0);
    expect(source.returned).toBe(1);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(source.calls).toBe(2);
  });

  it('on an early return, a read in flight that fails is dropped without an unhandled rejection', async () => {
    const source = new CountingSource([0, 1, 2], { manual: true });
    const unhandled = await unhandledDuring(async () => {
      const iterator = readAhead(source, 1);
      const first = iterator.next();
      await settle();
      source.release();
      await first;
      await settle();
      const closing = iterator.return!();
      source.release(new RateLimitStop('late'));
      await closing;
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
    });
    expect(unhandled).toEqual([]);
    // A source that threw is finished: nothing to close.
    expect(source.returned).toBe(0);
  });

  it('closes a generator source when the consumer breaks out of for await', async () => {
    let finished = false;
    let produced = 0;
    async function* listing() {
      try {
        for (let k = 0; k < 100; k++) {
          produced++;
          yield k;
        }
      } finally {
        finished = true;
      }
    }
    for await (const value of readAhead(listing(), 5)) if (value === 2) break;
    expect(finished).toBe(true);
    expect(produced).toBeLessThanOrEqual(3 + 5);
  });

  it('refuses a size below 1', () => {
    expect(() => readAhead(new CountingSource([]), 0)).toThrow('read-ahead size must be an integer');
  });
});

// ---- the pipeline over a provider whose reads answer out of order ---------------------------------

const NOW = new Date('2026-06-01T00:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

const CHECKED_STALE_RULES = `${STALE_RULES}  - id: stale-is-quiet
    when: { labels: { all: [stale] } }
    check:
      message: A stale item should be quiet.
      require: { inactive: 3d }
`;

/** Twenty items of every kind: fresh, old, due, waiting, unreadable, pull requests. */
function seeds(): MemoryItem[] {
  return Array.from({ length: 20 }, (_, k) => {
    const number = k + 1;
    switch (number % 5) {
      case 0:
        return memoryItem({ number, author: `user${number}`, updatedAt: daysAgo(70 + number) });
      case 1:
        return memoryItem({
          number,
          labels: ['stale'],
          labelAppliedAt: { stale: daysAgo(8 + number) },
          updatedAt: daysAgo(8 + number),
        });
      case 2:
        return memoryItem({
          number,
          labels: ['stale'],
          labelAppliedAt: { stale: daysAgo(1) },
          updatedAt: daysAgo(1),
        });
      case 3:
        return memoryItem({ number, type: 'pull_request', updatedAt: daysAgo(300) });
      default:
        return memoryItem({ number, updatedAt: daysAgo(2) });
    }
  });
}

/**
 * The memory provider, with facts() held until the pipeline can go no further, then answered newest
 * first: the walk's reads finish in the opposite order they started. Counts facts() calls in flight.
 */
class ShuffledProvider extends MemoryProvider {
  inFlight = 0;
  maxInFlight = 0;
  /** Item numbers in the order their facts() answered. */
  readonly answered: number[] = [];
  private held: (() => void)[] = [];
  private flushing = false;

  constructor(
    private readonly faults: { unreadable?: number[]; stopAt?: number; listingStopAfter?: number } = {},
  ) {
    super(seeds(), { pageSize: 3, now: () => NOW });
  }

  override async *items(query: ItemQuery): AsyncIterable<Item> {
    let listed = 0;
    for await (const item of super.items(query)) {
      if (listed++ === this.faults.listingStopAfter) throw new RateLimitStop('listing: rate limit ran out');
      yield item;
    }
  }

  override async facts(key: ItemKey, names: readonly FactName[]): Promise<ItemFacts> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await new Promise<void>((release) => {
      this.held.push(release);
      this.flushSoon();
    });
    this.inFlight--;
    this.answered.push(key.number);
    if (this.faults.unreadable?.includes(key.number)) throw new Error(`#${key.number} is unreadable`);
    if (this.faults.stopAt === key.number) {
      throw new RateLimitStop('the rate limit ran out', new Date('2026-06-01T01:00:00Z'));
    }
    return super.facts(key, names);
  }

  /** Once the walk is blocked (a macrotask later), answers every held read, newest first. */
  private flushSoon(): void {
    if (this.flushing) return;
    this.flushing = true;
    setImmediate(() => {
      this.flushing = false;
      const batch = this.held.splice(0).reverse();
      for (const release of batch) release();
    });
  }
}

async function run(
  provider: MemoryProvider,
  overrides: Partial<TriageOptions> = {},
): Promise<{ result: TriageResult; reported: number[] }> {
  const reported: number[] = [];
  const result = await triage({
    provider,
    rules: parseRules(CHECKED_STALE_RULES, 'sift.yml'),
    now: NOW,
    dryRun: false,
    maxChangeRatio: 1,
    commentsPerMinute: 0,
    onOutcome: (o) => reported.push(o.item.number),
    ...overrides,
  });
  return { result, reported };
}

describe('triage plans several items at once, and reports in walk order', () => {
  it('gives the same result as a walk of one item at a time when reads answer out of order', async () => {
    const unreadable = [4, 9];
    const serialProvider = new ShuffledProvider({ unreadable });
    const serial = await run(serialProvider, { concurrency: 1 });
    const parallelProvider = new ShuffledProvider({ unreadable });
    const parallel = await run(parallelProvider, { concurrency: 4 });

    // The reads really overlapped and really answered out of order, within the bound.
    expect(serialProvider.maxInFlight).toBe(1);
    expect(parallelProvider.maxInFlight).toBeGreaterThan(1);
    expect(parallelProvider.maxInFlight).toBeLessThanOrEqual(4);
    expect(parallelProvider.answered).not.toEqual([...parallelProvider.answered].sort((a, b) => a - b));

    expect(JSON.stringify(parallel.result)).toBe(JSON.stringify(serial.result));
    expect(parallel.reported).toEqual(serial.reported);
    // Read failures, the plan's outcomes and the checks, each in walk order.
    expect(parallel.result.outcomes.filter((o) => o.error).map((o) => o.item.number)).toEqual(unreadable);
    const numbers = parallel.result.outcomes.map((o) => o.item.number);
    expect(numbers.filter((n) => !unreadable.includes(n))).toEqual(
      [...numbers.filter((n) => !unreadable.includes(n))].sort((a, b) => a - b),
    );
    expect(parallel.result.checks.length).toBeGreaterThan(1);
    expect(parallel.result.checks.map((c) => c.item.number)).toEqual(
      [...parallel.result.checks.map((c) => c.item.number)].sort((a, b) => a - b),
    );
    expect(parallelProvider.all()).toEqual(serialProvider.all());
  });

  it('a rate-limit stop from one item stops the walk there, as a serial walk does', async () => {
    const serial = await run(new ShuffledProvider({ stopAt: 12 }), { concurrency: 1 });
    const parallelProvider = new ShuffledProvider({ stopAt: 12 });
    const parallel = await run(parallelProvider, { concurrency: 4 });

    expect(serial.result.stop).toMatchObject({ reason: 'rate-limit', resetAt: '2026-06-01T01:00:00.000Z' });
    expect(serial.result.walked).toBe(12);
    // Items planned past the stop are dropped; only the reads they made differ.
    expect(without(parallel.result, 'requests')).toEqual(without(serial.result, 'requests'));
    expect(parallel.reported).toEqual(serial.reported);
    expect(parallelProvider.inFlight).toBe(0); // nothing left running after triage returned
    expect(parallelProvider.all().every((item) => item.commentList.length === 0)).toBe(true);
  });

  it('a rate-limit stop from the listing comes after every item read before it', async () => {
    const serial = await run(new ShuffledProvider({ listingStopAfter: 13 }), { concurrency: 1 });
    const parallel = await run(new ShuffledProvider({ listingStopAfter: 13 }), { concurrency: 4 });
    expect(serial.result.walked).toBe(13);
    expect(serial.result.stop?.reason).toBe('rate-limit');
    expect(parallel.result).toEqual(serial.result);
  });

  it('trips the circuit breaker, keeps the budget and the dry run exactly as a serial walk', async () => {
    for (const overrides of [
      { maxChangeRatio: 0.1 },
      { maxOperations: 3 },
      { dryRun: true },
      { checksOnly: true },
    ] satisfies Partial<TriageOptions>[]) {
      const serialProvider = new ShuffledProvider();
      const serial = await run(serialProvider, { ...overrides, concurrency: 1 });
      const parallelProvider = new ShuffledProvider();
      const parallel = await run(parallelProvider, overrides);
      expect(JSON.stringify(parallel.result)).toBe(JSON.stringify(serial.result));
      expect(parallelProvider.all()).toEqual(serialProvider.all());
    }
  });

  it('refuses a concurrency below 1', async () => {
    await expect(run(new ShuffledProvider(), { concurrency: 0 })).rejects.toThrow(
      'concurrency must be an integer of at least 1',
    );
  });
});

// ---- against the GitHub emulator over HTTP -------------------------------------------------------

const LABEL_DOCS = `version: 1
rules:
  - id: docs
    when: { type: pull_request, files: { any: 'docs/**' } }
    then:
      - label: docs
`;

/** Twelve pull requests, half of them touching docs/: a changed-files read each. */
async function pullsEmulator(): Promise<GitHubEmulator> {
  const gh = await startGitHubEmulator({ now: () => NOW });
  const repo = gh.store.addRepo('octo/demo');
  for (let n = 1; n <= 12; n++) {
    repo.addIssue({
      title: `#${n}`,
      created_at: daysAgo(100 - n),
      pull_request: true,
      pull: { files: n % 2 === 0 ? ['docs/guide.md'] : ['src/index.ts'] },
    });
  }
  return gh;
}

/** Holds each per-item read briefly so overlapping ones are seen together; counts them in flight. */
function countFactReads(gh: GitHubEmulator): { max: () => number } {
  let inFlight = 0;
  let max = 0;
  gh.onRequest = async (request) => {
    if (!/^\/repos\/octo\/demo\/pulls\/\d+\/files$/.test(request.path)) return undefined;
    inFlight++;
    max = Math.max(max, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 20));
    inFlight--;
    return undefined;
  };
  return { max: () => max };
}

describe('triage against the GitHub emulator', () => {
  async function sweep(concurrency?: number) {
    const gh = await pullsEmulator();
    try {
      const counter = countFactReads(gh);
      const provider = createGitHubRestProvider({ token: 't', repository: 'octo/demo', baseUrl: gh.url });
      const result = await triage({
        provider,
        rules: parseRules(LABEL_DOCS, 'sift.yml'),
        now: NOW,
        dryRun: false,
        maxChangeRatio: 1,
        ...(concurrency === undefined ? {} : { concurrency }),
      });
      expect(gh.serverErrors).toEqual([]);
      const requests = gh.requests.map((r) => `${r.method} ${r.path}`).sort();
      return { result, requests, maxFactReads: counter.max() };
    } finally {
      await gh.close();
    }
  }

  it('REST: up to 4 changed-files reads in flight, the same requests and result as one at a time', async () => {
    const serial = await sweep(1);
    const parallel = await sweep();

    expect(serial.maxFactReads).toBe(1);
    expect(parallel.maxFactReads).toBeGreaterThan(1);
    expect(parallel.maxFactReads).toBeLessThanOrEqual(4);
    expect(parallel.requests).toHaveLength(serial.requests.length);
    expect(parallel.requests).toEqual(serial.requests);
    expect(serial.requests.filter((r) => r.endsWith('/files'))).toHaveLength(12);
    expect(serial.requests.filter((r) => r.startsWith('POST'))).toHaveLength(6);
    expect(without(parallel.result, 'quota')).toEqual(without(serial.result, 'quota'));
  });

  it('GraphQL: Sift comments carried by a listing read ahead still answer the lookups (no comment reads)', async () => {
    const rules = parseRules(
      `version: 1
rules:
  - id: ask-for-logs
    when: { labels: { any: [needs-logs] }, inactive: 1d }
    then:
      - comment: 'Could you attach the logs?'
`,
      'sift.yml',
    );
    const operations = async (concurrency: number) => {
      const gh = await startGitHubEmulator({ now: () => NOW });
      try {
        const repo = gh.store.addRepo('octo/demo');
        for (let n = 1; n <= 9; n++) {
          repo.addIssue({
            title: `#${n}`,
            labels: ['needs-logs'],
            // Updated lately, by Sift only: only the timeline tells it was no person.
            created_at: daysAgo(30),
            updated_at: daysAgo(0.5),
            comments: [
              {
                body: 'Could you attach the logs?\n\n<!-- sift:rule=ask-for-logs -->',
                user: 'sift[bot]',
                created_at: daysAgo(0.5),
              },
            ],
          });
        }
        const result = await triage({
          // Pages of two, and a timeline longer than the listing carries: each item reads its timeline
          // (a request) before it looks its comment up, while the next page is read ahead.
          provider: createGitHubGraphqlProvider({
            token: 't',
            repository: 'octo/demo',
            baseUrl: gh.url,
            perPage: 2,
            timelineDepth: 1,
          }),
          rules,
          now: NOW,
          dryRun: true,
          concurrency,
        });
        expect(gh.graphql.invalid).toEqual([]);
        return { result, operations: gh.requests.map((r) => r.graphql?.operationName ?? r.path).sort() };
      } finally {
        await gh.close();
      }
    };
    const serial = await operations(1);
    const parallel = await operations(4);
    expect(parallel.operations).toEqual(serial.operations);
    expect(serial.operations.filter((name) => name === 'SiftFacts')).toHaveLength(9);
    expect(serial.operations).not.toContain('SiftComments');
    expect(without(parallel.result, 'quota')).toEqual(without(serial.result, 'quota'));
  });
});

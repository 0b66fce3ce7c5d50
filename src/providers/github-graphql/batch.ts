/**
 * Several writes in few requests: the mutations of up to `batchSize` writes go in one request, aliased
 * `m0`, `m1`... GitHub runs them in order and answers each on its own, so one failing write fails
 * alone. When a whole request fails (5xx, no answer, an error naming no mutation) and it is unclear
 * which of its mutations were applied, the unconfirmed ones are sent again one by one: all of them are
 * idempotent except posting a comment, which is first looked for on the item and not posted twice.
 */
import { isHttpFailure, writeError, type Failure } from '../github/errors.js';
import { ItemWriteError, RateLimitStop, type ItemKey } from '../provider.js';
import { graphqlWriteError, isRateLimited, rateLimitedStop } from './errors.js';
import { IdResolver, LookupRateLimited, type Repo } from './lookup.js';
import { describeWrite, permissionOf, plan, type Write, type WriteOp } from './mutations.js';
import { mutationDocument, recentCommentsQuery } from './query.js';
import type { GraphqlTransport } from './transport.js';
import type { GraphqlError } from './types.js';

/** The outcome of one write of a batch, in the batch's order. */
export type WriteResult =
  | { write: Write; ok: true; createdId?: string; kept?: boolean; note?: string }
  | { write: Write; ok: false; error: ItemWriteError };

interface Pending {
  index: number;
  write: Write;
  op: WriteOp;
}

export interface BatcherOptions {
  transport: GraphqlTransport;
  ids: IdResolver;
  repo: Repo;
  /** `owner/name`, for messages. */
  repository: string;
  /** Mutations per request. */
  batchSize: number;
  /** Never in a message. */
  secrets: readonly string[];
}

export class WriteBatcher {
  constructor(private readonly options: BatcherOptions) {}

  /**
   * Applies the writes, `batchSize` mutations a request, in order. Resolves with one result per
   * write; rejects only with RateLimitStop (the run should stop, not go on failing item by item).
   */
  async run(writes: readonly Write[]): Promise<WriteResult[]> {
    const results: WriteResult[] = writes.map((write) => ({ write, ok: true }));
    if (writes.length === 0) return results;
    let ids;
    try {
      ids = await this.options.ids.prepare(writes);
    } catch (error) {
      const doing = `looking up ids for ${writes.length === 1 ? describeWrite(writes[0]) : `${writes.length} writes`}`;
      if (error instanceof LookupRateLimited) throw rateLimitedStop(this.failure(doing), this.resetAt());
      return writes.map((write) => ({ write, ok: false, error: this.httpError(error, write) }));
    }

    const pending: Pending[] = [];
    writes.forEach((write, index) => {
      const planned = plan(write, ids);
      if (planned.kind === 'send') pending.push({ index, write, op: planned.op });
      else if (planned.kind === 'failed') results[index] = this.failed(write, planned.errors);
      else if (planned.kind === 'invalid') {
        const message = `${describeWrite(write)} in ${this.options.repository} failed: ${planned.message}.`;
        results[index] = { write, ok: false, error: new ItemWriteError(message, planned.status) };
      }
    });
    for (let start = 0; start < pending.length; start += this.options.batchSize) {
      await this.send(pending.slice(start, start + this.options.batchSize), results, true);
    }
    return results;
  }

  private async send(chunk: Pending[], results: WriteResult[], mayFallBack: boolean): Promise<void> {
    const ops = chunk.map((p) => p.op);
    let answer;
    try {
      answer = await this.options.transport.send<Record<string, unknown>>(
        mutationDocument('SiftWrites', ops),
        Object.fromEntries(ops.map((op, k) => [`m${k}`, op.input])),
        // The client may retry a batch after a 5xx only if sending it twice is harmless.
        { idempotent: ops.every((op) => op.idempotent) },
      );
    } catch (error) {
      if (error instanceof RateLimitStop) throw this.httpError(error, chunk[0].write);
      if (mayFallBack && chunk.length > 1 && unclear(error)) return this.oneByOne(chunk, results);
      for (const p of chunk)
        results[p.index] = { write: p.write, ok: false, error: this.httpError(error, p.write) };
      return;
    }
    if (isRateLimited(answer.errors)) {
      throw rateLimitedStop(this.failure(describeWrite(chunk[0].write)), this.resetAt());
    }

    const unconfirmed: Pending[] = [];
    chunk.forEach((p, k) => {
      const alias = `m${k}`;
      const own = answer.errors.filter((e) => e.path?.[0] === alias);
      const payload = answer.data?.[alias];
      if (own.length > 0) results[p.index] = this.failed(p.write, own);
      else if (payload) {
        const problem = p.op.verify?.(payload);
        results[p.index] = problem
          ? { write: p.write, ok: false, error: this.invalid(p.write, problem) }
          : { write: p.write, ok: true, ...createdIdOf(p.op, payload) };
      } else unconfirmed.push(p);
    });
    if (unconfirmed.length === 0) return;
    if (mayFallBack && chunk.length > 1) return this.oneByOne(unconfirmed, results);
    const general = answer.errors.filter((e) => !/^m\d+$/.test(String(e.path?.[0])));
    for (const p of unconfirmed) {
      results[p.index] = this.failed(
        p.write,
        general.length > 0 ? general : [{ message: 'no answer for it' }],
      );
    }
  }

  /** After a batch failed as a whole: each write alone, a comment only if it is not there already. */
  private async oneByOne(chunk: Pending[], results: WriteResult[]): Promise<void> {
    for (const p of chunk) {
      if (p.op.commentBody !== undefined) {
        const posted = await this.commentPosted(p.write.item, p.op.commentBody).catch((error: unknown) => {
          if (error instanceof RateLimitStop) throw error;
          return error;
        });
        if (posted === true) continue;
        if (posted !== false) {
          results[p.index] = { write: p.write, ok: false, error: this.httpError(posted, p.write) };
          continue;
        }
      }
      await this.send([p], results, false);
    }
  }

  /** Whether the item's newest comments include this exact body (Sift's bodies carry a unique marker). */
  private async commentPosted(item: ItemKey, body: string): Promise<boolean> {
    const answer = await this.options.transport.send<{
      repository: { item: { comments: { nodes: ({ body: string } | null)[] | null } } | null } | null;
    }>(recentCommentsQuery(item.type), {
      owner: this.options.repo.owner,
      name: this.options.repo.name,
      number: item.number,
    });
    const nodes = answer.data?.repository?.item?.comments.nodes;
    if (!nodes)
      throw new Error(answer.errors.map((e) => e.message).join('; ') || 'no comments in the answer');
    return nodes.some((n) => n?.body === body);
  }

  private failure(doing: string, permission?: string): Failure {
    return { doing, repository: this.options.repository, permission, secrets: this.options.secrets };
  }

  private failed(write: Write, errors: GraphqlError[]): WriteResult {
    const failure = this.failure(describeWrite(write), permissionOf(write));
    return { write, ok: false, error: graphqlWriteError(errors, failure) };
  }

  private invalid(write: Write, problem: string): ItemWriteError {
    return new ItemWriteError(`${describeWrite(write)} in ${this.options.repository} failed: ${problem}.`);
  }

  /** An HTTP-level failure as a write error; a rate-limit stop is thrown, as it stops the run. */
  private httpError(error: unknown, write: Write): ItemWriteError {
    const converted: Error = writeError(error, this.failure(describeWrite(write), permissionOf(write)));
    if (converted instanceof RateLimitStop) throw converted;
    return converted instanceof ItemWriteError ? converted : new ItemWriteError(converted.message);
  }

  private resetAt(): string | null {
    return this.options.transport.budget().resetAt;
  }
}

/** A failure after which it is unclear which mutations of the request were applied: no answer, 5xx. */
function unclear(error: unknown): boolean {
  return !isHttpFailure(error) || error.status >= 500;
}

/** The id of the comment a createComment made, when the mutation's answer carries it. */
function createdIdOf(op: WriteOp, payload: unknown): { createdId?: string } {
  const id = op.created?.(payload);
  return id ? { createdId: id } : {};
}

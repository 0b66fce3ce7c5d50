import { ItemWriteError } from '../provider.js';
import { IdResolver, type Repo } from './lookup.js';
import { type Write } from './mutations.js';
import type { GraphqlTransport } from './transport.js';
/** The outcome of one write of a batch, in the batch's order. */
export type WriteResult = {
    write: Write;
    ok: true;
    createdId?: string;
    kept?: boolean;
    note?: string;
} | {
    write: Write;
    ok: false;
    error: ItemWriteError;
};
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
export declare class WriteBatcher {
    private readonly options;
    constructor(options: BatcherOptions);
    /**
     * Applies the writes, `batchSize` mutations a request, in order. Resolves with one result per
     * write; rejects only with RateLimitStop (the run should stop, not go on failing item by item).
     */
    run(writes: readonly Write[]): Promise<WriteResult[]>;
    private send;
    /** After a batch failed as a whole: each write alone, a comment only if it is not there already. */
    private oneByOne;
    /** Whether the item's newest comments include this exact body (Sift's bodies carry a unique marker). */
    private commentPosted;
    private failure;
    private failed;
    private invalid;
    /** An HTTP-level failure as a write error; a rate-limit stop is thrown, as it stops the run. */
    private httpError;
    private resetAt;
}

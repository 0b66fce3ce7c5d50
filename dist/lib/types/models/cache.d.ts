export interface CachedAnswer {
    choice: string | null;
    confidence: number;
}
/** Days an entry no run used is kept (an item deleted or edited, a rule changed). */
export declare const KEEP_UNUSED_DAYS = 30;
/**
 * Entries kept at most, answers and embeddings together, unless this run used more (those are always
 * kept). An embedding of 1,536 dimensions is about 8 KB of the file: 20,000 is about 160 MB at worst.
 */
export declare const MAX_ENTRIES = 20000;
export interface AnswerCacheSnapshot {
    version: 1;
    answers: Record<string, CachedAnswer>;
    /**
     * Embeddings for `similar`, by a hash of (embeddings model, text embedded): base64 of float32s.
     * Absent in caches written before `similar`.
     */
    embeddings?: Record<string, string>;
    /**
     * The day (YYYY-MM-DD, UTC) each entry was last used by a run. Absent in caches written before it;
     * an entry without a day counts as used on the day it is next saved.
     */
    usedOn?: Record<string, string>;
}
export declare class AnswerCache {
    private readonly answers;
    /** Entries read this run: only those are saved, so answers for deleted items age out. */
    private readonly used;
    private readonly embeddings;
    /** When each entry loaded was last used (YYYY-MM-DD). */
    private readonly usedOn;
    constructor(snapshot?: AnswerCacheSnapshot);
    getEmbedding(key: string): Float32Array | undefined;
    setEmbedding(key: string, vector: ArrayLike<number>): void;
    get(key: string): CachedAnswer | undefined;
    set(key: string, answer: CachedAnswer): void;
    /**
     * What to save after a run on day `now`: every entry this run read or wrote, then the others used
     * within KEEP_UNUSED_DAYS, most recently used first, while fewer than MAX_ENTRIES are kept.
     */
    snapshot(now: Date): AnswerCacheSnapshot;
}
export declare function parseAnswerCache(value: unknown): AnswerCacheSnapshot;
/** Hex SHA-256 of the parts, with Web Crypto (Node, Bun, Deno alike). */
export declare function answerKey(parts: readonly unknown[]): Promise<string>;

export interface CachedAnswer {
    choice: string | null;
    confidence: number;
}
export interface AnswerCacheSnapshot {
    version: 1;
    answers: Record<string, CachedAnswer>;
    /**
     * Embeddings for `similar`, by a hash of (embeddings model, text embedded): base64 of float32s.
     * Absent in caches written before `similar`.
     */
    embeddings?: Record<string, string>;
}
export declare class AnswerCache {
    private readonly answers;
    /** Entries read this run: only those are saved, so answers for deleted items age out. */
    private readonly used;
    private readonly embeddings;
    constructor(snapshot?: AnswerCacheSnapshot);
    /** Answers and embeddings kept. */
    get size(): number;
    getEmbedding(key: string): Float32Array | undefined;
    setEmbedding(key: string, vector: ArrayLike<number>): void;
    get(key: string): CachedAnswer | undefined;
    set(key: string, answer: CachedAnswer): void;
    /** What this run read or wrote; with `keepAll`, every entry (a run that saw only some items). */
    snapshot(keepAll?: boolean): AnswerCacheSnapshot;
}
export declare function parseAnswerCache(value: unknown): AnswerCacheSnapshot;
/** Hex SHA-256 of the parts, with Web Crypto (Node, Bun, Deno alike). */
export declare function answerKey(parts: readonly unknown[]): Promise<string>;

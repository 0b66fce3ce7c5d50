/**
 * Answers kept between runs, so an unchanged item costs no call on a rerun. The key is a hash of
 * everything the answer depends on: the model, the question (guide and `into`) and the text sent.
 * Edit the item, the guide or the choices, or switch models, and the old answer is simply not found.
 * Only real answers are kept: a failure is asked again next run.
 */
export interface CachedAnswer {
    choice: string | null;
    confidence: number;
}
export interface AnswerCacheSnapshot {
    version: 1;
    answers: Record<string, CachedAnswer>;
}
export declare class AnswerCache {
    private readonly answers;
    /** Entries read this run: only those are saved, so answers for deleted items age out. */
    private readonly used;
    constructor(snapshot?: AnswerCacheSnapshot);
    get size(): number;
    get(key: string): CachedAnswer | undefined;
    set(key: string, answer: CachedAnswer): void;
    /** What this run read or wrote; with `keepAll`, every entry (a run that saw only some items). */
    snapshot(keepAll?: boolean): AnswerCacheSnapshot;
}
export declare function parseAnswerCache(value: unknown): AnswerCacheSnapshot;
/** Hex SHA-256 of the parts, with Web Crypto (Node, Bun, Deno alike). */
export declare function answerKey(parts: readonly unknown[]): Promise<string>;

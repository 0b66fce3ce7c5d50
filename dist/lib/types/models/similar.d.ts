/**
 * The pure parts of `similar`: the text an item is embedded from, how the texts to embed are cut into
 * calls (the embeddings API takes an array of inputs per call), cosine similarity, and the candidates
 * one item gets from a set of embedded items. The calls, the budget and the cache are the answerer's.
 */
import type { SimilarAmong, SimilarCandidate, SimilarSpec } from '../model/answers.js';
import type { Item } from '../model/item.js';
/**
 * Tokens of an item's text that are embedded at most. Whether two reports are the same problem shows in
 * their title and the start of their description; the rest (logs, templates) mostly adds noise and
 * tokens. Within text-embedding-3-small's 8,191 tokens per input with room for a tokenizer that counts
 * more tokens than our estimate.
 */
export declare const EMBED_INPUT_TOKENS = 2000;
/**
 * Inputs per embeddings call at most, and estimated tokens per call. GitHub's REST reference allows up
 * to 2,048 inputs per request; a smaller batch keeps one request's tokens well within what a free-tier
 * request may carry and one failed call from losing much work.
 */
export declare const EMBED_BATCH_INPUTS = 100;
export declare const EMBED_BATCH_TOKENS = 40000;
/** The text embedded for an item: its title and description, cut; never empty (the API refuses ""). */
export declare function embedText(item: Pick<Item, 'title' | 'body'>, maxInputTokens: number): string;
/** Consecutive batches of at most `EMBED_BATCH_INPUTS` texts and about `EMBED_BATCH_TOKENS` tokens. */
export declare function batchesOf<T extends {
    text: string;
}>(entries: readonly T[]): T[][];
/** A copy of `vector` scaled to length 1 (all zeros stays zeros), so cosine similarity is a dot product. */
export declare function unitVector(vector: ArrayLike<number>): Float32Array;
/** One embedded item of the set compared against. */
export interface EmbeddedItem {
    type: Item['type'];
    number: number;
    title: string;
    url: string;
    /** When it was opened, in ms since the epoch (parsed once, not once per comparison). */
    openedAt: number;
    /** Its embedding scaled to length 1 (`unitVector`), once per run rather than once per comparison. */
    unit: Float32Array;
}
/** How far the rules look: the lowest `min` and the highest `limit` of their `similar` conditions. */
export type SimilarBounds = Partial<Record<SimilarAmong, {
    min: number;
    limit: number;
}>>;
export declare function similarBounds(specs: readonly SimilarSpec[]): SimilarBounds;
/**
 * The items of the item's type opened before it scoring at least `min`, best first, at most `limit`.
 * Only earlier items: of two reports of one problem the later is the duplicate, so the first report
 * is never labelled a duplicate of the reports that followed it.
 */
export declare function nearest(item: Pick<Item, 'type' | 'number' | 'createdAt'>, unit: Float32Array, corpus: readonly EmbeddedItem[], bound: {
    min: number;
    limit: number;
}): SimilarCandidate[];
/** A vector as base64 of its float32 bytes: a quarter of its JSON size in the cache file. */
export declare function encodeVector(vector: ArrayLike<number>): string;
export declare function decodeVector(text: string): Float32Array | undefined;

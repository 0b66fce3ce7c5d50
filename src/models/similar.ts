/**
 * The pure parts of `similar`: the text an item is embedded from, how the texts to embed are cut into
 * calls (the embeddings API takes an array of inputs per call), cosine similarity, and the candidates
 * one item gets from a set of embedded items. The calls, the budget and the cache are the answerer's.
 */
import type { SimilarAmong, SimilarCandidate, SimilarSpec } from '../model/answers.js';
import type { Item } from '../model/item.js';
import { CHARS_PER_TOKEN, itemText } from './classify.js';

/**
 * Tokens of an item's text that are embedded at most. Whether two reports are the same problem shows in
 * their title and the start of their description; the rest (logs, templates) mostly adds noise and
 * tokens. Within text-embedding-3-small's 8,191 tokens per input with room for a tokenizer that counts
 * more tokens than our estimate.
 */
export const EMBED_INPUT_TOKENS = 2000;

/**
 * Inputs per embeddings call at most, and estimated tokens per call. GitHub's REST reference allows up
 * to 2,048 inputs per request; a smaller batch keeps one request's tokens well within what a free-tier
 * request may carry and one failed call from losing much work.
 */
export const EMBED_BATCH_INPUTS = 100;
export const EMBED_BATCH_TOKENS = 40_000;

/** The text embedded for an item: its title and description, cut; never empty (the API refuses ""). */
export function embedText(item: Pick<Item, 'title' | 'body'>, maxInputTokens: number): string {
  const text = itemText(item, Math.min(maxInputTokens, EMBED_INPUT_TOKENS));
  return text === '' ? '(no text)' : text;
}

/** Consecutive batches of at most `EMBED_BATCH_INPUTS` texts and about `EMBED_BATCH_TOKENS` tokens. */
export function batchesOf<T extends { text: string }>(entries: readonly T[]): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let tokens = 0;
  for (const entry of entries) {
    const cost = Math.ceil(entry.text.length / CHARS_PER_TOKEN);
    if (current.length > 0 && (current.length >= EMBED_BATCH_INPUTS || tokens + cost > EMBED_BATCH_TOKENS)) {
      batches.push(current);
      current = [];
      tokens = 0;
    }
    current.push(entry);
    tokens += cost;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Cosine similarity, clamped to [0, 1] (opposite texts are simply not similar). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  if (na === 0 || nb === 0) return 0;
  return Math.min(1, Math.max(0, dot / Math.sqrt(na * nb)));
}

/** One embedded item of the set compared against. */
export interface EmbeddedItem {
  type: Item['type'];
  number: number;
  title: string;
  url: string;
  /** ISO 8601. */
  createdAt: string;
  vector: Float32Array;
}

/** How far the rules look: the lowest `min` and the highest `limit` of their `similar` conditions. */
export type SimilarBounds = Partial<Record<SimilarAmong, { min: number; limit: number }>>;

export function similarBounds(specs: readonly SimilarSpec[]): SimilarBounds {
  const bounds: SimilarBounds = {};
  for (const spec of specs) {
    const b = bounds[spec.among];
    bounds[spec.among] = b
      ? { min: Math.min(b.min, spec.min), limit: Math.max(b.limit, spec.limit) }
      : { min: spec.min, limit: spec.limit };
  }
  return bounds;
}

/**
 * The items of the item's type opened before it scoring at least `min`, best first, at most `limit`.
 * Only earlier items: of two reports of one problem the later is the duplicate, so the first report
 * is never labelled a duplicate of the reports that followed it.
 */
export function nearest(
  item: Pick<Item, 'type' | 'number' | 'createdAt'>,
  vector: ArrayLike<number>,
  corpus: readonly EmbeddedItem[],
  bound: { min: number; limit: number },
): SimilarCandidate[] {
  const found: SimilarCandidate[] = [];
  for (const other of corpus) {
    if (other.type !== item.type || !openedBefore(other, item)) continue;
    const score = cosine(vector, other.vector);
    if (score >= bound.min) found.push({ number: other.number, score, url: other.url, title: other.title });
  }
  found.sort((a, b) => b.score - a.score || a.number - b.number);
  return found.slice(0, bound.limit);
}

/** A vector as base64 of its float32 bytes: a quarter of its JSON size in the cache file. */
export function encodeVector(vector: ArrayLike<number>): string {
  const bytes = new Uint8Array(Float32Array.from(vector).buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoa(binary);
}

export function decodeVector(text: string): Float32Array | undefined {
  try {
    const binary = atob(text);
    if (binary.length === 0 || binary.length % 4 !== 0) return undefined;
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const vector = new Float32Array(bytes.buffer);
    return vector.every((x) => Number.isFinite(x)) ? vector : undefined;
  } catch {
    return undefined;
  }
}

function openedBefore(
  a: Pick<EmbeddedItem, 'createdAt' | 'number'>,
  b: Pick<Item, 'createdAt' | 'number'>,
): boolean {
  const at = Date.parse(a.createdAt);
  const bt = Date.parse(b.createdAt);
  return at < bt || (at === bt && a.number < b.number);
}

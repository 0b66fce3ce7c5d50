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

/** A copy of `vector` scaled to length 1 (all zeros stays zeros), so cosine similarity is a dot product. */
export function unitVector(vector: ArrayLike<number>): Float32Array {
  let norm = 0;
  for (let i = 0; i < vector.length; i++) norm += vector[i] * vector[i];
  const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
  const out = new Float32Array(vector.length);
  for (let i = 0; i < vector.length; i++) out[i] = vector[i] * scale;
  return out;
}

/**
 * The dot product, four sums at a time: the loop `nearest` spends its time in (10,000 items of 1,536
 * dimensions is 15 million products per item); independent sums let the engine keep several in flight.
 */
function dot(a: Float32Array, b: Float32Array): number {
  const n = Math.min(a.length, b.length);
  const end = n - (n % 4);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < end; i += 4) {
    s0 += a[i] * b[i];
    s1 += a[i + 1] * b[i + 1];
    s2 += a[i + 2] * b[i + 2];
    s3 += a[i + 3] * b[i + 3];
  }
  for (let i = end; i < n; i++) s0 += a[i] * b[i];
  return s0 + s1 + s2 + s3;
}

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
  unit: Float32Array,
  corpus: readonly EmbeddedItem[],
  bound: { min: number; limit: number },
): SimilarCandidate[] {
  const found: SimilarCandidate[] = [];
  const openedAt = Date.parse(item.createdAt);
  for (const other of corpus) {
    if (other.type !== item.type) continue;
    // Opened before it; of two opened the same second, the lower number.
    if (other.openedAt > openedAt || (other.openedAt === openedAt && other.number >= item.number)) continue;
    if (other.unit.length !== unit.length) continue;
    // Cosine similarity of two unit vectors, clamped to [0, 1]: opposite texts are simply not similar,
    // and rounding can take identical ones a hair past 1.
    const score = Math.min(1, Math.max(0, dot(unit, other.unit)));
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

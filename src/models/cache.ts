/**
 * Answers kept between runs, so an unchanged item costs no call on a rerun. The key is a hash of
 * everything the answer depends on: the model, the question (guide and `into`) and the text sent.
 * Edit the item, the guide or the choices, or switch models, and the old answer is simply not found.
 * Only real answers are kept: a failure is asked again next run. Embeddings for `similar` are kept
 * the same way, keyed by a hash of (embeddings model, text): an edited item is embedded again.
 */
import { decodeVector, encodeVector } from './similar.js';
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

export class AnswerCache {
  private readonly answers: Map<string, CachedAnswer>;
  /** Entries read this run: only those are saved, so answers for deleted items age out. */
  private readonly used = new Set<string>();

  private readonly embeddings: Map<string, string>;

  constructor(snapshot?: AnswerCacheSnapshot) {
    this.answers = new Map(Object.entries(snapshot?.answers ?? {}));
    this.embeddings = new Map(Object.entries(snapshot?.embeddings ?? {}));
  }

  /** Answers and embeddings kept. */
  get size(): number {
    return this.answers.size + this.embeddings.size;
  }

  getEmbedding(key: string): Float32Array | undefined {
    const text = this.embeddings.get(key);
    const vector = text === undefined ? undefined : decodeVector(text);
    if (vector !== undefined) this.used.add(key);
    return vector;
  }

  setEmbedding(key: string, vector: ArrayLike<number>): void {
    this.embeddings.set(key, encodeVector(vector));
    this.used.add(key);
  }

  get(key: string): CachedAnswer | undefined {
    const answer = this.answers.get(key);
    if (answer !== undefined) this.used.add(key);
    return answer;
  }

  set(key: string, answer: CachedAnswer): void {
    this.answers.set(key, answer);
    this.used.add(key);
  }

  /** What this run read or wrote; with `keepAll`, every entry (a run that saw only some items). */
  snapshot(keepAll = true): AnswerCacheSnapshot {
    const keep = ([key]: [string, unknown]) => keepAll || this.used.has(key);
    const snapshot: AnswerCacheSnapshot = {
      version: 1,
      answers: Object.fromEntries([...this.answers].filter(keep)),
    };
    const embeddings = [...this.embeddings].filter(keep);
    if (embeddings.length > 0) snapshot.embeddings = Object.fromEntries(embeddings);
    return snapshot;
  }
}

export function parseAnswerCache(value: unknown): AnswerCacheSnapshot {
  const v = value as Partial<AnswerCacheSnapshot> | null;
  if (
    v === null ||
    typeof v !== 'object' ||
    v.version !== 1 ||
    typeof v.answers !== 'object' ||
    v.answers === null
  ) {
    throw new Error('not a Sift answer cache (version 1)');
  }
  const answers: Record<string, CachedAnswer> = {};
  for (const [key, answer] of Object.entries(v.answers)) {
    const a = answer as Partial<CachedAnswer>;
    if ((typeof a.choice === 'string' || a.choice === null) && typeof a.confidence === 'number') {
      answers[key] = { choice: a.choice, confidence: a.confidence };
    }
  }
  const embeddings: Record<string, string> = {};
  const rawEmbeddings = (v as { embeddings?: unknown }).embeddings;
  if (rawEmbeddings !== null && typeof rawEmbeddings === 'object') {
    for (const [key, text] of Object.entries(rawEmbeddings)) {
      if (typeof text === 'string' && decodeVector(text) !== undefined) embeddings[key] = text;
    }
  }
  return { version: 1, answers, ...(Object.keys(embeddings).length > 0 ? { embeddings } : {}) };
}

/** Hex SHA-256 of the parts, with Web Crypto (Node, Bun, Deno alike). */
export async function answerKey(parts: readonly unknown[]): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(parts));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Answers kept between runs, so an unchanged item costs no call on a rerun. The key is a hash of
 * everything the answer depends on: the model, the question (guide and `into`) and the text sent.
 * Edit the item, the guide or the choices, or switch models, and the old answer is simply not found.
 * Only real answers are kept: a failure is asked again next run. Embeddings for `similar` are kept
 * the same way, keyed by a hash of (embeddings model, text): an edited item is embedded again.
 *
 * The cache does not grow forever: a save keeps every entry this run used, and of the others those
 * used within `KEEP_UNUSED_DAYS`, most recently used first, up to `MAX_ENTRIES` in all. So an event run
 * that reads one item keeps the sweep's entries, and the entry of an item deleted, edited (a new text
 * is a new key) or out of the rules' scope is dropped a month after its last use.
 */
import { decodeVector, encodeVector } from './similar.js';
export interface CachedAnswer {
  choice: string | null;
  confidence: number;
}

/** Days an entry no run used is kept (an item deleted or edited, a rule changed). */
export const KEEP_UNUSED_DAYS = 30;
/**
 * Entries kept at most, answers and embeddings together, unless this run used more (those are always
 * kept). An embedding of 1,536 dimensions is about 8 KB of the file: 20,000 is about 160 MB at worst.
 */
export const MAX_ENTRIES = 20_000;

const DAY_MS = 86_400_000;

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

export class AnswerCache {
  private readonly answers: Map<string, CachedAnswer>;
  /** Entries read this run: only those are saved, so answers for deleted items age out. */
  private readonly used = new Set<string>();

  private readonly embeddings: Map<string, string>;
  /** When each entry loaded was last used (YYYY-MM-DD). */
  private readonly usedOn: Map<string, string>;

  constructor(snapshot?: AnswerCacheSnapshot) {
    this.answers = new Map(Object.entries(snapshot?.answers ?? {}));
    this.embeddings = new Map(Object.entries(snapshot?.embeddings ?? {}));
    this.usedOn = new Map(Object.entries(snapshot?.usedOn ?? {}));
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

  /**
   * What to save after a run on day `now`: every entry this run read or wrote, then the others used
   * within KEEP_UNUSED_DAYS, most recently used first, while fewer than MAX_ENTRIES are kept.
   */
  snapshot(now: Date): AnswerCacheSnapshot {
    const today = dayOf(now);
    const oldest = dayOf(new Date(now.getTime() - KEEP_UNUSED_DAYS * DAY_MS));
    const lastUsed = (key: string) => (this.used.has(key) ? today : (this.usedOn.get(key) ?? today));
    const keys = [...this.answers.keys(), ...this.embeddings.keys()];
    const used = keys.filter((key) => this.used.has(key));
    const unused = keys
      .filter((key) => !this.used.has(key) && lastUsed(key) >= oldest)
      // Most recently used first; a stable sort keeps the file's order (its own recency) within a day.
      .sort((a, b) => (lastUsed(a) < lastUsed(b) ? 1 : lastUsed(a) > lastUsed(b) ? -1 : 0));
    const kept = new Set([...used, ...unused.slice(0, Math.max(0, MAX_ENTRIES - used.length))]);
    const keep = ([key]: [string, unknown]) => kept.has(key);
    const snapshot: AnswerCacheSnapshot = {
      version: 1,
      answers: Object.fromEntries([...this.answers].filter(keep)),
    };
    const embeddings = [...this.embeddings].filter(keep);
    if (embeddings.length > 0) snapshot.embeddings = Object.fromEntries(embeddings);
    if (kept.size > 0) snapshot.usedOn = Object.fromEntries([...kept].map((key) => [key, lastUsed(key)]));
    return snapshot;
  }
}

/** YYYY-MM-DD in UTC: days sort as strings. */
function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
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
  const usedOn: Record<string, string> = {};
  const rawUsedOn = (v as { usedOn?: unknown }).usedOn;
  if (rawUsedOn !== null && typeof rawUsedOn === 'object') {
    for (const [key, day] of Object.entries(rawUsedOn)) {
      if (typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) && (key in answers || key in embeddings))
        usedOn[key] = day;
    }
  }
  return {
    version: 1,
    answers,
    ...(Object.keys(embeddings).length > 0 ? { embeddings } : {}),
    ...(Object.keys(usedOn).length > 0 ? { usedOn } : {}),
  };
}

/** Hex SHA-256 of the parts, with Web Crypto (Node, Bun, Deno alike). */
export async function answerKey(parts: readonly unknown[]): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(parts));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

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

export class AnswerCache {
  private readonly answers: Map<string, CachedAnswer>;
  /** Entries read this run: only those are saved, so answers for deleted items age out. */
  private readonly used = new Set<string>();

  constructor(snapshot?: AnswerCacheSnapshot) {
    this.answers = new Map(Object.entries(snapshot?.answers ?? {}));
  }

  get size(): number {
    return this.answers.size;
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
    const entries = [...this.answers].filter(([key]) => keepAll || this.used.has(key));
    return { version: 1, answers: Object.fromEntries(entries) };
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
  return { version: 1, answers };
}

/** Hex SHA-256 of the parts, with Web Crypto (Node, Bun, Deno alike). */
export async function answerKey(parts: readonly unknown[]): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(parts));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

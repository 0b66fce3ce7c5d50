/**
 * Sift's own comments on items whose comments a provider has just read in full for another reason
 * (a GraphQL listing page, a REST timeline), so that `findComment` answers them without a request.
 * Kept for the last `capacity` items remembered, far more than a walk holds in flight at once (the
 * pipeline reads a page ahead and plans a few items at a time), and small: only Sift's comments.
 * Writers forget what they write to, so an answer is never staler than a read would be.
 */
import { inCycle } from '../comment-cycle.js';
import { NumberSet } from '../number-set.js';
import type { ItemKey, OwnComment } from '../provider.js';

/** What every Sift comment carries: a provider keeps only comments that have it. */
export const MARKER_PREFIX = '<!-- sift:rule=';

interface Entry {
  comments: readonly OwnComment[];
  /** Epoch ms, the forge's clock: when the read that showed them was answered, where known. */
  readAt?: number;
}

export class CommentMemo {
  private entries = new Map<string, Entry>();

  constructor(private readonly capacity = 1_000) {}

  /** Sift's comments on `item`, oldest first: every one the item has. */
  remember(item: ItemKey, comments: readonly OwnComment[], readAt?: number): void {
    const key = keyOf(item);
    this.entries.delete(key);
    this.entries.set(key, { comments, readAt });
    // A Map iterates in insertion order: drop the items remembered longest ago.
    for (const old of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(old);
    }
  }

  /** The answer to findComment(item, marker, since) if the item is remembered, else undefined. */
  find(item: ItemKey, marker: string, since?: string): OwnComment | null | undefined {
    const entry = this.entries.get(keyOf(item));
    return entry && firstAfter(entry.comments, marker, since);
  }

  /** When the remembered comments of `item` were read (the forge's clock), if known. */
  readAt(item: ItemKey): number | undefined {
    return this.entries.get(keyOf(item))?.readAt;
  }

  forget(item: ItemKey): void {
    this.entries.delete(keyOf(item));
  }

  clear(): void {
    this.entries = new Map();
  }
}

/**
 * Items a listing showed with no comment at all (GitHub's `comments: 0`): Sift has none on them either,
 * so findComment answers "none" without a request, as after a read of their comments. A bitmap of
 * numbers (12.5 kB at 100,000 items: a walk keeps it flat) and one time, the forge's clock at the
 * earliest listing page that showed one: no later than any of their reads, so a run that asks again
 * after posting (NoneSeen) reads the comments feed from early enough. Writers forget what they write to.
 */
export class ListedUncommented {
  private readonly numbers = new NumberSet();
  private earliest: number | undefined;

  note(number: number, readAt: number | undefined): void {
    // Without the forge's time, the answer could not be bounded for the check after posting.
    if (readAt === undefined) return;
    this.numbers.add(number);
    this.earliest = Math.min(this.earliest ?? readAt, readAt);
  }

  /** The forge's time by which the item was seen without comments, or undefined when it was not. */
  readAt(number: number): number | undefined {
    return this.numbers.has(number) ? this.earliest : undefined;
  }

  forget(number: number): void {
    this.numbers.delete(number);
  }
}

/** The oldest of Sift's comments (oldest first) with `marker` posted in the cycle from `since` (inCycle). */
export function firstAfter(
  comments: readonly OwnComment[],
  marker: string,
  since?: string,
): OwnComment | null {
  return comments.find((c) => c.body.includes(marker) && inCycle(c.createdAt, since)) ?? null;
}

function keyOf(item: ItemKey): string {
  return `${item.type}#${item.number}`;
}

/**
 * The lookups a provider answered "no such comment", each with the forge's time of the read that
 * showed it. A run asks again after posting, only to catch another run's comment posted in between:
 * then only comments posted since that read can change the answer.
 */
export class NoneSeen {
  private readonly entries = new Map<string, { marker: string; since?: string; readAt: number }>();

  constructor(private readonly capacity = 5_000) {}

  note(item: ItemKey, marker: string, since: string | undefined, readAt: number | undefined): void {
    const key = keyOf(item);
    this.entries.delete(key);
    if (readAt === undefined) return;
    this.entries.set(key, { marker, since, readAt });
    for (const old of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(old);
    }
  }

  /** When the same lookup was last answered "none" (the forge's clock), if it was. */
  since(item: ItemKey, marker: string, since?: string): number | undefined {
    const entry = this.entries.get(keyOf(item));
    return entry && entry.marker === marker && entry.since === since ? entry.readAt : undefined;
  }
}

/** The forge's clock from a response's `Date` header (whole seconds), if it sent one. */
export function forgeTime(headers: { date?: string }): number | undefined {
  const at = headers.date === undefined ? NaN : Date.parse(headers.date);
  return Number.isNaN(at) ? undefined : at;
}

import type { ItemKey, OwnComment } from '../provider.js';
/** What every Sift comment carries: a provider keeps only comments that have it. */
export declare const MARKER_PREFIX = "<!-- sift:rule=";
export declare class CommentMemo {
    private readonly capacity;
    private entries;
    constructor(capacity?: number);
    /** Sift's comments on `item`, oldest first: every one the item has. */
    remember(item: ItemKey, comments: readonly OwnComment[], readAt?: number): void;
    /** The answer to findComment(item, marker, since) if the item is remembered, else undefined. */
    find(item: ItemKey, marker: string, since?: string): OwnComment | null | undefined;
    /** When the remembered comments of `item` were read (the forge's clock), if known. */
    readAt(item: ItemKey): number | undefined;
    forget(item: ItemKey): void;
    clear(): void;
}
/**
 * Items a listing showed with no comment at all (GitHub's `comments: 0`): Sift has none on them either,
 * so findComment answers "none" without a request, as after a read of their comments. A bitmap of
 * numbers (12.5 kB at 100,000 items: a walk keeps it flat) and one time, the forge's clock at the
 * earliest listing page that showed one: no later than any of their reads, so a run that asks again
 * after posting (NoneSeen) reads the comments feed from early enough. Writers forget what they write to.
 */
export declare class ListedUncommented {
    private readonly numbers;
    private earliest;
    note(number: number, readAt: number | undefined): void;
    /** The forge's time by which the item was seen without comments, or undefined when it was not. */
    readAt(number: number): number | undefined;
    forget(number: number): void;
}
/** The oldest of Sift's comments (oldest first) with `marker` posted in the cycle from `since` (inCycle). */
export declare function firstAfter(comments: readonly OwnComment[], marker: string, since?: string): OwnComment | null;
/**
 * The lookups a provider answered "no such comment", each with the forge's time of the read that
 * showed it. A run asks again after posting, only to catch another run's comment posted in between:
 * then only comments posted since that read can change the answer.
 */
export declare class NoneSeen {
    private readonly capacity;
    private readonly entries;
    constructor(capacity?: number);
    note(item: ItemKey, marker: string, since: string | undefined, readAt: number | undefined): void;
    /** When the same lookup was last answered "none" (the forge's clock), if it was. */
    since(item: ItemKey, marker: string, since?: string): number | undefined;
}
/** The forge's clock from a response's `Date` header (whole seconds), if it sent one. */
export declare function forgeTime(headers: {
    date?: string;
}): number | undefined;

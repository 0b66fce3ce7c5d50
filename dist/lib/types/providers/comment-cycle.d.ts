/**
 * Whether a comment posted at `createdAt` belongs to the comment cycle that started at `since` (the
 * item's last activity; any time when absent). At or after: a forge keeps whole seconds, and a comment
 * posted in the second the cycle started (an item opened and answered by a bot within a second) is
 * that cycle's. The other reading of that second, a person answering Sift's warning within the second
 * it was posted, does not happen; a rerun posting the same comment twice would.
 */
export declare function inCycle(createdAt: string, since: string | undefined): boolean;

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of adjacent characters, so the
 * commonest typo ("lables", "thne") is one edit away, not two.
 */
export declare function editDistance(a: string, b: string): number;
/**
 * The candidate closest to `input` (ignoring case), if it is close enough to be a plausible typo:
 * suggesting "url" for "foo" would mislead more than it helps.
 */
export declare function nearest(input: string, candidates: readonly string[]): string | undefined;

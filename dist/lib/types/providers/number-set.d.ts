/**
 * A set of item numbers as a bitmap: one bit per number up to the largest seen. A walk remembers every
 * number it yielded (to skip one that a shifted page serves twice); as a Set that is some 30 bytes an
 * item, 3 MB at 100,000 items, while a bitmap of a repository's numbers (they count up from 1) is
 * 12.5 kB at 100,000, so a walk's memory stays flat in the number of items.
 */
export declare class NumberSet {
    private bits;
    has(n: number): boolean;
    add(n: number): void;
    delete(n: number): void;
}

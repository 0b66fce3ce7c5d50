/** "1 item", "2 items": a number with its noun, singular for exactly one. */
export declare function count(n: number, singular: string, plural?: string): string;

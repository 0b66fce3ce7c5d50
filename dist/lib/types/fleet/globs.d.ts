/**
 * Repository name patterns for the `include` and `exclude` inputs: `*` matches any run of characters
 * except `/`, `**` any run including `/`, `?` one character. A pattern with a `/` is matched against
 * the full name (`acme/web-*`, `group/**`), one without against the last part only (`web-*`).
 * Case-insensitive, like the forges' own names.
 */
export declare function globMatcher(pattern: string): (fullName: string) => boolean;
/** Patterns from an input: separated by spaces, commas or new lines. */
export declare function parsePatterns(text: string): string[];

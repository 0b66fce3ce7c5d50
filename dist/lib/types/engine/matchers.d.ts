/** One regex that matches a string when any of the globs matches it (case-insensitively). */
export declare function globMatcher(globs: readonly string[]): RegExp;
/**
 * Branch names: the same small glob language as labels (`release/*` matches `release/1.x/rc`), but
 * case-sensitive, as git refs are.
 */
export declare function branchMatcher(globs: readonly string[]): RegExp;
export declare function pathMatcher(globs: readonly string[]): RegExp;
/** One regex that matches a string equal to any of the values, ignoring case (no glob syntax). */
export declare function nameMatcher(values: readonly string[]): RegExp;
/**
 * A regex safe to `.test` repeatedly: global and sticky regexes carry `lastIndex` between calls, which
 * would make the same item match on one evaluation and not the next. Copying once at compile time is
 * cheaper than resetting `lastIndex` on every evaluation.
 */
export declare function statelessRegExp(re: RegExp): RegExp;

import { type Matcher } from './glob.js';
export type { Matcher } from './glob.js';
/**
 * Label names and logins are not paths, and they contain characters that are glob syntax elsewhere
 * (`bug (confirmed)`, `dependabot[bot]`, `!important`, `$$$`). So the glob language is deliberately
 * small: `*` (any run of characters, `/` included: `needs-*` matches `needs-info/author`), `?` (one
 * character other than `/`) and `{a,b}` alternatives; every other character is literal. A name also
 * always matches itself, so a label literally named `{x}` or `*` can still be written as is.
 * Case-insensitive, as GitHub treats label names and logins.
 */
export declare function globMatcher(globs: readonly string[]): Matcher;
/**
 * Branch names: the same small glob language as labels (`release/*` matches `release/1.x/rc`), but
 * case-sensitive, as git refs are.
 */
export declare function branchMatcher(globs: readonly string[]): Matcher;
export declare function pathMatcher(globs: readonly string[]): Matcher;
/** One regex that matches a string equal to any of the values, ignoring case (no glob syntax). */
export declare function nameMatcher(values: readonly string[]): RegExp;
/**
 * A regex safe to `.test` repeatedly: global and sticky regexes carry `lastIndex` between calls, which
 * would make the same item match on one evaluation and not the next. Copying once at compile time is
 * cheaper than resetting `lastIndex` on every evaluation.
 */
export declare function statelessRegExp(re: RegExp): RegExp;

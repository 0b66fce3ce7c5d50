import { escapeRegExp, globSource, linearMatcher, type Matcher } from './glob.js';

export type { Matcher } from './glob.js';

/**
 * Glob and name matchers, compiled once per rule set into a single matcher per list. Globs match in
 * linear time (glob.ts): the rules file that writes them may be a pull request's, and the names they
 * run on are anyone's.
 */

/** Matches nothing: the alternation of an empty list. */
const NEVER = /(?!)/;

/**
 * Label names and logins are not paths, and they contain characters that are glob syntax elsewhere
 * (`bug (confirmed)`, `dependabot[bot]`, `!important`, `$$$`). So the glob language is deliberately
 * small: `*` (any run of characters, `/` included: `needs-*` matches `needs-info/author`), `?` (one
 * character other than `/`) and `{a,b}` alternatives; every other character is literal. A name also
 * always matches itself, so a label literally named `{x}` or `*` can still be written as is.
 * Case-insensitive, as GitHub treats label names and logins.
 */
export function globMatcher(globs: readonly string[]): Matcher {
  return nameGlobs(globs, true);
}

/**
 * Branch names: the same small glob language as labels (`release/*` matches `release/1.x/rc`), but
 * case-sensitive, as git refs are.
 */
export function branchMatcher(globs: readonly string[]): Matcher {
  return nameGlobs(globs, false);
}

// File paths: ordinary path globs, as actions/labeler and .gitignore users write them: `*` stays within
// one directory, `**` crosses them (`docs/**`, `**/*.md`), dot files match. Case-sensitive, as
// repository paths are. A glob without `/` does not match in subdirectories: write `**/*.md`.
// (Line comments: a glob such as `**/` would end a block comment.)
export function pathMatcher(globs: readonly string[]): Matcher {
  if (globs.length === 0) return NEVER;
  return linearMatcher(
    globs.map((glob) => globSource(glob, 'path')),
    false,
  );
}

function nameGlobs(globs: readonly string[], caseInsensitive: boolean): Matcher {
  if (globs.length === 0) return NEVER;
  const sources = globs.flatMap((glob) => [escapeRegExp(glob), globSource(glob, 'name')]);
  return linearMatcher(sources, caseInsensitive);
}

/** One regex that matches a string equal to any of the values, ignoring case (no glob syntax). */
export function nameMatcher(values: readonly string[]): RegExp {
  if (values.length === 0) return NEVER;
  return new RegExp(`^(?:${values.map(escapeRegExp).join('|')})$`, 'i');
}

/**
 * A regex safe to `.test` repeatedly: global and sticky regexes carry `lastIndex` between calls, which
 * would make the same item match on one evaluation and not the next. Copying once at compile time is
 * cheaper than resetting `lastIndex` on every evaluation.
 */
export function statelessRegExp(re: RegExp): RegExp {
  return re.global || re.sticky ? new RegExp(re.source, re.flags.replace(/[gy]/g, '')) : re;
}

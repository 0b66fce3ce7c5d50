import picomatch from 'picomatch';

/**
 * Glob and name matchers, compiled once per rule set into a single case-insensitive RegExp per list.
 * `RegExp.test` on a non-global regex allocates nothing, which keeps evaluation allocation-free;
 * picomatch's own matcher functions return a result object per call, so we only use it to build regexes.
 */

/** Matches nothing: the alternation of an empty list. */
const NEVER = /(?!)/;

/**
 * Label names and logins are not paths, and they contain characters that are glob syntax to picomatch
 * (`bug (confirmed)`, `dependabot[bot]`, `!important`, `$$$`). So the glob language is deliberately
 * small: `*` (any run of characters), `?` (one character other than `/`) and `{a,b}` alternatives;
 * every other character is literal. A name also always matches itself, so a label literally named
 * `{x}` or `*` can still be written as is.
 */
const GLOB_OPTIONS: picomatch.PicomatchOptions = {
  // GitHub label names and logins are case-insensitive.
  nocase: true,
  // `*` must match across `/`: `needs-*` matches `needs-info/author`.
  bash: true,
  // Leading dots are not special.
  dot: true,
  nonegate: true,
  noextglob: true,
};

/** ASCII punctuation other than `*`, `?`, `{`, `}` and `,`: escaped so picomatch takes it literally. */
const LITERAL_PUNCTUATION = /[!"#$%&'()+./:;<=>@[\\\]^`|~]/g;

/** One regex that matches a string when any of the globs matches it (case-insensitively). */
export function globMatcher(globs: readonly string[]): RegExp {
  return nameGlobs(globs, GLOB_OPTIONS, 'i');
}

/**
 * Branch names: the same small glob language as labels (`release/*` matches `release/1.x/rc`), but
 * case-sensitive, as git refs are.
 */
export function branchMatcher(globs: readonly string[]): RegExp {
  return nameGlobs(globs, { ...GLOB_OPTIONS, nocase: false }, '');
}

// File paths: ordinary path globs, as actions/labeler and .gitignore users write them: `*` stays within
// one directory, `**` crosses them (`docs/**`, `**/*.md`), dot files match. Case-sensitive, as
// repository paths are. A glob without `/` does not match in subdirectories: write `**/*.md`.
// (Line comments: a glob such as `**/` would end a block comment.)
export function pathMatcher(globs: readonly string[]): RegExp {
  if (globs.length === 0) return NEVER;
  const sources = globs.map((glob) => picomatch.makeRe(glob, PATH_OPTIONS).source);
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'));
}

const PATH_OPTIONS: picomatch.PicomatchOptions = { dot: true, nonegate: true };

function nameGlobs(globs: readonly string[], options: picomatch.PicomatchOptions, flags: string): RegExp {
  if (globs.length === 0) return NEVER;
  const sources = globs.flatMap((glob) => [
    `^${escapeRegExp(glob)}$`,
    picomatch.makeRe(glob.replace(LITERAL_PUNCTUATION, '\\$&'), options).source,
  ]);
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags);
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

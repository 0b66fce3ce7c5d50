import { RE2JS } from 're2js';

/**
 * Globs compiled for a linear-time engine. A rules file (in a preview: a pull request's) writes the
 * pattern and anyone writes the text it runs on (a login, a label in a tests file, a branch name), so a
 * glob such as `*a*a*a*a*a*a*a*a*a*a*a*a*a*b` must not be handed to JavaScript's backtracking RegExp:
 * against a 60-character label it ran for minutes. Globs are translated here to RE2 syntax and matched
 * by RE2JS, in time linear in the text whatever the glob; globs without `*` have only bounded choices
 * and keep the (faster) native RegExp.
 */

/** What the engine asks of a compiled glob list. A RegExp is one. */
export interface Matcher {
  test(text: string): boolean;
}

/** Which glob language: `name` (labels, logins, branches, categories: `*` crosses `/`) or `path`. */
export type GlobDialect = 'name' | 'path';

/**
 * The regex source (RE2 and JavaScript syntax alike) of one glob, anchored neither side.
 * - name: `*` any run of characters, `?` one character other than `/`, `{a,b}` alternatives; every
 *   other character is literal (labels such as `bug (confirmed)`, logins such as `dependabot[bot]`).
 * - path: `*` a run within one directory, `**` as a whole segment any number of directories
 *   (`docs/**`, `**` + `/*.md`), `?`, `[abc]` / `[!abc]` classes, `{a,b}`, and `\` escapes.
 */
export function globSource(glob: string, dialect: GlobDialect): string {
  return translate(glob, 0, glob.length, dialect);
}

/** One matcher for a list of whole-string sources (already translated), any of which may match. */
export function linearMatcher(sources: readonly string[], caseInsensitive: boolean): Matcher {
  const source = `^(?:${sources.map((s) => `(?:${s})`).join('|')})$`;
  // Without an unbounded repetition a backtracking engine has finitely many choices per position.
  if (!source.includes('*')) return new RegExp(source, caseInsensitive ? 'i' : '');
  const re = RE2JS.compile(source, caseInsensitive ? RE2JS.CASE_INSENSITIVE | RE2JS.DOTALL : RE2JS.DOTALL);
  return { test: (text) => re.test(text) };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function translate(glob: string, from: number, to: number, dialect: GlobDialect): string {
  let out = '';
  let i = from;
  while (i < to) {
    const c = glob[i];
    if (c === '*') {
      let end = i;
      while (end < to && glob[end] === '*') end++;
      if (dialect === 'name') out += '.*';
      else out += pathStars(glob, i, end, to);
      // `**/` as a whole segment already swallowed its slash.
      i =
        dialect === 'path' && end - i >= 2 && wholeSegment(glob, i, end, to) && glob[end] === '/'
          ? end + 1
          : end;
      continue;
    }
    if (c === '?') {
      out += '[^/]';
      i++;
      continue;
    }
    if (c === '{') {
      const alternatives = braceAlternatives(glob, i, to);
      if (alternatives) {
        out += `(?:${alternatives.map(([a, b]) => translate(glob, a, b, dialect)).join('|')})`;
        i = alternatives[alternatives.length - 1][1] + 1;
        continue;
      }
    }
    if (dialect === 'path' && c === '[') {
      const end = classEnd(glob, i, to);
      if (end > 0) {
        out += classSource(glob.slice(i + 1, end));
        i = end + 1;
        continue;
      }
    }
    if (dialect === 'path' && c === '\\' && i + 1 < to) {
      out += escapeRegExp(glob[i + 1]);
      i += 2;
      continue;
    }
    // `/**` closing a path glob: the directory itself matches too (`docs/**` matches `docs`).
    if (
      dialect === 'path' &&
      c === '/' &&
      glob.startsWith('**', i + 1) &&
      i + 3 === to &&
      !glob.startsWith('***', i + 1)
    ) {
      out += '(?:/.*)?';
      i = to;
      continue;
    }
    out += escapeRegExp(c);
    i++;
  }
  return out;
}

/** A run of `*` in a path glob: `**` alone in its segment crosses directories, anything else does not. */
function pathStars(glob: string, start: number, end: number, to: number): string {
  if (end - start < 2 || !wholeSegment(glob, start, end, to)) return '[^/]*';
  return glob[end] === '/' ? '(?:.*/)?' : '.*';
}

function wholeSegment(glob: string, start: number, end: number, to: number): boolean {
  return (start === 0 || glob[start - 1] === '/') && (end === to || glob[end] === '/');
}

/** The alternatives of the brace group opening at `open` as [start, end) ranges, or null when it is literal. */
function braceAlternatives(glob: string, open: number, to: number): [number, number][] | null {
  const ranges: [number, number][] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < to; i++) {
    const c = glob[i];
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      ranges.push([start, i]);
      start = i + 1;
    } else if (c === '}') {
      ranges.push([start, i]);
      // `{x}` with a single alternative is literal, as in bash.
      return ranges.length > 1 ? ranges : null;
    }
  }
  return null;
}

/** Index of the `]` closing the class opened at `open`, or -1 (then `[` is literal). */
function classEnd(glob: string, open: number, to: number): number {
  let i = open + 1;
  if (glob[i] === '!' || glob[i] === '^') i++;
  if (glob[i] === ']') i++;
  for (; i < to; i++) if (glob[i] === ']') return i;
  return -1;
}

function classSource(body: string): string {
  const negated = body.startsWith('!') || body.startsWith('^');
  const members = (negated ? body.slice(1) : body).replace(/[\\[\]^]/g, '\\$&');
  return negated ? `[^/${members}]` : `[${members}]`;
}

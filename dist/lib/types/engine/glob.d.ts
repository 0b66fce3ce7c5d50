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
export declare function globSource(glob: string, dialect: GlobDialect): string;
/** One matcher for a list of whole-string sources (already translated), any of which may match. */
export declare function linearMatcher(sources: readonly string[], caseInsensitive: boolean): Matcher;
export declare function escapeRegExp(text: string): string;

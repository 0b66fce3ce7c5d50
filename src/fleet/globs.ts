import { escapeRegExp, linearMatcher } from '../engine/glob.js';

/**
 * Repository name patterns for the `include` and `exclude` inputs: `*` matches any run of characters
 * except `/`, `**` any run including `/`, `?` one character. A pattern with a `/` is matched against
 * the full name (`acme/web-*`, `group/**`), one without against the last part only (`web-*`).
 * Case-insensitive, like the forges' own names.
 */
export function globMatcher(pattern: string): (fullName: string) => boolean {
  const source = pattern
    .split(/(\*\*|\*|\?)/)
    .map((part) =>
      part === '**' ? '.*' : part === '*' ? '[^/]*' : part === '?' ? '[^/]' : escapeRegExp(part),
    )
    .join('');
  // Linear time whatever the pattern: a workflow's input is trusted, but a cheap guarantee is kept.
  const matcher = linearMatcher([source], true);
  const whole = pattern.includes('/');
  return (fullName) => matcher.test(whole ? fullName : fullName.slice(fullName.lastIndexOf('/') + 1));
}

/** Patterns from an input: separated by spaces, commas or new lines. */
export function parsePatterns(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}

/**
 * Comment templates: `{{name}}` placeholders and nothing else. No expression language, so a rules file
 * can never run code. The config layer rejects unknown names; the engine fills in the values.
 */
export const PLACEHOLDERS = [
  'author',
  'number',
  'title',
  'type',
  'url',
  'labels',
  'assignees',
  'milestone',
  'state',
  'rule',
  'inactive_days',
  'age_days',
  'comments',
  /** Who wrote the comment whose command runs the actions: only in a command's `then`. */
  'commenter',
  'parent',
  'sub_issues',
  /** The choice of the rule's `classify` condition (empty without one). */
  'classified',
  /** Its confidence, two decimals. */
  'confidence',
  /** The items the rule's `similar` condition found, as links with scores (empty without one). */
  'similar',
  /** The most similar of them, as `#12` (empty without one). */
  'similar_top',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export interface PlaceholderUse {
  name: string;
  /** Offset of `{{` in the template. */
  index: number;
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function placeholdersIn(template: string): PlaceholderUse[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => ({ name: m[1], index: m.index ?? 0 }));
}

export function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/**
 * Placeholders whose value goes into the comment as it is: `{{author}}` is there to be mentioned
 * (`@{{author}}`). Every other value is text a user controls (a title, a label, a milestone...) and is
 * quoted (see `quoteValue`).
 */
export const UNQUOTED: ReadonlySet<Placeholder> = new Set<Placeholder>(['author', 'commenter']);

/** U+200B ZERO WIDTH SPACE: invisible, and it breaks a mention or a quick action where it stands. */
const ZWSP = '\u200B';

/** An `@` a mention can start at: followed by a letter, a digit or `_` (`@alice`, `@acme/core`, `@all`). */
const MENTION = /@(?=[\p{L}\p{N}_])/gu;

/**
 * A user-controlled value made inert in a comment: it cannot mention a person or a team on GitHub
 * (`@alice`, `@acme/core`) nor ping `@all`/`@here` on GitLab, since a zero-width space follows every
 * `@` that could start a mention; it cannot open an HTML comment, so no title can carry a Sift marker
 * (`<!-- sift:rule=... -->`) into a comment; and it cannot start a GitLab quick action (`/close`), since a `/`
 * that would begin a line (after optional spaces) gets a zero-width space before it. `atLineStart`:
 * the comment's text before the value on its line is empty or blank.
 */
export function quoteValue(value: string, atLineStart: boolean): string {
  const unmarked = value.replace(/<!--/g, `<${ZWSP}!--`).replace(/^!--/, `${ZWSP}!--`);
  const unmentioned = unmarked.replace(MENTION, `@${ZWSP}`);
  const lines = unmentioned.replace(/(\n[ \t]*)\//g, `$1${ZWSP}/`);
  return atLineStart ? lines.replace(/^([ \t]*)\//, `$1${ZWSP}/`) : lines;
}

/**
 * Issue-form placeholders: `{{form.ID}}` (the answer to the field with that id) and `{{form_missing}}`
 * (the labels of the empty fields the rule's `form` conditions list as `missing`). Their values are
 * what the author wrote, so they are quoted like every other value but `author`.
 */
export function isFormPlaceholder(name: string): boolean {
  return name === 'form_missing' || /^form\.[A-Za-z0-9_-]+$/.test(name);
}

export function renderTemplate(
  template: string,
  values: Record<Placeholder, string>,
  formValues: Readonly<Record<string, string>> = {},
): string {
  let out = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0;
    out += template.slice(last, index);
    last = index + match[0].length;
    const name = match[1];
    if (isFormPlaceholder(name)) {
      out += quoteValue(formValues[name] ?? '', /(^|\n)[ \t]*$/.test(out));
      continue;
    }
    if (!isPlaceholder(name)) {
      out += match[0];
      continue;
    }
    const value = values[name];
    out += UNQUOTED.has(name) ? value : quoteValue(value, /(^|\n)[ \t]*$/.test(out));
  }
  return out + template.slice(last);
}

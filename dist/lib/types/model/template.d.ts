/**
 * Comment templates: `{{name}}` placeholders and nothing else. No expression language, so a rules file
 * can never run code. The config layer rejects unknown names; the engine fills in the values.
 */
export declare const PLACEHOLDERS: readonly ["author", "number", "title", "type", "url", "labels", "assignees", "milestone", "state", "rule", "inactive_days", "age_days", "comments", "commenter", "parent", "sub_issues", "classified", "confidence", "similar", "similar_top"];
export type Placeholder = (typeof PLACEHOLDERS)[number];
export interface PlaceholderUse {
    name: string;
    /** Offset of `{{` in the template. */
    index: number;
}
export declare function placeholdersIn(template: string): PlaceholderUse[];
export declare function isPlaceholder(name: string): name is Placeholder;
/**
 * Placeholders whose value goes into the comment as it is: `{{author}}` is there to be mentioned
 * (`@{{author}}`). Every other value is text a user controls (a title, a label, a milestone...) and is
 * quoted (see `quoteValue`).
 */
export declare const UNQUOTED: ReadonlySet<Placeholder>;
/**
 * A user-controlled value made inert in a comment: it cannot mention a person or a team on GitHub
 * (`@alice`, `@acme/core`) nor ping `@all`/`@here` on GitLab, since a zero-width space follows every
 * `@` that could start a mention; it cannot open an HTML comment, so no title can carry a Sift marker
 * (`<!-- sift:rule=... -->`) into a comment; and it cannot start a GitLab quick action (`/close`), since a `/`
 * that would begin a line (after optional spaces) gets a zero-width space before it. `atLineStart`:
 * the comment's text before the value on its line is empty or blank.
 */
export declare function quoteValue(value: string, atLineStart: boolean): string;
/**
 * Issue-form placeholders: `{{form.ID}}` (the answer to the field with that id) and `{{form_missing}}`
 * (the labels of the empty fields the rule's `form` conditions list as `missing`). Their values are
 * what the author wrote, so they are quoted like every other value but `author`.
 */
export declare function isFormPlaceholder(name: string): boolean;
export declare function renderTemplate(template: string, values: Record<Placeholder, string>, formValues?: Readonly<Record<string, string>>): string;

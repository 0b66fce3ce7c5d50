/**
 * Escaping for text that strangers wrote (titles, label names) before it goes into Markdown: it must
 * not break a table, inject HTML or links, or ping people with @mentions.
 */
export declare function escapeCell(text: string): string;
/**
 * An id (rule, report) as code in a table cell. Ids that came through the rules file's schema are plain
 * (letters, digits, `_.-/`); anything else (a tampered result file) is escaped like any stranger's text
 * instead, since a code span can neither escape a backtick nor hold a line break.
 */
export declare function idCell(id: string): string;
export declare function table(header: string[], rows: string[][]): string;
/** Long tables fold away so a summary with thousands of rows stays readable. */
export declare function collapsible(title: string, body: string, open: boolean): string;
/**
 * Text someone else wrote, shown exactly but inert: an inline code span whose fence is longer than any
 * run of backticks in the text, so the text cannot close it. Inside a code span nothing renders: no
 * HTML, images, links, autolinks or @mentions. Line breaks fold to spaces (a span is one line).
 */
export declare function codeSpan(text: string): string;
/**
 * A code span in a GFM table cell: the table splits a row at every unescaped `|`, even inside code,
 * and turns `\|` back into `|` there. A backslash of the text's own before a `|` would escape the
 * escape, so a zero-width space goes between them (it shows as written).
 */
export declare function codeCell(text: string): string;
/** Lines someone else wrote, as a fenced code block that no line of theirs can close. */
export declare function codeBlock(text: string): string;
/** At most `max` characters, with an ellipsis when cut (never in the middle of a surrogate pair). */
export declare function clip(text: string, max: number): string;

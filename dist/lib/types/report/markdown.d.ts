/**
 * Escaping for text that strangers wrote (titles, label names) before it goes into Markdown: it must
 * not break a table, inject HTML, or ping people with @mentions.
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

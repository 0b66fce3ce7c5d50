/**
 * Escaping for text that strangers wrote (titles, label names) before it goes into Markdown: it must
 * not break a table, inject HTML, or ping people with @mentions.
 */
export declare function escapeCell(text: string): string;
export declare function table(header: string[], rows: string[][]): string;
/** Long tables fold away so a summary with thousands of rows stays readable. */
export declare function collapsible(title: string, body: string, open: boolean): string;

/**
 * Finding commands in a comment's Markdown: a line that starts with `/name` or `/sift name`, outside
 * code (fenced or indented) and outside quotes. Pure text work; which names count is for the caller.
 */
export interface CommandLine {
    /** Lower case: `label`, `needs-info`. */
    name: string;
    /** What follows the name, trimmed (`bug docs`, `@me`, `duplicate #12`). */
    args: string;
    /** The line as written, trimmed. */
    line: string;
}
/** Every command line of a comment, in order (names unfiltered: the rules file says which count). */
export declare function commandLines(body: string): CommandLine[];
/**
 * Arguments split on spaces and commas; `"good first issue"` keeps its spaces. A leading `~` (GitLab's
 * label reference) and `@` (a mention) are the caller's to strip.
 */
export declare function splitArgs(args: string): string[];

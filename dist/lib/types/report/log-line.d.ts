/**
 * Log lines that cannot issue runner commands. The Actions runner reads its log for workflow commands:
 * a line that starts (after whitespace) with `::` (`::warning::`, `::add-mask::`, `::stop-commands::`)
 * and the legacy form `##[command]` anywhere in a line (`##[set-output name=...]`). Titles, bodies, rule
 * ids, test names and everything else someone else writes reach Sift's log, and a title with a new line
 * starts a line of its own. So every line Sift prints (the Action's `info`, the CLI's output, text and
 * JSON) goes through `inertLog`, and text embedded in a one-line message goes through `oneLine` first.
 *
 * A zero-width space (U+200B: not whitespace, so the runner's trim keeps it) breaks up the command
 * without changing what a reader sees.
 */
/** Text for the log: no line of it can start a runner command. Our own line breaks are kept. */
export declare function inertLog(text: string): string;
/**
 * JSON for the log, with the same guarantee and the same value once parsed: `#` written `\u0023`.
 * (A line of JSON never starts with `::`: keys and strings are quoted.)
 */
export declare function inertJson(json: string): string;
/** Someone else's text inside one line of ours: its line breaks folded into a visible `⏎`. */
export declare function oneLine(text: string): string;
/** A value as indented JSON for a terminal or a log (`--json`), inert as `inertJson` makes it. */
export declare function logJson(value: unknown): string;

import { type RunStop, type TriageResult } from './result.js';
/** The terminal report is the CLI's: a circuit-breaker stop names the CLI's flag. */
export declare const CLI_ACCEPT_SETTING = "--max-change-ratio 1";
/** The CLI's line on stderr for a stopped run; a circuit-breaker stop names the CLI's flag. */
export declare function stopLine(stop: RunStop): string;
export declare function renderText(result: TriageResult): string;

import type { PreviewResult } from '../pipeline/preview.js';
import type { PolicyTestReport } from '../policy-tests/types.js';
/**
 * Marks the preview comment, so every push edits the same one. `:` cannot occur in a rule id, so no
 * rule's comment can be taken for it; the `sift:rule=` prefix makes it Sift's own comment everywhere
 * (never human activity for the clock).
 */
export declare const PREVIEW_MARKER = "<!-- sift:rule=:preview -->";
/** Items listed per rule and direction; the rest is counted. */
export declare const LISTED_PER_RULE = 20;
export interface PreviewEntry {
    rule: string;
    before: number;
    after: number;
    added: number[];
    removed: number[];
}
export interface PreviewReport {
    rulesPath: string;
    baseSha: string;
    headSha: string;
    /** The base branch has no rules file / the pull request deletes it. */
    baseMissing: boolean;
    headMissing: boolean;
    /** `path:line:col: message` lines: the pull request's rules file (or tests file) does not load. */
    problems: string[];
    /** Null when the problems kept the walk from running. */
    result: PreviewResult | null;
    tests?: PolicyTestReport;
    notes: string[];
}
export declare function previewEntries(result: PreviewResult | null): PreviewEntry[];
/** GitHub refuses a comment body over 65,536 characters; stay under it with room to spare. */
export declare const COMMENT_LIMIT = 60000;
/** Numbers listed per rule and direction in the `preview` output; `before`/`after` count them all. */
export declare const OUTPUT_LISTED = 1000;
/**
 * The comment (and job summary), at most `limit` characters: as much detail as fits (items linked,
 * rules, problems, tests), and when nothing else fits, the counts alone.
 */
export declare function renderPreview(report: PreviewReport, limit?: number): string;

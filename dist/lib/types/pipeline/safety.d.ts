/**
 * The limits that keep one bad run from making a mess of a repository. Defaults are those of the
 * Action's inputs; the library and the CLI use the same.
 */
export interface SafetyLimits {
    /** Write requests one run may make. */
    maxOperations: number;
    /** Share of walked items a run may change before the circuit breaker stops it. */
    maxChangeRatio: number;
    /** Comments posted per minute (GitHub allows 80 content-creating requests a minute). */
    commentsPerMinute: number;
}
export declare const SAFETY_DEFAULTS: SafetyLimits;
/**
 * Below this many changed items the breaker stays quiet: on a repository of six issues, changing four
 * is a normal first run, not a rule gone wrong.
 */
export declare const BREAKER_MIN_CHANGES = 10;
export declare function tripsBreaker(changed: number, walked: number, maxChangeRatio: number): boolean;
/** What the circuit breaker saw: the items the plan would change, of those walked, and the limit. */
export interface BreakerTrip {
    planned: number;
    walked: number;
    maxChangeRatio: number;
}
/**
 * The one line a stopped run says: what stopped it and the one input to change. `setting` spells the
 * input as the entry point takes it (`max-change-ratio: 1` in a workflow, `--max-change-ratio 1` on
 * the command line).
 */
export declare function breakerLine(trip: BreakerTrip, setting?: string): string;
/**
 * Reads the limits from text (Action inputs, CLI flags). Blank means the default; anything else that is
 * not a number in range is an error naming the setting, so a typo never silently lifts a limit.
 */
export declare function parseLimits(text: Partial<Record<keyof SafetyLimits, string | undefined>>): SafetyLimits;
export declare class LimitError extends Error {
    name: string;
}

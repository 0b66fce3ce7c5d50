/**
 * Byte budgets for what a run writes where GitHub caps the size: the step summary and the step's
 * outputs. Everything here counts UTF-8 bytes (what GitHub measures), never characters, and runs
 * anywhere (no Node API), like the rest of the report.
 */
/** UTF-8 length of a string without encoding it. A lone surrogate counts 3 bytes (U+FFFD on write). */
export declare function utf8Bytes(text: string): number;
/**
 * How many of `chunks`, taken from the start, fit in `budget` bytes when each is written followed by
 * a newline. Stops at the first chunk that does not fit, so what is kept is always a prefix.
 */
export declare function fitChunks(chunks: readonly string[], budget: number): {
    kept: number;
    bytes: number;
};
export interface FittedJsonArray {
    /** The JSON text of the array of kept entries, exactly what `JSON.stringify` would give for them. */
    json: string;
    kept: number;
    omitted: number;
}
/**
 * The longest prefix of `entries` whose JSON array fits in `budget` bytes (`[]` at least, even when
 * the budget is smaller than that).
 */
export declare function fitJsonArray(entries: readonly unknown[], budget: number): FittedJsonArray;
/**
 * GitHub caps a job's outputs at 1 MB in total (1,000,000 bytes; a step's outputs count toward its
 * job's). All of Sift's outputs together stay under 900,000 bytes: 10% margin for GitHub counting in
 * a way we do not see and for other steps of the same job.
 */
export declare const OUTPUTS_BUDGET_BYTES = 900000;
/**
 * What the runner's output file spends on one output besides its name and value: `name<<DELIMITER`,
 * the value, `DELIMITER` and three line ends; `@actions/core`'s delimiter is `ghadelimiter_` and a
 * UUID (49 bytes). 128 leaves room.
 */
export declare const OUTPUT_FRAMING_BYTES = 128;
/** What one output costs in the runner's output file: its name, its value and the framing. */
export declare function bytesOfOutput(name: string, value: string): number;
/**
 * Every output of a run, within `budget` bytes in all. `plan` and `checks` grow with the repository:
 * they keep the entries that fit, and `plan-omitted` / `checks-omitted` say how many were left out
 * (0 when whole). `others` (name -> value: `changed`, `deferred`, `plan-file`, ...) are small and kept
 * whole; what they leave is split between `plan` and `checks`: when both fit, both are whole; otherwise
 * each may use at least half, and what one does not need goes to the other.
 */
export declare function boundedOutputs(plan: readonly unknown[], checks: readonly unknown[], others: Record<string, string>, budget?: number): Record<string, string>;

/** One thing wrong with a rules file, where it is. */
export interface ConfigProblem {
    file: string;
    /** 1-based; 0 when the problem concerns the whole file (e.g. it cannot be read). */
    line: number;
    /** 1-based; 0 when the problem concerns the whole file. */
    col: number;
    message: string;
}
/** `path:line:col: message`, or `path: message` for a problem about the whole file. */
export declare function formatProblem(problem: ConfigProblem): string;
export declare function compareProblems(a: ConfigProblem, b: ConfigProblem): number;
/**
 * Everything wrong with a rules file at once, so a user fixes the file in one pass instead of one
 * error per run. The message is ready to print: one `path:line:col: message` line per problem.
 */
export declare class ConfigError extends Error {
    readonly problems: readonly ConfigProblem[];
    constructor(problems: readonly ConfigProblem[]);
}

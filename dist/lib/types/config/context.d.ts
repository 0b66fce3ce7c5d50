import type { ConfigProblem } from './errors.js';
import type { DataPath, SourceLocator } from './positions.js';
import type { ShapeProblem } from './validate.js';
/**
 * State shared by the compile passes: where to report, and which parts of the data the schema found
 * broken. Compiling skips broken parts but still checks the sound ones, so one run reports every
 * problem in the file rather than stopping at the first bad rule.
 */
export declare class CompileContext {
    readonly locator: SourceLocator;
    readonly problems: ConfigProblem[];
    private readonly brokenPaths;
    constructor(locator: SourceLocator, shapeProblems: readonly ShapeProblem[]);
    /** True when the schema found nothing wrong at or below `path`, so its value has the documented shape. */
    isSound(path: DataPath): boolean;
    report(path: DataPath, message: string): void;
    reportAt(pos: {
        file: string;
        line: number;
        col: number;
    }, message: string): void;
}

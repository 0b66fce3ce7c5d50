import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
/**
 * Compiles a title/body pattern for the linear-time engine (see linear-regex.ts: a pattern from the
 * rules file must not be able to hang a run on a hostile body); undefined, with a problem reported at
 * its place in the pattern, when it is not a valid regex or needs backtracking.
 */
export declare function compileRegex(text: string, path: DataPath, ctx: CompileContext): RegExp | undefined;

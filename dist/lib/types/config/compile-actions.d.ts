import type { ActionSpec } from '../model/rules.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
/**
 * Compiles a `then` list; broken entries (already reported by the validator) are left out.
 * `discussions`: the rule is about discussions, whose plain `close: true` means GitHub's default
 * reason for them, `resolved`.
 */
export declare function compileActions(value: unknown, path: DataPath, ctx: CompileContext, discussions?: boolean, placeholders?: {
    commenter?: boolean;
}): ActionSpec[];

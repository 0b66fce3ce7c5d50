import type { Condition } from '../model/rules.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
/** Compiles a `when`-style map to its conditions, one per key, in the order written. */
export declare function compileConditionMap(value: unknown, path: DataPath, ctx: CompileContext): Condition[];

import type { Duration } from '../model/rules.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
/** Converts a duration the schema has accepted (`^[0-9]+[mhdw]$`) to milliseconds. */
export declare function compileDuration(text: string, path: DataPath, ctx: CompileContext): Duration;

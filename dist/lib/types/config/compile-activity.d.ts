import { type ActivitySettings } from '../model/rules.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
/** The top-level `activity:` map; absent (or broken, already reported) means the defaults. */
export declare function compileActivity(value: unknown, path: DataPath, ctx: CompileContext): ActivitySettings;

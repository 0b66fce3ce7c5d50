import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
/**
 * Compiles a rule's `on` (the schema has checked the `event` / `event.action` form). The event part
 * must be one Sift knows, with a suggestion for typos; the action part is free-form, since GitHub adds
 * actions over time and an unknown one simply never matches. Undefined when the rule has no `on`.
 */
export declare function compileEvents(value: unknown, path: DataPath, ctx: CompileContext): string[] | undefined;

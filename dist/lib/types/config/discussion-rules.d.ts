import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
/**
 * Reports, for the rule at `path` (`discussions`: it is about discussions), every condition and
 * action that does not fit the items it selects, and a `type: discussion` anywhere but at the top.
 */
export declare function checkDiscussionFit(raw: Record<string, unknown>, path: DataPath, id: string, discussions: boolean, ctx: CompileContext): void;

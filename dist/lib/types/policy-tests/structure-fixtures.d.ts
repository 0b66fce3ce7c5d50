/**
 * Sub-issues and the parent of a fixture item (`sub-issues:`, `parent:`). As on GitHub, both are
 * always known: an item that lists none has none, and a pull request never has any.
 */
import type { CompileContext } from '../config/context.js';
import type { DataPath } from '../config/positions.js';
import type { ItemFacts, ItemType } from '../model/item.js';
export declare function structureFacts(raw: Record<string, unknown>, path: DataPath, type: ItemType, ctx: CompileContext): Pick<ItemFacts, 'subIssues' | 'parent' | 'form'>;

import type { Change } from '../model/plan.js';
import type { ItemKey, Write } from '../providers/provider.js';
/** A `project` change as writes: the add when the item is not in the project, then one per field. */
export declare function projectWrites(item: ItemKey, change: Extract<Change, {
    kind: 'project';
}>): Write[];

import type { Change } from '../model/plan.js';
import type { ChangeOutcome } from '../executor/index.js';
export { itemName, type Forge } from '../model/item-name.js';
/** One change in a few words, e.g. `label stale` or `close (not planned)`. */
export declare function describeChange(change: Change): string;
export declare function describeOutcome(outcome: ChangeOutcome): string;

import type { Change } from '../model/plan.js';
import type { ChangeOutcome } from '../executor/index.js';
/**
 * How reports name an item: `#12`, or `discussion #12`, as a discussion shares its repository's
 * numbers with issues and pull requests and its link goes elsewhere.
 */
export declare function itemName(item: {
    type: string;
    number: number;
}): string;
/** One change in a few words, e.g. `label stale` or `close (not planned)`. */
export declare function describeChange(change: Change): string;
export declare function describeOutcome(outcome: ChangeOutcome): string;

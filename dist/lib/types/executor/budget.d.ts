import type { Change, ItemPlan } from '../model/plan.js';
/**
 * The most write requests a plan can cost. Checked before an item is started, so the budget never
 * leaves an item half-changed (labelled but not commented, say).
 */
export declare function maxWrites(plan: ItemPlan): number;
export declare function writesOf(change: Change): number;

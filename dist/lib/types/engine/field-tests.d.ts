import type { Bounds, Condition } from '../model/rules.js';
import { type Matcher } from './matchers.js';
import type { Projection } from './projection.js';
/**
 * Conditions on the item as listed (and as earlier rules project it): always decided, never a request.
 * Each compiles to a closure over precompiled matchers, so an evaluation parses and allocates nothing.
 */
export type FieldCondition = Extract<Condition, {
    kind: 'type' | 'state' | 'draft' | 'locked' | 'labels' | 'title' | 'body' | 'author' | 'author-association' | 'assignees' | 'milestone' | 'created' | 'updated' | 'comments' | 'reactions' | 'thumbs-up' | 'category' | 'answered';
}>;
export type FieldTest = (p: Projection) => boolean;
/** Relative costs, for ordering children of all/any: cheap tests first. */
export declare const COST: {
    readonly field: 0;
    readonly glob: 1;
    readonly regex: 2;
    readonly fact: 3;
};
export declare function fieldTest(cond: FieldCondition): [FieldTest, number];
/** Issues are never drafts, whatever a provider reports. */
export declare function isDraft(p: Projection): boolean;
export declare function someMatch(values: readonly string[], re: Matcher): boolean;
export declare function inBounds(bounds: Bounds, n: number): boolean;

import type { Change } from '../model/plan.js';
import type { Rule } from '../model/rules.js';
import { type Projection } from './projection.js';
/**
 * Turns a rule's actions into real changes against the projection, in the order the rule lists them,
 * and advances the projection so later actions and later rules see them. An action that would change
 * nothing (label already present, closing a closed item...) is dropped, so a plan lists only work the
 * executor must really do.
 */
export declare function applyActions(rule: Rule, p: Projection): Change[];
/** Whether the rule would change anything, without touching `p`. */
export declare function wouldChange(rule: Rule, p: Projection): boolean;

import type { Change } from '../model/plan.js';
import type { ActionSpec, Rule } from '../model/rules.js';
import { type Projection } from './projection.js';
import type { SimilarSpec } from '../model/answers.js';
/**
 * Turns a rule's actions into real changes against the projection, in the order the rule lists them,
 * and advances the projection so later actions and later rules see them. An action that would change
 * nothing (label already present, closing a closed item...) is dropped, so a plan lists only work the
 * executor must really do.
 */
export declare function applyActions(rule: Rule, p: Projection): Change[];
/** Who the actions run for: a rule, or a command in a comment. */
export interface ActionSource {
    /** `{{rule}}` in a comment. */
    id: string;
    /** The comment's marker, so a rerun edits it instead of posting again. */
    marker: string;
    /**
     * The comment is said once per activity cycle (a rule's comment); false: any earlier comment with
     * the marker counts (a check's status, a command's answer).
     */
    cycle: boolean;
    /** `{{commenter}}`: who asked, for a command. */
    commenter?: string;
    /** `{{form_missing}}`: the field ids the rule's `form` conditions list as `missing`. */
    formMissing?: readonly string[];
    /** `{{similar}}`: the rule's `similar` condition. */
    similar?: SimilarSpec;
}
/** `applyActions` for any list of actions (a command's `then`, a built-in command's one action). */
export declare function applyActionList(actions: readonly ActionSpec[], source: ActionSource, p: Projection): Change[];
/** Whether the rule would change anything, without touching `p`. */
export declare function wouldChange(rule: Rule, p: Projection): boolean;

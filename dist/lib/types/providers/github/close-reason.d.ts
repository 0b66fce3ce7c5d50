/**
 * A closed issue's reason as both GitHub APIs give it: REST's `state_reason` (completed, not_planned,
 * duplicate; `reopened` on an issue closed once and open again) and GraphQL's `stateReason`, the same
 * upper-cased (asked for with `enableDuplicate: true`, or GitHub says NOT_PLANNED for a duplicate).
 */
import { type ClosedAs } from '../../model/item.js';
/** null for an issue closed before GitHub recorded reasons (2022), or for a value Sift does not know. */
export declare function issueClosedAs(reason: string | null | undefined): ClosedAs | null;

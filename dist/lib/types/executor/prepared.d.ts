import type { Change, ItemPlan } from '../model/plan.js';
import type { Provider } from '../providers/provider.js';
import { type CommentResolution } from './apply-change.js';
/** A plan whose comments have been looked up: which are new, which edit, which are already there. */
export interface PreparedPlan {
    plan: ItemPlan;
    /** How each comment change resolves, keyed by the change itself. */
    comments: Map<Change, CommentResolution>;
    /** False when every planned change turned out to be a comment that is already there. */
    effective: boolean;
}
/**
 * Looks up Sift's earlier comments for a plan (reads only). Done before any write so that the circuit
 * breaker counts only items that would really change: a rule that keeps a comment up to date plans it
 * every run, but a comment already in place changes nothing.
 */
export declare function preparePlan(provider: Provider, plan: ItemPlan): Promise<PreparedPlan>;

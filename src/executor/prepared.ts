import type { Change, ItemPlan } from '../model/plan.js';
import type { Provider } from '../providers/provider.js';
import { resolveComment, type CommentResolution } from './apply-change.js';

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
export async function preparePlan(provider: Provider, plan: ItemPlan): Promise<PreparedPlan> {
  const key = { type: plan.item.type, number: plan.item.number };
  const comments = new Map<Change, CommentResolution>();
  let effective = false;
  for (const rule of plan.rules) {
    for (const change of rule.changes) {
      if (change.kind !== 'comment') {
        effective = true;
        continue;
      }
      const resolution = await resolveComment(provider, key, change);
      comments.set(change, resolution);
      if (resolution.kind !== 'unchanged') effective = true;
    }
  }
  return { plan, comments, effective };
}

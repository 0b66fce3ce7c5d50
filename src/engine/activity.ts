import type { Projection } from './projection.js';

/**
 * When the item last saw activity, in epoch ms. Today this is `updatedAt`; a later change swaps in a
 * human-activity clock (ignoring bot comments and label churn). Everything that asks "how long has this
 * been inactive" (the `inactive` condition, `{{inactive_days}}`, explanations) goes through here.
 */
export function lastActivityAt(p: Projection): number {
  return p.updatedAt;
}

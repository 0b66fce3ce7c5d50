import type { Change, ItemPlan } from '../model/plan.js';

/**
 * The most write requests a plan can cost. Checked before an item is started, so the budget never
 * leaves an item half-changed (labelled but not commented, say).
 */
export function maxWrites(plan: ItemPlan): number {
  let writes = 0;
  for (const rule of plan.rules) for (const change of rule.changes) writes += writesOf(change);
  return writes;
}

export function writesOf(change: Change): number {
  // One request each, except label removal (GitHub removes labels one per request) and projects (the
  // add, then one mutation per field).
  if (change.kind === 'unlabel') return change.labels.length;
  if (change.kind === 'project') return (change.add ? 1 : 0) + change.fields.length;
  return 1;
}

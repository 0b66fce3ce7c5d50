import type { Change, ItemRef } from '../model/plan.js';

/**
 * What happened to one planned change. `dry-run` means it would have been applied; `unchanged` means a
 * rerun found Sift's own comment already saying the same thing, so nothing was sent.
 */
export type ChangeStatus = 'applied' | 'dry-run' | 'unchanged' | 'failed' | 'not-attempted';

export interface ChangeOutcome {
  change: Change;
  status: ChangeStatus;
  /** e.g. "edited its earlier comment" or the failure reason. */
  note?: string;
}

export interface RuleOutcome {
  rule: string;
  changes: ChangeOutcome[];
}

export interface ItemOutcome {
  item: ItemRef;
  rules: RuleOutcome[];
  /** Set when a change failed; the remaining changes for the item were not attempted. */
  error?: string;
}

export function itemFailed(outcome: ItemOutcome): boolean {
  return outcome.error !== undefined;
}

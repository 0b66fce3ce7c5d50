/**
 * Planned changes: what the engine decides and the executor applies. A plan holds only real changes
 * against the item as listed (adding a label it already has is not planned).
 */
import type { CloseReason, ItemType, LockReason } from './item.js';

export type Change =
  | { kind: 'label'; labels: string[] }
  | { kind: 'unlabel'; labels: string[] }
  /** `marker` identifies the rule's own comment, so a rerun edits it instead of posting again. */
  | { kind: 'comment'; body: string; marker: string }
  | { kind: 'close'; reason: CloseReason }
  | { kind: 'reopen' }
  | { kind: 'lock'; reason: LockReason | null }
  | { kind: 'unlock' }
  | { kind: 'assign'; logins: string[] }
  | { kind: 'unassign'; logins: string[] }
  | { kind: 'milestone'; title: string | null }
  | { kind: 'request-review'; logins: string[] };

export interface ItemRef {
  type: ItemType;
  number: number;
  title: string;
  url: string;
}

/** The changes one rule plans for one item, in the order the rule lists them. */
export interface RuleChanges {
  rule: string;
  changes: Change[];
}

export interface ItemPlan {
  item: ItemRef;
  rules: RuleChanges[];
}

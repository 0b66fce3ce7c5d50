import type { ActionSpec } from '../model/rules.js';
/**
 * Actions of one rule that undo each other. Either order would leave the item flip-flopping between
 * runs, so such a rule is rejected rather than guessed at. Names compare case-insensitively, as
 * GitHub treats labels and logins.
 */
export declare function findConflicts(ruleId: string, actions: readonly ActionSpec[]): string[];

import type { ActionKind, ActionSpec } from '../model/rules.js';

/**
 * Actions of one rule that undo each other. Either order would leave the item flip-flopping between
 * runs, so such a rule is rejected rather than guessed at. Names compare case-insensitively, as
 * GitHub treats labels and logins.
 */
export function findConflicts(ruleId: string, actions: readonly ActionSpec[]): string[] {
  const has = (kind: ActionKind) => actions.some((action) => action.kind === kind);
  const conflicts: string[] = [];

  for (const label of overlap(namesOf(actions, 'label'), namesOf(actions, 'unlabel'))) {
    conflicts.push(`rule "${ruleId}" both adds and removes the label "${label}"`);
  }
  if (has('close') && has('reopen')) conflicts.push(`rule "${ruleId}" both closes and reopens the item`);
  if (has('lock') && has('unlock')) conflicts.push(`rule "${ruleId}" both locks and unlocks the item`);
  for (const login of overlap(namesOf(actions, 'assign'), namesOf(actions, 'unassign'))) {
    conflicts.push(`rule "${ruleId}" both assigns and unassigns "${login}"`);
  }
  return conflicts;
}

function namesOf(
  actions: readonly ActionSpec[],
  kind: 'label' | 'unlabel' | 'assign' | 'unassign',
): string[] {
  return actions.flatMap((action) => {
    if (action.kind !== kind) return [];
    return action.kind === 'label' || action.kind === 'unlabel' ? action.labels : action.logins;
  });
}

/** Names of `first` that `second` also holds (ignoring case), each once, spelled as in `first`. */
function overlap(first: string[], second: string[]): string[] {
  const lowered = new Set(second.map((name) => name.toLowerCase()));
  const seen = new Set<string>();
  return first.filter((name) => {
    const key = name.toLowerCase();
    if (!lowered.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

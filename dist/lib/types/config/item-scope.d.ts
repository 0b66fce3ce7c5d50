import type { ActionSpec, Condition } from '../model/rules.js';
/**
 * Actions that only one kind of item can take, on a rule whose own `type` condition rules that kind
 * out: the action could never do anything, which is a mistake in the file rather than a wish.
 */
export declare function scopeProblems(ruleId: string, when: readonly Condition[], then: readonly ActionSpec[]): string[];

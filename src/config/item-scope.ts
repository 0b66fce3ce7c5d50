import type { ActionSpec, Condition } from '../model/rules.js';

/**
 * Actions that only one kind of item can take, on a rule whose own `type` condition rules that kind
 * out: the action could never do anything, which is a mistake in the file rather than a wish.
 */
export function scopeProblems(
  ruleId: string,
  when: readonly Condition[],
  then: readonly ActionSpec[],
): string[] {
  const type = when.find((c) => c.kind === 'type')?.value;
  const problems: string[] = [];
  if (type === 'pull_request' && then.some((a) => a.kind === 'issue-type')) {
    problems.push(
      `rule "${ruleId}" sets an issue type but selects pull requests, which have none; remove \`issue-type\` or \`type: pull_request\``,
    );
  }
  return problems;
}

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
  const deletes = then.findIndex((a) => a.kind === 'delete-branch');
  if (deletes >= 0) {
    const closes = then.findIndex((a) => a.kind === 'close');
    const state = when.find((c) => c.kind === 'state')?.value;
    // Deleting branches is not undone by a rerun: the rule must say it is about pull requests.
    if (type !== 'pull_request') {
      problems.push(
        `rule "${ruleId}" deletes branches but does not select pull requests only; add \`type: pull_request\` to its \`when\``,
      );
    } else if (closes > deletes) {
      problems.push(
        `rule "${ruleId}" deletes the head branch before closing; put \`delete-branch\` after \`close\``,
      );
    } else if (closes < 0 && state === 'open') {
      problems.push(
        `rule "${ruleId}" deletes head branches but neither closes pull requests nor looks at closed ones, so it never would; add \`close\` before it or \`state: closed\``,
      );
    }
  }
  if (type === 'pull_request' && then.some((a) => a.kind === 'inherit-labels')) {
    problems.push(
      `rule "${ruleId}" inherits its parent's labels but selects pull requests, which have no parent issue; remove \`inherit-labels\` or \`type: pull_request\``,
    );
  }
  return problems;
}

/** An explanation for a terminal or a log: every rule, every condition, its value and outcome. */
import type { ConditionExplanation, Explanation, RuleExplanation } from '../engine/index.js';
import { oneLine } from './log-line.js';
import { describeChange, itemName } from './describe.js';
import type { RuleChanges } from '../model/plan.js';

const MARK = { true: 'yes', false: 'no', unknown: '?' } as const;

function mark(outcome: boolean | 'unknown'): string {
  return MARK[String(outcome) as keyof typeof MARK];
}

export function renderExplanation(explanation: Explanation): string {
  const { item } = explanation;
  const lines = [
    `Why Sift does what it does to ${itemName(item, explanation.forge)} (${oneLine(item.title)}) ${item.url}`,
  ];
  for (const asked of explanation.commands ?? []) lines.push('', ...commandLines(asked));
  for (const rule of explanation.rules) lines.push('', ...ruleLines(rule));
  return lines.join('\n') + '\n';
}

/** A comment's command (who asked what, and what it does or why it is refused), or Sift's answer. */
function commandLines(asked: RuleChanges): string[] {
  const command = asked.command!;
  // The commenter's words are quoted as JSON: a log line must not take them for its own.
  if (command.line === '')
    return [`answer to @${command.by}'s comment: ${asked.changes.map(describeChange).join('; ')}`];
  const line = `command ${JSON.stringify(command.line)} by @${command.by}`;
  if (command.refused !== undefined) return [`${line}: refused, ${command.refused}`];
  const changes =
    asked.changes.length > 0 ? asked.changes.map(describeChange).join('; ') : 'nothing to change';
  return [`${line}: runs`, `  => ${changes}`];
}

function ruleLines(rule: RuleExplanation): string[] {
  const verdict = rule.outcome === true ? 'matches' : rule.outcome === false ? 'does not match' : 'undecided';
  const lines = [`rule ${oneLine(rule.rule)}: ${verdict}`];
  for (const c of rule.conditions) lines.push(...conditionLines(c, 1));
  if (rule.check) {
    lines.push(
      `  check "${oneLine(rule.check.message)}": ${rule.check.outcome === true ? 'passes' : 'fails'}`,
    );
    for (const c of rule.check.conditions) lines.push(...conditionLines(c, 2));
  }
  if (rule.changes.length > 0) lines.push(`  => ${oneLine(rule.changes.map(describeChange).join('; '))}`);
  if (rule.needs.length > 0) lines.push(`  (needs ${rule.needs.join(', ')} to decide)`);
  return lines;
}

function conditionLines(c: ConditionExplanation, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const observed = c.observed ? `  [${oneLine(c.observed)}]` : '';
  return [
    `${indent}${mark(c.outcome)}  ${oneLine(c.description)}${observed}`,
    ...c.children.flatMap((k) => conditionLines(k, depth + 1)),
  ];
}

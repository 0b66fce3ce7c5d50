/** The plan for a terminal: one line per item and rule, then a tally. */
import { modelTextLines } from './models.js';
import { describeOutcome, itemName } from './describe.js';
import { oneLine } from './log-line.js';
import { changedOutcomes, countsPerRule, failedOutcomes, type TriageResult } from './result.js';
import { count } from './count.js';

export function renderText(result: TriageResult): string {
  const lines: string[] = [];
  const verb = result.dryRun ? 'would change' : 'changed';
  for (const outcome of result.outcomes) {
    for (const rule of outcome.rules) {
      const actions = rule.changes.map(describeOutcome).join('; ');
      lines.push(`${itemName(outcome.item)} [${rule.rule}] ${oneLine(actions)}  ${outcome.item.url}`);
    }
    if (outcome.error) lines.push(`${itemName(outcome.item)} FAILED: ${oneLine(outcome.error)}`);
  }
  const changed = changedOutcomes(result).length;
  const failed = failedOutcomes(result).length;
  lines.push(
    `${result.repository}: walked ${count(result.walked, 'item')}, ${verb} ${changed}, failed ${failed}` +
      `${result.dryRun ? ' (dry run: nothing was changed)' : ''}; ` +
      `${result.requests.reads} reads, ${result.requests.writes} writes` +
      `${result.requests.notModified ? ` (${result.requests.notModified} reads not modified, free)` : ''}.`,
  );
  for (const [rule, count] of countsPerRule(result)) lines.push(`  ${rule}: ${count}`);
  if (result.deferred.items > 0) {
    lines.push(
      `Deferred: ${count(result.deferred.items, 'item')} (${Object.entries(result.deferred.rules)
        .map(([rule, n]) => `${rule}: ${n}`)
        .join(', ')}); about ${result.deferred.runsNeeded} more runs.`,
    );
  }
  if (result.models) lines.push(...modelTextLines(result.models));
  return lines.join('\n') + '\n';
}

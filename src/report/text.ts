/** The plan for a terminal: one line per item and rule, then a tally. */
import { modelTextLines } from './models.js';
import { describeOutcome, itemName } from './describe.js';
import { oneLine } from './log-line.js';
import { breakerLine } from '../pipeline/safety.js';
import {
  blockedByBreaker,
  type RunStop,
  countsPerRule,
  failedOutcomes,
  plannedOutcomes,
  type TriageResult,
} from './result.js';
import { count } from './count.js';

/** The terminal report is the CLI's: a circuit-breaker stop names the CLI's flag. */
export const CLI_ACCEPT_SETTING = '--max-change-ratio 1';

/** The CLI's line on stderr for a stopped run; a circuit-breaker stop names the CLI's flag. */
export function stopLine(stop: RunStop): string {
  return stop.breaker ? breakerLine(stop.breaker, CLI_ACCEPT_SETTING) : `stopped early: ${stop.message}`;
}

export function renderText(result: TriageResult): string {
  const lines: string[] = [];
  const blocked = blockedByBreaker(result);
  // A run the circuit breaker stopped counts what it planned, and says that nothing was changed.
  const verb = blocked ? 'planned to change' : result.dryRun ? 'would change' : 'changed';
  for (const outcome of result.outcomes) {
    for (const rule of outcome.rules) {
      const actions = rule.changes.map(describeOutcome).join('; ');
      lines.push(
        `${itemName(outcome.item, result.forge)} [${rule.rule}] ${oneLine(actions)}  ${outcome.item.url}`,
      );
    }
    if (outcome.error)
      lines.push(`${itemName(outcome.item, result.forge)} FAILED: ${oneLine(outcome.error)}`);
  }
  const changed = plannedOutcomes(result).length;
  const failed = failedOutcomes(result).length;
  lines.push(
    `${result.repository}: walked ${count(result.walked, 'item')}, ${verb} ${changed}, failed ${failed}` +
      `${blocked ? ' (nothing was changed)' : result.dryRun ? ' (dry run: nothing was changed)' : ''}; ` +
      `${result.requests.reads} reads, ${result.requests.writes} writes` +
      `${result.requests.notModified ? ` (${result.requests.notModified} reads not modified, free)` : ''}.`,
  );
  for (const [rule, count] of countsPerRule(result, true)) lines.push(`  ${rule}: ${count}`);
  if (blocked && result.stop?.breaker) lines.push(breakerLine(result.stop.breaker, CLI_ACCEPT_SETTING));
  if (result.deferred.items > 0) {
    lines.push(
      `Deferred: ${count(result.deferred.items, 'item')} (${Object.entries(result.deferred.rules)
        .map(([rule, n]) => `${rule}: ${n}`)
        .join(', ')}); about ${result.deferred.runsNeeded} more runs.`,
    );
  }
  if (result.models) lines.push(...modelTextLines(result.models, result.forge));
  return lines.join('\n') + '\n';
}

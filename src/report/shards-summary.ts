/**
 * The job summary of `mode: shards`: the shards, their open items, and what was skipped and why.
 * Within SUMMARY_BUDGET_BYTES however large the organisation: each shard's row names as many of its
 * repositories as its share of the budget allows, then counts the rest; the skipped list keeps the
 * rows that fit. The `matrix` output always has every repository.
 */
import type { ShardPlan, Skipped } from '../fleet/shards.js';
import { fitChunks, utf8Bytes } from './budget.js';
import { escapeCell, table } from './markdown.js';
import { SUMMARY_BUDGET_BYTES } from './summary.js';

/** Of the budget, what the skipped list may take; the shards get the rest. */
const SKIPPED_SHARE = 0.25;

export function renderShardsSummary(
  org: string,
  plan: ShardPlan,
  skipped: readonly Skipped[],
  budget: number = SUMMARY_BUDGET_BYTES,
): string {
  const total = plan.shards.reduce((n, s) => n + s.repositories.split(' ').filter(Boolean).length, 0);
  const parts = [
    `## Sift shards of ${escapeCell(org)}`,
    `${total} repositories to sweep in ${plan.shards.length} shards; ${skipped.length} skipped.`,
  ];
  const shardsBudget = budget * (1 - SKIPPED_SHARE) - 1024;
  if (plan.shards.length > 0) {
    const perRow = Math.floor(shardsBudget / plan.shards.length) - 64;
    parts.push(
      table(
        ['Shard', 'Open items', 'Repositories'],
        plan.shards.map((s, i) => [s.shard, String(plan.openItems[i]), namesWithin(s.repositories, perRow)]),
      ),
    );
  }
  if (skipped.length > 0) {
    const rows = skipped.map((s) => `| ${escapeCell(s.fullName)} | ${s.reason} |`);
    const { kept } = fitChunks(rows, budget * SKIPPED_SHARE - 1024);
    parts.push('### Skipped', [table(['Repository', 'Why'], []), ...rows.slice(0, kept)].join('\n'));
    if (kept < rows.length) parts.push(`and ${rows.length - kept} more`);
  }
  return parts.join('\n\n') + '\n';
}

/** As many of the space-separated names as fit in `bytes`, then "and N more". */
function namesWithin(repositories: string, bytes: number): string {
  const names = repositories.split(' ').filter(Boolean).map(escapeCell);
  const whole = names.join(' ');
  if (utf8Bytes(whole) <= bytes) return whole;
  const { kept } = fitChunks(names, Math.max(0, bytes - 32));
  return `${names.slice(0, kept).join(' ')} and ${names.length - kept} more`;
}

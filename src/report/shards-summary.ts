/** The job summary of `mode: shards`: the shards, their weight, and what was skipped and why. */
import type { ShardPlan, Skipped } from '../fleet/shards.js';
import { fitChunks } from './budget.js';
import { escapeCell, table } from './markdown.js';

/** Rows of the skipped list; the rest is counted. Small: the summary of this step says little. */
const SKIPPED_BYTES = 200_000;

export function renderShardsSummary(org: string, plan: ShardPlan, skipped: readonly Skipped[]): string {
  const total = plan.shards.reduce((n, s) => n + s.repositories.split(' ').filter(Boolean).length, 0);
  const parts = [
    `## Sift shards of ${escapeCell(org)}`,
    `${total} repositories to sweep in ${plan.shards.length} shards; ${skipped.length} skipped.`,
  ];
  if (plan.shards.length > 0) {
    parts.push(
      table(
        ['Shard', 'Open items', 'Repositories'],
        plan.shards.map((s, i) => [s.shard, String(plan.openItems[i]), escapeCell(s.repositories)]),
      ),
    );
  }
  if (skipped.length > 0) {
    const rows = skipped.map((s) => `| ${escapeCell(s.fullName)} | ${s.reason} |`);
    const { kept } = fitChunks(rows, SKIPPED_BYTES);
    parts.push('### Skipped', [table(['Repository', 'Why'], []), ...rows.slice(0, kept)].join('\n'));
    if (kept < rows.length) parts.push(`and ${rows.length - kept} more`);
  }
  return parts.join('\n\n') + '\n';
}

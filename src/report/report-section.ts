/** The job summary's part about report issues: what became of each, and in a dry run its body. */
import type { ReportOutcome } from '../fleet/report-outcome.js';
import { collapsible, escapeCell, idCell, table } from './markdown.js';

const STATUS_WORDS: Record<ReportOutcome['status'], string> = {
  created: 'created',
  edited: 'edited',
  unchanged: 'unchanged (already up to date)',
  'would-create': 'would be created (dry run)',
  'would-edit': 'would be edited (dry run)',
  deferred: 'not written: max-operations had no write left',
  blocked: 'not written: the circuit breaker stopped this run',
  failed: '**failed**',
};

/** '' when the rules file has no reports. Dry-run bodies come folded, one per report. */
export function reportsSection(
  reports: readonly ReportOutcome[] | undefined,
  bodies?: ReadonlyMap<string, string>,
): string {
  if (!reports || reports.length === 0) return '';
  const rows = reports.map((r) => [
    idCell(r.id),
    r.issue ? `[#${r.issue.number}](${r.issue.url})${r.issue.state === 'closed' ? ' (closed)' : ''}` : '',
    STATUS_WORDS[r.status],
    escapeCell(r.note ?? ''),
  ]);
  const parts = ['### Report issues', table(['Report', 'Issue', 'Status', 'Note'], rows)];
  for (const r of reports) {
    const body = bodies?.get(r.id);
    if (body) parts.push(collapsible(`Report ${r.id}: the body a real run would write`, body, false));
  }
  return parts.join('\n\n');
}

import type { Change } from '../model/plan.js';
import type { ItemKey, Provider } from '../providers/provider.js';
import type { ChangeOutcome } from './outcome.js';

/** The hidden marker that lets a rerun find the comment a rule posted before, instead of posting twice. */
export function commentMarker(rule: string): string {
  return `<!-- sift:rule=${rule} -->`;
}

/**
 * Applies one change through the provider, or in a dry run only reads what it must to say exactly what
 * a real run would do (a comment edit and a fresh comment are different plans).
 */
export async function applyChange(
  provider: Provider,
  key: ItemKey,
  change: Change,
  dryRun: boolean,
): Promise<ChangeOutcome> {
  const done = (note?: string): ChangeOutcome => ({ change, status: dryRun ? 'dry-run' : 'applied', note });
  if (change.kind === 'comment') {
    const marker = commentMarker(change.marker);
    const body = `${change.body}\n\n${marker}`;
    const earlier = await provider.findComment(key, marker);
    if (earlier && earlier.body === body) return { change, status: 'unchanged', note: 'already commented' };
    if (earlier) {
      if (!dryRun) await provider.updateComment(key, earlier.id, body);
      return done('edited its earlier comment');
    }
    if (!dryRun) await provider.createComment(key, body);
    return done();
  }
  if (!dryRun) await write(provider, key, change);
  return done();
}

async function write(
  provider: Provider,
  key: ItemKey,
  change: Exclude<Change, { kind: 'comment' }>,
): Promise<void> {
  switch (change.kind) {
    case 'label':
      return provider.addLabels(key, change.labels);
    case 'unlabel':
      for (const label of change.labels) await provider.removeLabel(key, label);
      return;
    case 'close':
      return provider.close(key, change.reason);
    case 'reopen':
      return provider.reopen(key);
    case 'lock':
      return provider.lock(key, change.reason);
    case 'unlock':
      return provider.unlock(key);
    case 'assign':
      return provider.addAssignees(key, change.logins);
    case 'unassign':
      return provider.removeAssignees(key, change.logins);
    case 'milestone':
      return provider.setMilestone(key, change.title);
    case 'request-review':
      return provider.requestReviewers(key, change.logins);
  }
}

import { describeProjectChange } from '../engine/projects.js';
import type { Change } from '../model/plan.js';
import type { ChangeOutcome } from '../executor/index.js';

export { itemName, type Forge } from '../model/item-name.js';

/** One change in a few words, e.g. `label stale` or `close (not planned)`. */
export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'label':
    case 'unlabel':
      return `${change.kind} ${change.labels.join(', ')}`;
    case 'comment':
      return 'comment';
    case 'close':
      return `close (${change.reason.replace('_', ' ')})`;
    case 'lock':
      return change.reason ? `lock (${change.reason})` : 'lock';
    case 'reopen':
    case 'unlock':
      return change.kind;
    case 'assign':
    case 'unassign':
    case 'request-review':
      return `${change.kind} ${change.logins.join(', ')}`;
    case 'milestone':
      return change.title === null ? 'clear milestone' : `milestone ${change.title}`;
    case 'issue-type':
      return change.name === null ? 'clear issue type' : `issue type ${change.name}`;
    case 'delete-branch':
      return 'delete head branch';
    case 'react':
      return `react ${change.content} to comment ${change.commentId}`;
    case 'project':
      return describeProjectChange(change);
  }
}

export function describeOutcome(outcome: ChangeOutcome): string {
  const base = describeChange(outcome.change);
  switch (outcome.status) {
    case 'unchanged':
      // A head branch GitHub kept: why it stays is the news (a fork's, protected, refused...).
      if (outcome.change.kind === 'delete-branch' && outcome.note) return `${base} (${outcome.note})`;
      return `${base} (already done)`;
    case 'failed':
      return `${base} (failed)`;
    case 'not-attempted':
      return `${base} (not attempted)`;
    case 'deferred':
      return `${base} (deferred)`;
    case 'blocked':
      return `${base} (blocked)`;
    default:
      return outcome.note ? `${base} (${outcome.note})` : base;
  }
}

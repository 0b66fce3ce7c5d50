/**
 * An item's plan as the sequence of writes a batched run sends for it, one write per round: comments
 * first, then every other change in plan order (the same order as one-by-one application). A change
 * that needs no write (a comment already in place) is a step without a write, so it is reported in
 * its place and, like one-by-one, not at all after an earlier failure.
 */
import { projectWrites } from './project-writes.js';
import type { Change } from '../model/plan.js';
import type { ItemKey, Write } from '../providers/provider.js';
import type { CommentResolution } from './apply-change.js';
import type { ChangeOutcome, RuleOutcome } from './outcome.js';

export interface Step {
  rule: RuleOutcome;
  index: number;
  /** Null: the change is settled without a request (`outcome` says how). */
  write: Write | null;
  /** The change's last write: once it succeeds the change is applied. */
  last: boolean;
  /** The outcome when the change completes. */
  outcome: ChangeOutcome;
}

/** Comments first, then the other changes, each in plan order (see Executor's applicationOrder). */
export function stepsOf(
  key: ItemKey,
  rules: RuleOutcome[],
  comments: ReadonlyMap<Change, CommentResolution>,
): Step[] {
  const steps: Step[] = [];
  for (const comments_ of [true, false]) {
    for (const rule of rules) {
      rule.changes.forEach(({ change }, index) => {
        if ((change.kind === 'comment') !== comments_) return;
        steps.push(...stepsOfChange(key, rule, index, change, comments.get(change)));
      });
    }
  }
  return steps;
}

function stepsOfChange(
  key: ItemKey,
  rule: RuleOutcome,
  index: number,
  change: Change,
  resolution: CommentResolution | undefined,
): Step[] {
  const applied: ChangeOutcome = { change, status: 'applied' };
  if (change.kind === 'comment') {
    if (!resolution) throw new Error('a comment change reached the executor unresolved');
    if (resolution.kind === 'unchanged') {
      const outcome: ChangeOutcome = { change, status: 'unchanged', note: 'already commented' };
      return [{ rule, index, write: null, last: true, outcome }];
    }
    if (resolution.kind === 'update') {
      const write: Write = {
        kind: 'updateComment',
        item: key,
        commentId: resolution.commentId,
        body: resolution.body,
      };
      return [
        { rule, index, write, last: true, outcome: { ...applied, note: 'edited its earlier comment' } },
      ];
    }
    return [
      {
        rule,
        index,
        write: { kind: 'createComment', item: key, body: resolution.body },
        last: true,
        outcome: applied,
      },
    ];
  }
  const writes = writesFor(key, change);
  return writes.map((write, k) => ({ rule, index, write, last: k === writes.length - 1, outcome: applied }));
}

/** The writes of a non-comment change: one each, except one per label removed (as GitHub needs). */
function writesFor(item: ItemKey, change: Exclude<Change, { kind: 'comment' }>): Write[] {
  switch (change.kind) {
    case 'label':
      return [{ kind: 'addLabels', item, labels: change.labels }];
    case 'unlabel':
      return change.labels.map((label): Write => ({ kind: 'removeLabel', item, label }));
    case 'close':
      return [{ kind: 'close', item, reason: change.reason }];
    case 'reopen':
      return [{ kind: 'reopen', item }];
    case 'lock':
      return [{ kind: 'lock', item, reason: change.reason }];
    case 'unlock':
      return [{ kind: 'unlock', item }];
    case 'assign':
      return [{ kind: 'addAssignees', item, logins: change.logins }];
    case 'unassign':
      return [{ kind: 'removeAssignees', item, logins: change.logins }];
    case 'milestone':
      return [{ kind: 'setMilestone', item, title: change.title }];
    case 'request-review':
      return [{ kind: 'requestReviewers', item, logins: change.logins }];
    case 'issue-type':
      return [{ kind: 'setIssueType', item, name: change.name }];
    case 'delete-branch':
      return [{ kind: 'deleteBranch', item }];
    case 'react':
      return [{ kind: 'addReaction', item, commentId: change.commentId, content: change.content }];
    case 'project':
      return projectWrites(item, change);
  }
}

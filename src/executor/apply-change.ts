import type { Change } from '../model/plan.js';
import type { ItemKey, Provider } from '../providers/provider.js';
import { ruleMarker } from '../providers/rule-comments.js';
import type { ChangeOutcome } from './outcome.js';

/**
 * The hidden marker that lets a rerun find the comment a rule posted before, instead of posting twice
 * (and `vetoed` find the comment a veto answers).
 */
export const commentMarker = ruleMarker;

/**
 * What posting a rule's comment comes down to, once Sift's earlier comment has been looked up. With a
 * `since` (the comment's cycle), only a comment posted at or after it is "already said": unchanged when its
 * text is the same, edited in place otherwise; an older one belongs to an earlier cycle and is kept,
 * and a new comment is posted. Without one (a check's status comment), any earlier comment is edited.
 */
export type CommentResolution =
  | { kind: 'create'; body: string }
  | { kind: 'update'; commentId: string; body: string }
  | { kind: 'unchanged' };

export async function resolveComment(
  provider: Provider,
  key: ItemKey,
  change: Extract<Change, { kind: 'comment' }>,
): Promise<CommentResolution> {
  const marker = commentMarker(change.marker);
  const body = `${change.body}\n\n${marker}`;
  const earlier = await provider.findComment(key, marker, change.since);
  if (!earlier) return { kind: 'create', body };
  return earlier.body === body ? { kind: 'unchanged' } : { kind: 'update', commentId: earlier.id, body };
}

export const DUPLICATE_REMOVED = 'another run posted it first; removed the duplicate';

/** A comment this run just posted for a rule: `change` is the rule's comment change. */
export interface PostedComment {
  item: ItemKey;
  change: Extract<Change, { kind: 'comment' }>;
  /** The new comment's id, as the forge gave it. */
  id: string;
}

/**
 * The one rule against overlapping runs, for one-by-one and batched runs alike. Two runs that overlap
 * (a schedule firing while the last run is still going) can both find no comment and both post one.
 * Each run looks again after posting: the oldest comment with the marker posted in the comment's cycle
 * (after its `since`) wins, and a run whose own comment is not that one deletes it, so exactly one
 * stays per cycle. One look for all of `posted` where the provider allows it (findComments). Returns,
 * for each posted comment, whether it was removed.
 */
export async function removeDuplicates(
  provider: Provider,
  posted: readonly PostedComment[],
): Promise<boolean[]> {
  if (posted.length === 0 || !provider.deleteComment) return posted.map(() => false);
  const lookups = posted.map(({ item, change }) => ({
    item,
    marker: commentMarker(change.marker),
    since: change.since,
  }));
  const firsts = provider.findComments
    ? await provider.findComments(lookups)
    : await Promise.all(lookups.map((l) => provider.findComment(l.item, l.marker, l.since)));
  const removed: boolean[] = [];
  for (const [k, own] of posted.entries()) {
    const first = firsts[k];
    const duplicate = first !== null && first !== undefined && first.id !== own.id;
    if (duplicate) await provider.deleteComment(own.item, own.id);
    removed.push(duplicate);
  }
  return removed;
}

export interface ApplyContext {
  provider: Provider;
  dryRun: boolean;
  /** Called before each content-creating request, to pace them. */
  beforeContent: () => Promise<void>;
  /**
   * When set, a posted comment is handed here for a later, grouped duplicate check (removeDuplicates
   * over many comments in one look) instead of being checked at once.
   */
  posted?: (comment: PostedComment) => void;
}

/**
 * Applies one change through the provider, or in a dry run says what a real run would do. Comments
 * arrive resolved (fresh, edit, or already there), so a dry run reports exactly what a real run does.
 */
export async function applyChange(
  ctx: ApplyContext,
  key: ItemKey,
  change: Change,
  comment?: CommentResolution,
): Promise<ChangeOutcome> {
  const { provider, dryRun } = ctx;
  const done = (note?: string): ChangeOutcome => ({ change, status: dryRun ? 'dry-run' : 'applied', note });
  if (change.kind === 'comment') {
    const resolution = comment ?? (await resolveComment(provider, key, change));
    if (resolution.kind === 'unchanged') return { change, status: 'unchanged', note: 'already commented' };
    if (resolution.kind === 'update') {
      if (!dryRun) await provider.updateComment(key, resolution.commentId, resolution.body);
      return done('edited its earlier comment');
    }
    if (!dryRun) {
      await ctx.beforeContent();
      const id = await provider.createComment(key, resolution.body);
      if (id && ctx.posted) ctx.posted({ item: key, change, id });
      else if (id && (await removeDuplicates(provider, [{ item: key, change, id }]))[0]) {
        return { change, status: 'unchanged', note: DUPLICATE_REMOVED };
      }
    }
    return done();
  }
  if (change.kind === 'delete-branch') {
    if (dryRun) return done('if the branch is in this repository, not the default branch and not protected');
    if (!provider.deleteBranch)
      throw new Error(`the ${provider.capabilities.name} provider cannot delete branches`);
    const result = await provider.deleteBranch(key);
    return { change, status: result.deleted ? 'applied' : 'unchanged', note: result.note };
  }
  if (!dryRun) await write(provider, key, change);
  return done();
}

async function write(
  provider: Provider,
  key: ItemKey,
  change: Exclude<Change, { kind: 'comment' | 'delete-branch' }>,
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
    case 'react':
      if (!provider.addReaction)
        throw new Error(`the ${provider.capabilities.name} provider cannot react to comments`);
      return provider.addReaction(key, change.commentId, change.content);
    case 'project':
      if (!provider.addToProject || !provider.setProjectField)
        throw new Error(`the ${provider.capabilities.name} provider cannot change GitHub projects`);
      if (change.add) await provider.addToProject(key, change.project);
      for (const { name, value } of change.fields)
        await provider.setProjectField(key, change.project, name, value);
      return;
    case 'issue-type':
      if (!provider.setIssueType)
        throw new Error(`the ${provider.capabilities.name} provider cannot set issue types`);
      return provider.setIssueType(key, change.name);
  }
}

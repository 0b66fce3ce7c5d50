/**
 * The item a GitHub webhook event is about, read from its payload (GITHUB_EVENT_PATH), so an event run
 * triages that item without listing or refetching it. The payload is GitHub's own snapshot of the item
 * when the event fired; for the few seconds between the event and the run that is safe to act on.
 */
import type { Item } from '../../model/item.js';
import { toItem, type ApiIssue } from '../github-rest/map.js';
import { issueTypeOf } from './issue-type.js';

/** Events whose payload carries one issue or pull request. */
export const ITEM_EVENTS = [
  'issues',
  'issue_comment',
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
] as const;

/**
 * Events whose payload is about one discussion. Its payload is not used as the item: GitHub's
 * discussion payloads carry no labels (see @octokit/webhooks-examples), so the discussion is read
 * afresh through the GraphQL API, one request.
 */
export const DISCUSSION_EVENTS = ['discussion', 'discussion_comment'] as const;

/** Every event that names one item to triage. */
export const EVENTS_WITH_ITEM: readonly string[] = [...ITEM_EVENTS, ...DISCUSSION_EVENTS];

export interface EventDiscussion {
  number: number;
  /** `owner/name` of the repository the event came from. */
  repository: string;
  /** `created`, `answered`, `labeled`, ... */
  action?: string;
}

/** The discussion a `discussion` or `discussion_comment` event is about, or null for other events. */
export function discussionFromEvent(eventName: string, payload: unknown): EventDiscussion | null {
  if (!(DISCUSSION_EVENTS as readonly string[]).includes(eventName)) return null;
  const event = payload as {
    action?: string;
    discussion?: { number?: number };
    repository?: { full_name: string };
  };
  const number = event.discussion?.number;
  if (typeof number !== 'number') return null;
  return { number, repository: event.repository?.full_name ?? '', action: event.action };
}

export interface EventItem {
  item: Item;
  /** `owner/name` of the repository the event came from. */
  repository: string;
  /** `opened`, `labeled`, ... */
  action?: string;
  /**
   * The pull request comes from a fork and the event is `pull_request`: the workflow token is
   * read-only, so writes must be skipped.
   */
  readOnlyFork: boolean;
}

interface ApiPull extends Omit<ApiIssue, 'pull_request' | 'comments'> {
  comments?: number;
  head: { ref: string; repo: { full_name: string } | null };
  base: { ref: string; repo: { full_name: string } };
}

interface Payload {
  action?: string;
  issue?: ApiIssue;
  pull_request?: ApiPull;
  repository?: { full_name: string };
}

export function itemFromEvent(eventName: string, payload: unknown): EventItem | null {
  if (!(ITEM_EVENTS as readonly string[]).includes(eventName)) return null;
  const event = payload as Payload;
  const repository = event.repository?.full_name ?? '';
  if (event.pull_request) {
    const pull = event.pull_request;
    const fork = (pull.head.repo?.full_name ?? '') !== pull.base.repo.full_name;
    const item = toItem({ ...pull, comments: pull.comments ?? 0, pull_request: {} });
    item.prefetched = { branches: { base: pull.base.ref, head: pull.head.ref, fork } };
    return { item, repository, action: event.action, readOnlyFork: fork && eventName === 'pull_request' };
  }
  if (event.issue) {
    const item = toItem(event.issue);
    // Where the repository has issue types the payload carries the issue's: no read needed.
    if ('type' in event.issue) item.prefetched = { issueType: issueTypeOf(event.issue) };
    return { item, repository, action: event.action, readOnlyFork: false };
  }
  return null;
}

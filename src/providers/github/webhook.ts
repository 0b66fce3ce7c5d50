/**
 * The item a GitHub webhook event is about, read from its payload (GITHUB_EVENT_PATH), so an event run
 * triages that item without listing or refetching it. The payload is GitHub's own snapshot of the item
 * when the event fired; for the few seconds between the event and the run that is safe to act on.
 *
 * The payload is checked where it enters: some events carry a partial item (`issues.pinned` and
 * `unpinned` have no labels, state or lock; review events have no comment count), and such an item is
 * read afresh (one request) rather than triaged on guesses. A deleted item, or one transferred to a
 * repository Sift does not run for, is nothing to triage.
 */
import type { Item, ItemType } from '../../model/item.js';
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

/** A payload that does not name its item: nothing can be triaged, and nothing is guessed. */
export class EventPayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventPayloadError';
  }
}

/** What an event asks Sift to triage. */
export type EventSubject =
  /** The payload carries the whole item. */
  | ({ kind: 'item'; item: Item } & EventContext)
  /**
   * The payload names the item but lacks fields Sift's item needs (`missing`), or is a discussion
   * (whose payload never has labels): read it by number, one request. `prefetched`: facts the payload
   * did carry (a pull request's branches), kept for the item read.
   */
  | ({
      kind: 'read';
      type: ItemType;
      number: number;
      missing: string[];
      prefetched?: Item['prefetched'];
    } & EventContext)
  /** Nothing to triage here (deleted, or transferred elsewhere): `notice` says why. */
  | ({ kind: 'none'; notice: string } & EventContext);

interface EventContext {
  /** `opened`, `labeled`, ... */
  action?: string;
  /**
   * The pull request comes from a fork and the event is `pull_request`: the workflow token is
   * read-only, so writes must be skipped.
   */
  readOnlyFork: boolean;
}

export interface EventItem {
  item: Item;
  /** `owner/name` of the repository the event came from. */
  repository: string;
  /** `opened`, `labeled`, ... */
  action?: string;
  /** See EventContext. */
  readOnlyFork: boolean;
}

/**
 * The item of an issue or pull-request event when the payload carries all of it, else null (another
 * event, or a partial item: see eventSubject).
 */
export function itemFromEvent(eventName: string, payload: unknown): EventItem | null {
  if (!(ITEM_EVENTS as readonly string[]).includes(eventName)) return null;
  const event = record(payload);
  const found = itemOf(record(event.pull_request), record(event.issue), eventName, actionOf(event));
  if (found?.kind !== 'item') return null;
  return {
    item: found.item,
    repository: repositoryOf(event),
    action: found.action,
    readOnlyFork: found.readOnlyFork,
  };
}

/**
 * What the event asks Sift to triage in `repository` (the one Sift runs for), or null for an event
 * that names no item (push, schedule). Throws EventPayloadError for an item event whose payload does
 * not name its item.
 */
export function eventSubject(eventName: string, payload: unknown, repository: string): EventSubject | null {
  if (!EVENTS_WITH_ITEM.includes(eventName)) return null;
  const event = record(payload);
  const action = actionOf(event);
  const isDiscussion = (DISCUSSION_EVENTS as readonly string[]).includes(eventName);
  const noun = isDiscussion ? 'discussion' : eventName === 'issues' ? 'issue' : 'item';
  const subject = record(isDiscussion ? event.discussion : (event.issue ?? event.pull_request));
  const number = subject.number;
  if (!isNumber(number)) {
    const what = isDiscussion ? 'discussion' : 'issue or pull request';
    throw new EventPayloadError(
      `The ${eventName} event payload (GITHUB_EVENT_PATH) carries no ${what} with a number, so there is ` +
        'nothing to triage. Run Sift on the events it handles, or use mode: sweep.',
    );
  }
  const context = { action, readOnlyFork: false };
  const here = repositoryOf(event);

  if (action === 'deleted' && (eventName === 'issues' || eventName === 'discussion')) {
    return {
      kind: 'none',
      notice: `${capital(noun)} #${number} of ${here} was deleted: nothing to triage.`,
      ...context,
    };
  }
  if (action === 'transferred' && (eventName === 'issues' || eventName === 'discussion')) {
    const changes = record(event.changes);
    const target = record(changes.new_repository).full_name;
    const moved = record(isDiscussion ? changes.new_discussion : changes.new_issue);
    if (typeof target !== 'string' || !isNumber(moved.number)) {
      throw new EventPayloadError(
        `The ${eventName}.transferred payload does not say where ${noun} #${number} went (changes.new_repository, changes.new_${noun}).`,
      );
    }
    if (target.toLowerCase() !== repository.toLowerCase()) {
      return {
        kind: 'none',
        notice:
          `${capital(noun)} #${number} was transferred from ${here} to ${target} (now #${moved.number}); ` +
          `Sift runs for ${repository}, so it does not triage it here.`,
        ...context,
      };
    }
    if (isDiscussion)
      return { kind: 'read', type: 'discussion', number: moved.number, missing: [], ...context };
    return itemOf({}, moved, eventName, action) as EventSubject;
  }
  if (isDiscussion) return { kind: 'read', type: 'discussion', number, missing: [], ...context };
  return itemOf(record(event.pull_request), record(event.issue), eventName, action) as EventSubject;
}

/** The pull request (preferred: it has branches) or issue of a payload, complete or to be read. */
function itemOf(
  pull: Record<string, unknown>,
  issue: Record<string, unknown>,
  eventName: string,
  action: string | undefined,
): Extract<EventSubject, { kind: 'item' | 'read' }> | null {
  const isPull = isNumber(pull.number);
  const source = isPull ? pull : issue;
  if (!isNumber(source.number)) return null;
  const branches = isPull ? branchesOf(pull) : null;
  const fork = branches?.fork ?? false;
  const context = { action, readOnlyFork: fork && eventName === 'pull_request' };
  const prefetched: Item['prefetched'] = {};
  if (branches) prefetched.branches = branches;
  // Where the repository has issue types the payload carries the issue's: no read needed.
  if (!isPull && 'type' in issue && (issue.type === null || isNamed(issue.type)))
    prefetched.issueType = issueTypeOf(issue as { type: { name: string } | null });
  const kept = Object.keys(prefetched).length > 0 ? prefetched : undefined;
  const type: ItemType = isPull || issue.pull_request !== undefined ? 'pull_request' : 'issue';

  const missing = missingFields(source);
  if (missing.length > 0)
    return { kind: 'read', type, number: source.number, missing, prefetched: kept, ...context };
  const item = toItem({ ...(source as unknown as ApiIssue), ...(isPull ? { pull_request: {} } : {}) });
  if (kept) item.prefetched = kept;
  return { kind: 'item', item, ...context };
}

/**
 * The fields of GitHub's issue (and pull request) object that Sift's item is made of, each with the
 * shape it must have: a payload whose item lacks one, or has it in another shape, is read afresh.
 */
const FIELDS: Record<string, (value: unknown) => boolean> = {
  title: (v) => typeof v === 'string',
  state: (v) => v === 'open' || v === 'closed',
  locked: (v) => typeof v === 'boolean',
  user: (v) => v === null || isNamedBy(v, 'login'),
  labels: (v) => Array.isArray(v) && v.every((l) => typeof l === 'string' || isNamed(l)),
  assignee: (v) => v === null || isNamedBy(v, 'login'),
  milestone: (v) => v === null || isNamedBy(v, 'title'),
  comments: (v) => isCount(v),
  created_at: (v) => typeof v === 'string',
  updated_at: (v) => typeof v === 'string',
  closed_at: (v) => v === null || typeof v === 'string',
  html_url: (v) => typeof v === 'string',
};

/** Fields that may be absent (older payloads) but must have their shape when present. */
const OPTIONAL_FIELDS: Record<string, (value: unknown) => boolean> = {
  body: (v) => v === null || typeof v === 'string',
  draft: (v) => typeof v === 'boolean',
  author_association: (v) => typeof v === 'string',
  assignees: (v) => v === null || (Array.isArray(v) && v.every((a) => isNamedBy(a, 'login'))),
  reactions: (v) => isRecord(v) && isCount(v.total_count) && isCount(v['+1']),
};

function missingFields(source: Record<string, unknown>): string[] {
  return [
    ...Object.entries(FIELDS).filter(([name, valid]) => !(name in source) || !valid(source[name])),
    ...Object.entries(OPTIONAL_FIELDS).filter(([name, valid]) => name in source && !valid(source[name])),
  ].map(([name]) => name);
}

/** A pull request's branches, or null when the payload lacks them. */
function branchesOf(pull: Record<string, unknown>): { base: string; head: string; fork: boolean } | null {
  const head = record(pull.head);
  const base = record(pull.base);
  const baseRepo = record(base.repo).full_name;
  if (typeof head.ref !== 'string' || typeof base.ref !== 'string' || typeof baseRepo !== 'string')
    return null;
  // A fork that was deleted leaves `head.repo` null: still not this repository.
  const headRepo = head.repo === null ? '' : record(head.repo).full_name;
  return { base: base.ref, head: head.ref, fork: headRepo !== baseRepo };
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isNamed(value: unknown): boolean {
  return isNamedBy(value, 'name');
}

function isNamedBy(value: unknown, key: string): boolean {
  return isRecord(value) && typeof value[key] === 'string';
}

function actionOf(event: Record<string, unknown>): string | undefined {
  return typeof event.action === 'string' ? event.action : undefined;
}

function repositoryOf(event: Record<string, unknown>): string {
  const name = record(event.repository).full_name;
  return typeof name === 'string' ? name : '';
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * GitHub's issue timeline (GET .../issues/{n}/timeline) -> Sift's activity events, label history and
 * linked pull requests. Pure: the requests are in facts.ts.
 */
import { MARKER_PREFIX } from '../github/comment-memo.js';
import { keyedRecord } from '../../model/records.js';
import { isSelf } from '../github/self.js';
import type { OwnComment } from '../provider.js';
import type { ActivityEvent, ActivityKind, LinkedItem } from '../../model/item.js';

/**
 * The fields read here, written out rather than picked from @octokit/openapi-types: the timeline is a
 * union of some thirty event shapes, and every one of them must fit this one.
 */
export interface ApiTimelineEvent {
  event?: string;
  /** Comments: the comment's id. */
  id?: number;
  created_at?: string;
  /** Comments: their last edit (equal to created_at when never edited). */
  updated_at?: string | null;
  actor?: ApiUser | null;
  /** Comments and reviews name their author here. */
  user?: ApiUser | null;
  /** Comments and reviews: their author's association with the repository. */
  author_association?: string;
  /** Reviews. */
  submitted_at?: string;
  /** Commits: the git author, a name and not a login. */
  author?: { name?: string; date?: string };
  body?: string | null;
  label?: { name: string };
  /** Cross-references: the item that mentioned this one. */
  source?: { issue?: ApiLinkedIssue };
  /** Review comments on a line, grouped. */
  comments?: readonly { user?: ApiUser | null; created_at?: string }[];
}

export interface ApiUser {
  login: string;
  type?: string;
}

export interface ApiLinkedIssue {
  number: number;
  state: string;
  updated_at: string;
  pull_request?: object | null;
  repository_url?: string;
}

/**
 * Sift's comment marker (see the executor). A comment carrying it is Sift's when the account Sift runs
 * as wrote it (see `isSiftComment`); a person or another bot who pastes or quotes it is commenting.
 */
const SIFT_MARKER = MARKER_PREFIX;

/** GitHub's bots: `type: "Bot"`, or a `[bot]` login (payloads that leave the type out). */
export function isBotUser(user: ApiUser | null | undefined): boolean {
  return user?.type === 'Bot' || (user?.login.endsWith('[bot]') ?? false);
}

/**
 * Sift's own comment: it carries the marker (`marker`, or any Sift marker) and was written by `self`,
 * the account Sift runs as (github/self.ts); null (not read, as no comment carried a marker): none.
 */
export function isSiftComment(
  body: string | null | undefined,
  user: ApiUser | null | undefined,
  self: string | null,
  marker: string = SIFT_MARKER,
): boolean {
  if (!body?.includes(marker) || !user) return false;
  return self !== null && isSelf(user, self);
}

/** Whether telling Sift's comments from others' in these entries needs the login Sift runs as: a comment carries the marker. */
export function needsSelf(entries: readonly ApiTimelineEvent[]): boolean {
  return entries.some((e) => e.event === 'commented' && e.body?.includes(SIFT_MARKER));
}

/** Events that say something happened elsewhere, or are side effects of another event: not activity here. */
const NOT_ACTIVITY: ReadonlySet<string> = new Set([
  'cross-referenced',
  'referenced',
  'mentioned',
  'subscribed',
  'unsubscribed',
  'connected',
  'disconnected',
]);

const KINDS: Readonly<Record<string, ActivityKind>> = {
  commented: 'comment',
  labeled: 'labeled',
  unlabeled: 'unlabeled',
  closed: 'closed',
  merged: 'closed',
  reopened: 'reopened',
  renamed: 'edited',
  committed: 'commit',
  head_ref_force_pushed: 'commit',
  reviewed: 'review',
  'line-commented': 'review',
  assigned: 'assigned',
  unassigned: 'unassigned',
  milestoned: 'milestoned',
  demilestoned: 'milestoned',
  locked: 'locked',
  unlocked: 'unlocked',
};

/**
 * Appends the activity events of one timeline entry to `out`. Events without a kind of their own
 * (ready_for_review, review_requested, ...) are `other`; those that are not activity on this item
 * (see NOT_ACTIVITY) are left out. A commit's actor is its git author's name (commits carry no login),
 * so only `[bot]` names are recognised as bots there. A comment edited after it was posted adds an
 * `edited` event at its last edit, by its author (the timeline does not say who edited), Sift's when
 * the comment is. `self`: the login Sift runs as, or null when unknown (see `isSiftComment`).
 */
export function appendActivity(
  entry: ApiTimelineEvent,
  out: ActivityEvent[],
  self: string | null = null,
): void {
  const name = entry.event ?? '';
  if (NOT_ACTIVITY.has(name)) return;
  const kind = KINDS[name] ?? 'other';
  if (name === 'line-commented') {
    for (const comment of entry.comments ?? []) {
      if (comment.created_at) out.push({ kind, at: comment.created_at, ...actorOf(comment.user) });
    }
    return;
  }
  if (name === 'committed') {
    const author = entry.author?.name ?? 'ghost';
    if (entry.author?.date) out.push({ kind, at: entry.author.date, actor: author, actorIsBot: false });
    return;
  }
  const at = entry.submitted_at ?? entry.created_at;
  if (at === undefined) return;
  const event: ActivityEvent = { kind, at, ...actorOf(entry.actor ?? entry.user) };
  if (entry.author_association) event.association = entry.author_association;
  if (entry.label && (kind === 'labeled' || kind === 'unlabeled')) event.label = entry.label.name;
  if (kind !== 'comment') {
    out.push(event);
    return;
  }
  const author = entry.user ?? entry.actor;
  const bySift = isSiftComment(entry.body, author, self);
  if (bySift) event.bySift = true;
  out.push(event);
  if (entry.updated_at && Date.parse(entry.updated_at) > Date.parse(at)) {
    out.push({ ...event, kind: 'edited', at: entry.updated_at });
  }
}

/** Oldest first (the timeline mostly is; commits carry their author date). Stable. */
export function chronological(events: ActivityEvent[]): ActivityEvent[] {
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * When each label now on the item was last applied, from its events (oldest first): a label is present
 * if its last labeled/unlabeled event is `labeled`. Label names are case-insensitive on GitHub.
 */
export function labelAppliedAt(events: readonly ActivityEvent[]): Record<string, string> {
  const latest = new Map<string, { name: string; at: string } | null>();
  for (const event of events) {
    if (event.label === undefined) continue;
    const key = event.label.toLowerCase();
    if (event.kind === 'labeled') latest.set(key, { name: event.label, at: event.at });
    else if (event.kind === 'unlabeled') latest.set(key, null);
  }
  const applied = keyedRecord<string>();
  for (const entry of latest.values()) if (entry) applied[entry.name] = entry.at;
  return applied;
}

/**
 * Pull requests linked to an issue, approximated from the timeline: every pull request that
 * cross-referenced the issue (mentioned it, e.g. "Fixes #12"), once, with its current state. GitHub's
 * exact "will close this issue" links (and manual `connected` links, whose REST events do not name the
 * pull request) are only in GraphQL; a mention without a closing keyword counts here too.
 */
export function linkedPulls(entries: readonly ApiTimelineEvent[]): LinkedItem[] {
  const byKey = new Map<string, LinkedItem>();
  for (const entry of entries) {
    const issue = entry.event === 'cross-referenced' ? entry.source?.issue : undefined;
    if (!issue?.pull_request) continue;
    byKey.set(`${issue.repository_url ?? ''}#${issue.number}`, {
      type: 'pull_request',
      number: issue.number,
      state: issue.state === 'closed' ? 'closed' : 'open',
      updatedAt: issue.updated_at,
    });
  }
  return [...byKey.values()];
}

/**
 * Issues a pull request closes, by the closing keywords of its description (`Fixes #12`,
 * `closes octo/repo#3`), in this repository only: GitHub's own list is only in GraphQL.
 */
export function closingReferences(body: string, repository: string): number[] {
  const numbers = new Set<number>();
  for (const match of body.matchAll(CLOSING)) {
    const repo = match[1];
    if (repo !== undefined && repo.toLowerCase() !== repository.toLowerCase()) continue;
    numbers.add(Number(match[2]));
  }
  return [...numbers];
}

const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+([\w.-]+\/[\w.-]+)?#(\d+)\b/gi;

function actorOf(user: ApiUser | null | undefined): { actor: string; actorIsBot: boolean } {
  // A deleted account shows as null; GitHub's web UI calls it "ghost".
  if (!user) return { actor: 'ghost', actorIsBot: false };
  return { actor: user.login, actorIsBot: user.type === 'Bot' };
}

/**
 * Sift's comments among timeline entries, oldest first: a timeline lists every comment of its item,
 * so these are all of them. `self` as for isSiftComment.
 */
export function ownCommentsIn(entries: readonly ApiTimelineEvent[], self: string | null): OwnComment[] {
  const own: OwnComment[] = [];
  for (const e of entries) {
    if (e.event !== 'commented' || e.id === undefined || !e.created_at) continue;
    if (!isSiftComment(e.body, e.user ?? e.actor, self)) continue;
    own.push({ id: String(e.id), body: e.body ?? '', createdAt: e.created_at });
  }
  return own.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

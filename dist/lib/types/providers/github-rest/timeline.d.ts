import type { OwnComment } from '../provider.js';
import type { ActivityEvent, LinkedItem } from '../../model/item.js';
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
    author?: {
        name?: string;
        date?: string;
    };
    body?: string | null;
    label?: {
        name: string;
    };
    /** Cross-references: the item that mentioned this one. */
    source?: {
        issue?: ApiLinkedIssue;
    };
    /** Review comments on a line, grouped. */
    comments?: readonly {
        user?: ApiUser | null;
        created_at?: string;
    }[];
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
/** GitHub's bots: `type: "Bot"`, or a `[bot]` login (payloads that leave the type out). */
export declare function isBotUser(user: ApiUser | null | undefined): boolean;
/**
 * Sift's own comment: it carries the marker (`marker`, or any Sift marker) and was written by `self`,
 * the account Sift runs as (github/self.ts); null (not read, as no comment carried a marker): none.
 */
export declare function isSiftComment(body: string | null | undefined, user: ApiUser | null | undefined, self: string | null, marker?: string): boolean;
/** Whether telling Sift's comments from others' in these entries needs the login Sift runs as: a comment carries the marker. */
export declare function needsSelf(entries: readonly ApiTimelineEvent[]): boolean;
/**
 * Appends the activity events of one timeline entry to `out`. Events without a kind of their own
 * (ready_for_review, review_requested, ...) are `other`; those that are not activity on this item
 * (see NOT_ACTIVITY) are left out. A commit's actor is its git author's name (commits carry no login),
 * so only `[bot]` names are recognised as bots there. A comment edited after it was posted adds an
 * `edited` event at its last edit, by its author (the timeline does not say who edited), Sift's when
 * the comment is. `self`: the login Sift runs as, or null when unknown (see `isSiftComment`).
 */
export declare function appendActivity(entry: ApiTimelineEvent, out: ActivityEvent[], self?: string | null): void;
/** Oldest first (the timeline mostly is; commits carry their author date). Stable. */
export declare function chronological(events: ActivityEvent[]): ActivityEvent[];
/**
 * When each label now on the item was last applied, from its events (oldest first): a label is present
 * if its last labeled/unlabeled event is `labeled`. Label names are case-insensitive on GitHub.
 */
export declare function labelAppliedAt(events: readonly ActivityEvent[]): Record<string, string>;
/**
 * Pull requests linked to an issue, approximated from the timeline: every pull request that
 * cross-referenced the issue (mentioned it, e.g. "Fixes #12"), once, with its current state. GitHub's
 * exact "will close this issue" links (and manual `connected` links, whose REST events do not name the
 * pull request) are only in GraphQL; a mention without a closing keyword counts here too.
 */
export declare function linkedPulls(entries: readonly ApiTimelineEvent[]): LinkedItem[];
/**
 * Issues a pull request closes, by the closing keywords of its description (`Fixes #12`,
 * `closes octo/repo#3`), in this repository only: GitHub's own list is only in GraphQL.
 */
export declare function closingReferences(body: string, repository: string): number[];
/**
 * Sift's comments among timeline entries, oldest first: a timeline lists every comment of its item,
 * so these are all of them. `self` as for isSiftComment.
 */
export declare function ownCommentsIn(entries: readonly ApiTimelineEvent[], self: string | null): OwnComment[];

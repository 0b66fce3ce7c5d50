/**
 * Repository-wide feeds, as GitHub serves them: every issue and pull-request conversation comment of
 * the repository (`GET /repos/{o}/{r}/issues/comments`: `since` keeps comments updated at or after it;
 * `sort` created|updated, default created; `direction` asc|desc, default asc, ignored without `sort`),
 * and every issue event (`GET /repos/{o}/{r}/issues/events`, newest first, each with its `issue`).
 * Both are paginated with Link headers. Registered by routes.ts.
 *
 * GitHub keeps only so much of the events feed: `limitEventsFeed(repo, n)` serves only its `n` newest
 * events, so a reader can be shown a feed that ends before the history does.
 */
import { page, validationFailed, type ApiResponse, type PageRequest } from './http.js';
import type { RouteContext } from './routes.js';
import type { CommentRecord, EventRecord, IssueRecord, RepoStore } from './store.js';

type Params = Record<string, string>;
type On = (method: string, pattern: string, handler: (ctx: RouteContext, p: Params) => ApiResponse) => void;

export interface FeedRouteHelpers {
  repoOf(ctx: RouteContext, p: Params): RepoStore;
  pageRequest(ctx: RouteContext): PageRequest;
}

const eventsFeedLimits = new WeakMap<RepoStore, number>();

/** Serve only the `newest` newest events of the repository's events feed (null: all of them). */
export function limitEventsFeed(repo: RepoStore, newest: number | null): void {
  if (newest === null) eventsFeedLimits.delete(repo);
  else eventsFeedLimits.set(repo, newest);
}

export function registerFeedRoutes(on: On, { repoOf, pageRequest }: FeedRouteHelpers): void {
  on('GET', '/repos/:owner/:repo/issues/comments', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const sortParam = ctx.query.get('sort');
    const sort = sortParam === null ? 'created' : oneOf(sortParam, ['created', 'updated'], 'sort');
    const direction =
      sortParam === null ? 'asc' : oneOf(ctx.query.get('direction') ?? 'desc', ['asc', 'desc'], 'direction');
    const sinceParam = ctx.query.get('since');
    const since = sinceParam === null ? Number.NEGATIVE_INFINITY : Date.parse(sinceParam);
    if (Number.isNaN(since)) throw validationFailed('IssueComment', 'since');
    const field = sort === 'updated' ? 'updated_at' : 'created_at';
    const comments: CommentRecord[] = [];
    for (const issue of repo.issues) {
      for (const comment of issue.commentList) {
        if (Date.parse(comment.updated_at) >= since) comments.push(comment);
      }
    }
    const sign = direction === 'asc' ? 1 : -1;
    comments.sort((a, b) => sign * (Date.parse(a[field]) - Date.parse(b[field]) || a.id - b.id));
    return page(pageRequest(ctx), comments.length, (i) => ctx.json.comment(repo, comments[i]));
  });

  on('GET', '/repos/:owner/:repo/issues/events', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const events: { event: EventRecord; issue: IssueRecord }[] = [];
    for (const issue of repo.issues) for (const event of issue.events) events.push({ event, issue });
    // Newest first; events of one instant by id, newest first too.
    events.sort(
      (a, b) => Date.parse(b.event.created_at) - Date.parse(a.event.created_at) || b.event.id - a.event.id,
    );
    const total = Math.min(events.length, eventsFeedLimits.get(repo) ?? Number.POSITIVE_INFINITY);
    return page(pageRequest(ctx), total, (i) => ({
      ...ctx.json.event(repo, events[i].event),
      issue: ctx.json.issue(repo, events[i].issue),
    }));
  });
}

function oneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw validationFailed('IssueComment', field);
}

/**
 * The REST endpoints the emulator answers, as a table of `METHOD /path/:param` patterns. Handlers are
 * synchronous and pure over the store: the server around them owns auth, latency, faults and logging.
 */
import { ApiError, notFound, page, validationFailed, type ApiResponse } from './http.js';
import type { Serializer } from './serialize.js';
import type { GitHubStore, IssuePatch, IssueSort, RepoStore, StateReason } from './store.js';
import { registerBranchRoutes } from './branches.js';
import { TimelineSerializer } from './serialize-timeline.js';
import { registerFeedRoutes } from './feed-routes.js';
import { registerOrgRoutes } from './org-routes.js';
import { registerTimelineRoutes } from './timeline-routes.js';
import { registerHierarchyRoutes } from './hierarchy.js';

export interface RateState {
  limit: number;
  remaining: number;
  /** Epoch seconds. */
  reset: number;
}

export interface RouteContext {
  store: GitHubStore;
  json: Serializer;
  /** Login that writes are attributed to. */
  actor: string;
  /** Absolute API root: origin plus path prefix. */
  apiUrl: string;
  /** Path below the API root, e.g. `/repos/o/r/issues`. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  rate: RateState;
  /** The GraphQL point bucket, for GET /rate_limit's `graphql` resource. */
  graphqlRate?: RateState & { used: number };
}

type Params = Record<string, string>;
type Handler = (ctx: RouteContext, params: Params) => ApiResponse;

interface Route {
  method: string;
  /** As registered: `/repos/:owner/:repo/issues/:number`. */
  pattern: string;
  segments: string[];
  handler: Handler;
}

const routes: Route[] = [];
const on = (method: string, pattern: string, handler: Handler): void => {
  routes.push({ method, pattern, segments: pattern.split('/').filter(Boolean), handler });
};

/** Every route served, as `METHOD /pattern` (for the OpenAPI conformance check, openapi.ts). */
export function servedRoutes(): { method: string; pattern: string }[] {
  return routes.map(({ method, pattern }) => ({ method, pattern }));
}

/** Finds and runs the handler; unknown paths and methods are GitHub's 404. */
export function route(method: string, ctx: RouteContext): ApiResponse {
  // Split before decoding so an encoded slash in a label name stays inside its segment.
  const parts = ctx.path.split('/').filter(Boolean).map(decodeSegment);
  for (const r of routes) {
    // A pattern ending in `*name` takes the rest of the path (a file path, slashes and all).
    const rest = r.segments[r.segments.length - 1]?.startsWith('*') ?? false;
    const fits = rest ? parts.length >= r.segments.length : parts.length === r.segments.length;
    if (r.method !== method || !fits) continue;
    const params = match(r.segments, parts);
    if (params) return r.handler(ctx, params);
  }
  throw notFound();
}

function match(pattern: string[], parts: string[]): Params | null {
  const params: Params = {};
  for (const [i, seg] of pattern.entries()) {
    if (seg.startsWith('*')) {
      params[seg.slice(1)] = parts.slice(i).join('/');
      return params;
    }
    if (seg.startsWith(':')) {
      // Numeric parameters only match digits, so `/issues/comments/1` never reads "comments" as a number.
      if ((seg === ':number' || seg === ':id') && !/^\d+$/.test(parts[i])) return null;
      params[seg.slice(1)] = parts[i];
    } else if (seg !== parts[i]) {
      return null;
    }
  }
  return params;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw notFound();
  }
}

// ---- endpoints ----------------------------------------------------------------------------------

on('GET', '/rate_limit', (ctx) => {
  const { rate } = ctx;
  const core = {
    limit: rate.limit,
    remaining: rate.remaining,
    reset: rate.reset,
    used: rate.limit - rate.remaining,
  };
  const graphql = ctx.graphqlRate && {
    limit: ctx.graphqlRate.limit,
    remaining: ctx.graphqlRate.remaining,
    reset: ctx.graphqlRate.reset,
    used: ctx.graphqlRate.used,
  };
  return {
    status: 200,
    body: {
      resources: {
        core,
        search: { ...core, limit: 30, remaining: 30, used: 0 },
        ...(graphql ? { graphql } : {}),
      },
      rate: core,
    },
  };
});

/**
 * The authenticated user. A GitHub App installation token (a workflow's GITHUB_TOKEN, whose writes
 * are by `app[bot]`) cannot read it: GitHub answers 403 "Resource not accessible by integration".
 */
on('GET', '/user', ({ actor, json }) => {
  if (actor.endsWith('[bot]')) throw new ApiError(403, 'Resource not accessible by integration');
  return { status: 200, body: json.user({ login: actor, type: 'User' }) };
});

on('GET', '/repos/:owner/:repo', (ctx, p) => ({ status: 200, body: ctx.json.repository(repoOf(ctx, p)) }));

on('GET', '/repos/:owner/:repo/issues', (ctx, p) => {
  const repo = repoOf(ctx, p);
  const state = oneOf(ctx.query.get('state') ?? 'open', ['open', 'closed', 'all'] as const, 'state');
  const sort: IssueSort = oneOf(
    ctx.query.get('sort') ?? 'created',
    ['created', 'updated', 'comments'] as const,
    'sort',
  );
  const direction = oneOf(ctx.query.get('direction') ?? 'desc', ['asc', 'desc'] as const, 'direction');
  const labels = (ctx.query.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  let list = repo.list({ state, sort, labels });
  // `since`: only issues updated at or after it, as GitHub documents (ISO 8601).
  const since = ctx.query.get('since');
  if (since !== null) {
    const from = Date.parse(since);
    if (Number.isNaN(from)) throw validationFailed('Issue', 'since');
    list = list.filter((issue) => Date.parse(issue.updated_at) >= from);
  }
  const n = list.length;
  // Read the cached ascending list backwards for desc instead of copying 100,000 entries per request.
  const at = direction === 'asc' ? (i: number) => list[i] : (i: number) => list[n - 1 - i];
  return page(pageRequest(ctx), n, (i) => ctx.json.issue(repo, at(i)));
});

on('GET', '/repos/:owner/:repo/issues/:number', (ctx, p) => {
  const repo = repoOf(ctx, p);
  return { status: 200, body: ctx.json.issue(repo, repo.require(Number(p.number))) };
});

on('PATCH', '/repos/:owner/:repo/issues/:number', (ctx, p) => {
  const repo = repoOf(ctx, p);
  const body = objectBody(ctx);
  const patch: IssuePatch = {};
  if ('title' in body) patch.title = stringField(body.title, 'title');
  if ('body' in body) patch.body = body.body === null ? null : stringField(body.body, 'body');
  if ('state' in body) patch.state = oneOf(body.state, ['open', 'closed'] as const, 'state');
  if ('state_reason' in body) {
    patch.state_reason =
      body.state_reason === null
        ? null
        : oneOf<StateReason>(
            body.state_reason,
            ['completed', 'not_planned', 'reopened', 'duplicate'],
            'state_reason',
          );
  }
  if ('milestone' in body) {
    if (body.milestone !== null && typeof body.milestone !== 'number')
      throw validationFailed('Issue', 'milestone');
    patch.milestone = body.milestone;
  }
  if ('labels' in body) patch.labels = labelNames(body.labels);
  if ('assignees' in body) patch.assignees = stringList(body.assignees, 'assignees');
  if ('type' in body) patch.type = body.type === null ? null : stringField(body.type, 'type');
  const issue = repo.update(Number(p.number), patch, ctx.actor);
  return { status: 200, body: ctx.json.issue(repo, issue) };
});

on('GET', '/repos/:owner/:repo/issues/:number/labels', (ctx, p) => {
  const repo = repoOf(ctx, p);
  const issue = repo.require(Number(p.number));
  return page(pageRequest(ctx), issue.labels.length, (i) => ctx.json.label(repo, issue.labels[i]));
});

on('POST', '/repos/:owner/:repo/issues/:number/labels', (ctx, p) => {
  const repo = repoOf(ctx, p);
  const issue = repo.addLabels(Number(p.number), labelsBody(ctx.body), ctx.actor);
  return { status: 200, body: issue.labels.map((name) => ctx.json.label(repo, name)) };
});

on('PUT', '/repos/:owner/:repo/issues/:number/labels', (ctx, p) => {
  const repo = repoOf(ctx, p);
  const issue = repo.replaceLabels(Number(p.number), labelsBody(ctx.body), ctx.actor);
  return { status: 200, body: issue.labels.map((name) => ctx.json.label(repo, name)) };
});

on('DELETE', '/repos/:owner/:repo/issues/:number/labels/:name', (ctx, p) => {
  const repo = repoOf(ctx, p);
  const issue = repo.removeLabel(Number(p.number), p.name, ctx.actor);
  return { status: 200, body: issue.labels.map((name) => ctx.json.label(repo, name)) };
});

on('GET', '/repos/:owner/:repo/issues/:number/comments', (ctx, p) => {
  const repo = repoOf(ctx, p);
  // `since`: only comments last updated at or after it, as GitHub documents.
  const since = ctx.query.get('since');
  const all = repo.require(Number(p.number)).commentList;
  const commentList = since ? all.filter((c) => Date.parse(c.updated_at) >= Date.parse(since)) : all;
  return page(pageRequest(ctx), commentList.length, (i) => ctx.json.comment(repo, commentList[i]));
});

on('POST', '/repos/:owner/:repo/issues/:number/comments', (ctx, p) => {
  const repo = repoOf(ctx, p);
  const text = stringField(objectBody(ctx).body, 'body');
  if (text.trim() === '') throw validationFailed('IssueComment', 'body', 'missing_field');
  return { status: 201, body: ctx.json.comment(repo, repo.addComment(Number(p.number), text, ctx.actor)) };
});

on('GET', '/repos/:owner/:repo/issues/comments/:id', (ctx, p) => {
  const repo = repoOf(ctx, p);
  const comment = repo.comment(Number(p.id));
  if (!comment) throw notFound();
  return { status: 200, body: ctx.json.comment(repo, comment) };
});

on('PATCH', '/repos/:owner/:repo/issues/comments/:id', (ctx, p) => {
  const repo = repoOf(ctx, p);
  const text = stringField(objectBody(ctx).body, 'body');
  return { status: 200, body: ctx.json.comment(repo, repo.updateComment(Number(p.id), text)) };
});

on('DELETE', '/repos/:owner/:repo/issues/comments/:id', (ctx, p) => {
  repoOf(ctx, p).deleteComment(Number(p.id), ctx.actor);
  return { status: 204 };
});

on('PUT', '/repos/:owner/:repo/issues/:number/lock', (ctx, p) => {
  const body = ctx.body === undefined ? {} : objectBody(ctx);
  const reason =
    body.lock_reason === undefined || body.lock_reason === null
      ? null
      : stringField(body.lock_reason, 'lock_reason');
  repoOf(ctx, p).lock(Number(p.number), reason, ctx.actor);
  return { status: 204 };
});

on('DELETE', '/repos/:owner/:repo/issues/:number/lock', (ctx, p) => {
  repoOf(ctx, p).unlock(Number(p.number), ctx.actor);
  return { status: 204 };
});

/**
 * "Check if a user can be assigned": 204 when they can, 404 when not. Everyone can while the
 * repository has no `assignable` list (the emulator's default); with one, only those on it.
 */
on('GET', '/repos/:owner/:repo/assignees/:assignee', (ctx, p) => {
  const repo = repoOf(ctx, p);
  if (repo.assignable && !repo.assignable.has(p.assignee)) throw notFound();
  return { status: 204 };
});

on('POST', '/repos/:owner/:repo/issues/:number/assignees', (ctx, p) => {
  const repo = repoOf(ctx, p);
  const logins = stringList(objectBody(ctx).assignees ?? [], 'assignees');
  return { status: 201, body: ctx.json.issue(repo, repo.addAssignees(Number(p.number), logins, ctx.actor)) };
});

on('DELETE', '/repos/:owner/:repo/issues/:number/assignees', (ctx, p) => {
  const repo = repoOf(ctx, p);
  const logins = stringList(objectBody(ctx).assignees ?? [], 'assignees');
  return {
    status: 200,
    body: ctx.json.issue(repo, repo.removeAssignees(Number(p.number), logins, ctx.actor)),
  };
});

on('GET', '/repos/:owner/:repo/issues/:number/events', (ctx, p) => {
  const repo = repoOf(ctx, p);
  const { events } = repo.require(Number(p.number));
  return page(pageRequest(ctx), events.length, (i) => ctx.json.event(repo, events[i]));
});

on('GET', '/repos/:owner/:repo/labels', (ctx, p) => {
  const repo = repoOf(ctx, p);
  const labels = repo.labels();
  return page(pageRequest(ctx), labels.length, (i) => ctx.json.label(repo, labels[i].name));
});

on('GET', '/repos/:owner/:repo/milestones', (ctx, p) => {
  const repo = repoOf(ctx, p);
  const state = oneOf(ctx.query.get('state') ?? 'open', ['open', 'closed', 'all'] as const, 'state');
  // Listed by number; GitHub's due_on/completeness sorts are not emulated.
  const milestones = repo.milestones.filter((m) => state === 'all' || m.state === state);
  return page(pageRequest(ctx), milestones.length, (i) => ctx.json.milestone(repo, milestones[i]));
});

on('POST', '/repos/:owner/:repo/pulls/:number/requested_reviewers', (ctx, p) => {
  const repo = repoOf(ctx, p);
  const reviewers = stringList(objectBody(ctx).reviewers ?? [], 'reviewers');
  const issue = repo.requestReviewers(Number(p.number), reviewers, ctx.actor);
  // GitHub answers with the whole pull request (pull-request-simple and more).
  return { status: 201, body: new TimelineSerializer(ctx.json, ctx.apiUrl).pull(repo, issue) };
});

// Timeline, pull request, changed files and reactions: timeline-routes.ts.
registerTimelineRoutes(on, { repoOf, pageRequest });
registerBranchRoutes(on, repoOf);
// Sub-issues and parents: hierarchy.ts.
registerHierarchyRoutes(on, repoOf, pageRequest);
// The repository-wide comments and issue events feeds: feed-routes.ts.
registerFeedRoutes(on, { repoOf, pageRequest });
// A file (or directory) at a commit, branch or tag; default: the default branch (contents.ts).
on('GET', '/repos/:owner/:repo/contents/*path', (ctx, p) => {
  const repo = repoOf(ctx, p);
  return repo.contents.serve(repo.fullName, ctx.apiUrl, p.path, ctx.query.get('ref') || repo.defaultBranch);
});
// Organisation repositories and new issues: org-routes.ts.
registerOrgRoutes(on, { repoOf, pageRequest, page });

// ---- helpers ------------------------------------------------------------------------------------

function repoOf(ctx: RouteContext, p: Params): RepoStore {
  const repo = ctx.store.repo(`${p.owner}/${p.repo}`);
  if (!repo) throw notFound();
  return repo;
}

function pageRequest(ctx: RouteContext): { url: string; query: URLSearchParams } {
  return { url: `${ctx.apiUrl}${ctx.path}`, query: ctx.query };
}

function objectBody(ctx: RouteContext): Record<string, unknown> {
  if (typeof ctx.body !== 'object' || ctx.body === null || Array.isArray(ctx.body)) {
    throw new ApiError(400, 'Problems parsing JSON');
  }
  return ctx.body as Record<string, unknown>;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw validationFailed('Issue', field);
}

function stringField(value: unknown, field: string): string {
  if (typeof value !== 'string') throw validationFailed('Issue', field);
  return value;
}

function stringList(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    throw validationFailed('Issue', field);
  }
  return value;
}

/** Labels may be given as names or as `{ name }` objects. */
function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) throw validationFailed('Label', 'labels');
  return value.map((v: unknown) => {
    if (typeof v === 'string') return v;
    if (typeof v === 'object' && v !== null && 'name' in v && typeof v.name === 'string') return v.name;
    throw validationFailed('Label', 'labels');
  });
}

/** POST/PUT .../labels take `{ labels: [...] }` or a bare array. */
function labelsBody(body: unknown): string[] {
  const labels = Array.isArray(body)
    ? body
    : typeof body === 'object' && body !== null && 'labels' in body
      ? body.labels
      : undefined;
  if (labels === undefined) throw validationFailed('Label', 'labels', 'missing_field');
  return labelNames(labels);
}

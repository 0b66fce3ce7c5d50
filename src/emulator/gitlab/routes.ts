/**
 * The API v4 endpoints the emulator answers, as a table of `METHOD /path/:param` patterns. Handlers
 * are synchronous and pure over the store: the server around them owns auth, latency, faults, rate
 * limits and logging.
 */
import { badParam, keysetPage, notFound, offsetPage, type ApiResponse, type PageRequest } from './http.js';
import type { Serializer } from './serialize.js';
import {
  compareValues,
  sortValue,
  type GitLabStore,
  type ListQuery,
  type NoteableKind,
  type NoteablePatch,
  type NoteableRecord,
  type OrderBy,
  type ProjectStore,
} from './store.js';

export interface RouteContext {
  store: GitLabStore;
  json: Serializer;
  /** Username that writes are attributed to (the token's user). */
  actor: string;
  /** Absolute API root, e.g. http://127.0.0.1:1234/api/v4. */
  apiUrl: string;
  /** Path below the API root, still percent-encoded, e.g. `/projects/group%2Fapp/issues`. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** Offset pages omit totals above this many entries. */
  countLimit: number;
  /** Whether project issues honour `pagination=keyset` (GitLab 18.3+); else it is ignored. */
  keysetIssues: boolean;
}

type Params = Record<string, string>;
type Handler = (ctx: RouteContext, params: Params) => ApiResponse;

interface Route {
  method: string;
  segments: string[];
  handler: Handler;
}

const routes: Route[] = [];
const on = (method: string, pattern: string, handler: Handler): void => {
  routes.push({ method, segments: pattern.split('/').filter(Boolean), handler });
};

/** Finds and runs the handler; unknown paths are GitLab's `404 Not found`. */
export function route(method: string, ctx: RouteContext): ApiResponse {
  // Split before decoding: the project id `group%2Fsub%2Fapp` is one segment.
  const parts = ctx.path.split('/').filter(Boolean).map(decodeSegment);
  for (const r of routes) {
    if (r.method !== method || r.segments.length !== parts.length) continue;
    const params = match(r.segments, parts);
    if (params) return r.handler(ctx, params);
  }
  throw notFound();
}

function match(pattern: string[], parts: string[]): Params | null {
  const params: Params = {};
  for (const [i, seg] of pattern.entries()) {
    if (seg.startsWith(':')) {
      if ((seg === ':iid' || seg === ':note_id') && !/^\d+$/.test(parts[i])) return null;
      if (seg === ':kind' && parts[i] !== 'issues' && parts[i] !== 'merge_requests') return null;
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

on('GET', '/user', (ctx) => ({ status: 200, body: ctx.json.user(ctx.store.ensureUser(ctx.actor)) }));

on('GET', '/users', (ctx) => {
  const username = ctx.query.get('username');
  if (username !== null) {
    const user = ctx.store.user(username);
    return { status: 200, body: user ? [ctx.json.user(user)] : [] };
  }
  throw badParam('username is missing');
});

on('GET', '/projects/:id', (ctx, p) => ({ status: 200, body: ctx.json.project(projectOf(ctx, p)) }));

on('GET', '/projects/:id/issues', (ctx, p) => listNoteables(ctx, projectOf(ctx, p), 'issue'));

/**
 * A group's projects (GitLab "List a group's projects"): `include_subgroups` adds the subgroups'
 * projects, `archived` filters by archived status (both when absent), `order_by` id|name|path|
 * created_at (default created_at), `sort` (default desc), offset pages. A group exists here when it
 * holds a project (directly or in a subgroup); `with_shared` is accepted (no project is shared here).
 */
on('GET', '/groups/:id/projects', (ctx, p) => {
  const group = p.id.toLowerCase();
  const subgroups = ctx.query.get('include_subgroups') === 'true';
  const inGroup = (path: string) => {
    const parent = path.toLowerCase().split('/').slice(0, -1).join('/');
    return parent === group || (subgroups && parent.startsWith(`${group}/`));
  };
  const everywhere = ctx.store
    .allProjects()
    .filter((project) => project.path.toLowerCase().startsWith(`${group}/`));
  if (everywhere.length === 0) throw notFound('Group');
  const archived = ctx.query.get('archived');
  const orderBy = oneOf(
    ctx.query.get('order_by') ?? 'created_at',
    ['id', 'name', 'path', 'created_at'] as const,
    'order_by',
  );
  const sort = oneOf(ctx.query.get('sort') ?? 'desc', ['asc', 'desc'] as const, 'sort');
  const key = (project: ProjectStore) =>
    orderBy === 'name'
      ? project.name.toLowerCase()
      : orderBy === 'path'
        ? project.path.toLowerCase()
        : project.id;
  const list = everywhere
    .filter((project) => inGroup(project.path))
    .filter((project) => archived === null || String(project.archived) === archived)
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const order = x < y ? -1 : x > y ? 1 : 0;
      return sort === 'asc' ? order : -order;
    });
  return offsetPage(pageRequest(ctx), list.length, (i) => ctx.json.project(list[i]), ctx.countLimit);
});

/** Create an issue (title required; description, labels as a comma-separated string or a list). */
on('POST', '/projects/:id/issues', (ctx, p) => {
  const project = projectOf(ctx, p);
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const title = text(body.title, 'title');
  if (title.trim() === '') throw badParam('title is empty');
  const labels = body.labels === undefined ? [] : labelList(body.labels, 'labels');
  const record = project.addIssue({
    title,
    description: body.description === undefined ? null : text(body.description, 'description'),
    author: ctx.actor,
    labels,
  });
  return { status: 201, body: ctx.json.noteable(project, record) };
});
on('GET', '/projects/:id/merge_requests', (ctx, p) => listNoteables(ctx, projectOf(ctx, p), 'merge_request'));

on('GET', '/projects/:id/:kind/:iid', (ctx, p) => {
  const project = projectOf(ctx, p);
  const record = project.require(kindOf(p), Number(p.iid));
  const body =
    record.kind === 'merge_request'
      ? ctx.json.mergeRequestDetail(project, record)
      : ctx.json.noteable(project, record);
  return { status: 200, body };
});

/** Approval state (GitLab: "Retrieve approvals for a merge request"); not paginated. */
on('GET', '/projects/:id/merge_requests/:iid/approvals', (ctx, p) => {
  const project = projectOf(ctx, p);
  const record = project.require('merge_request', Number(p.iid));
  return { status: 200, body: ctx.json.approvals(project, record) };
});

/** Reviewers with their review state; not paginated. */
on('GET', '/projects/:id/merge_requests/:iid/reviewers', (ctx, p) => {
  const record = projectOf(ctx, p).require('merge_request', Number(p.iid));
  return { status: 200, body: record.reviewers.map((user) => ctx.json.reviewer(record, user)) };
});

/**
 * A pipeline's jobs, latest attempt of each (`include_retried` adds none here: no job was retried);
 * `scope` filters by status (one or several, `scope[]=failed`).
 */
on('GET', '/projects/:id/pipelines/:iid/jobs', (ctx, p) => {
  const project = projectOf(ctx, p);
  const owner = project.mergeRequests.find((mr) => mr.pipeline?.id === Number(p.iid));
  if (!owner?.pipeline) throw notFound();
  const pipeline = owner.pipeline;
  const scopes = [...ctx.query.getAll('scope'), ...ctx.query.getAll('scope[]')];
  const jobs = pipeline.jobs.filter((j) => scopes.length === 0 || scopes.includes(j.status));
  return offsetPage(
    pageRequest(ctx),
    jobs.length,
    (i) => ctx.json.job(project, owner, pipeline, jobs[i]),
    ctx.countLimit,
  );
});

on('PUT', '/projects/:id/:kind/:iid', (ctx, p) => {
  const project = projectOf(ctx, p);
  const kind = kindOf(p);
  const record = project.update(kind, Number(p.iid), patchOf(ctx, kind), ctx.actor);
  return { status: 200, body: ctx.json.noteable(project, record) };
});

on('GET', '/projects/:id/:kind/:iid/notes', (ctx, p) => {
  const project = projectOf(ctx, p);
  const record = project.require(kindOf(p), Number(p.iid));
  const orderBy = oneOf(
    ctx.query.get('order_by') ?? 'created_at',
    ['created_at', 'updated_at'] as const,
    'order_by',
  );
  const sign = oneOf(ctx.query.get('sort') ?? 'desc', ['asc', 'desc'] as const, 'sort') === 'asc' ? 1 : -1;
  const notes = [...record.notes].sort(
    (a, b) => sign * (compareValues(a[orderBy], b[orderBy]) || a.id - b.id),
  );
  return offsetPage(
    pageRequest(ctx),
    notes.length,
    (i) => ctx.json.note(project, record, notes[i]),
    ctx.countLimit,
  );
});

on('POST', '/projects/:id/:kind/:iid/notes', (ctx, p) => {
  const project = projectOf(ctx, p);
  const body = params(ctx).body;
  if (body === undefined || body === null) throw badParam('body is missing');
  if (typeof body !== 'string' || body.trim() === '') throw badParam('body is empty');
  const record = project.require(kindOf(p), Number(p.iid));
  const note = project.addNote(kindOf(p), record.iid, body, ctx.actor);
  return { status: 201, body: ctx.json.note(project, record, note) };
});

on('GET', '/projects/:id/:kind/:iid/notes/:note_id', (ctx, p) => {
  const project = projectOf(ctx, p);
  const record = project.require(kindOf(p), Number(p.iid));
  const note = record.notes.find((n) => n.id === Number(p.note_id));
  if (!note) throw notFound('Note');
  return { status: 200, body: ctx.json.note(project, record, note) };
});

on('PUT', '/projects/:id/:kind/:iid/notes/:note_id', (ctx, p) => {
  const project = projectOf(ctx, p);
  const body = params(ctx).body;
  if (typeof body !== 'string' || body.trim() === '') throw badParam('body is missing');
  const kind = kindOf(p);
  const note = project.updateNote(kind, Number(p.iid), Number(p.note_id), body, ctx.actor);
  return { status: 200, body: ctx.json.note(project, project.require(kind, Number(p.iid)), note) };
});

on('DELETE', '/projects/:id/:kind/:iid/notes/:note_id', (ctx, p) => {
  projectOf(ctx, p).deleteNote(kindOf(p), Number(p.iid), Number(p.note_id), ctx.actor);
  return { status: 204 };
});

on('GET', '/projects/:id/:kind/:iid/notes/:note_id/award_emoji', (ctx, p) => {
  const project = projectOf(ctx, p);
  const record = project.require(kindOf(p), Number(p.iid));
  const note = record.notes.find((n) => n.id === Number(p.note_id));
  if (!note) throw notFound('Note');
  const awards = note.awards ?? [];
  return offsetPage(pageRequest(ctx), awards.length, (i) => ctx.json.award(note, awards[i]), ctx.countLimit);
});

on('POST', '/projects/:id/:kind/:iid/notes/:note_id/award_emoji', (ctx, p) => {
  const project = projectOf(ctx, p);
  const name = params(ctx).name;
  if (typeof name !== 'string' || name === '') throw badParam('name is missing');
  const kind = kindOf(p);
  const award = project.awardNote(kind, Number(p.iid), Number(p.note_id), name, ctx.actor);
  const note = project.require(kind, Number(p.iid)).notes.find((n) => n.id === Number(p.note_id))!;
  return { status: 201, body: ctx.json.award(note, award) };
});

on('GET', '/projects/:id/labels', (ctx, p) => {
  const labels = projectOf(ctx, p).labels();
  return offsetPage(pageRequest(ctx), labels.length, (i) => ctx.json.label(labels[i]), ctx.countLimit);
});

// Direct and inherited members; one who is neither is GitLab's 404.
on('GET', '/projects/:id/members/all/:user_id', (ctx, p) => {
  const project = projectOf(ctx, p);
  const user = ctx.store.userById(Number(p.user_id));
  const level = user && project.accessLevels.get(user.username.toLowerCase());
  if (!user || level === undefined) throw notFound();
  return { status: 200, body: ctx.json.member(user, level) };
});

on('GET', '/projects/:id/:kind/:iid/resource_label_events', (ctx, p) => {
  const record = projectOf(ctx, p).require(kindOf(p), Number(p.iid));
  const events = record.labelEvents;
  return offsetPage(
    pageRequest(ctx),
    events.length,
    (i) => ctx.json.labelEvent(record, events[i]),
    ctx.countLimit,
  );
});

on('GET', '/projects/:id/merge_requests/:iid/diffs', (ctx, p) => {
  const { files, lines } = projectOf(ctx, p).require('merge_request', Number(p.iid));
  return offsetPage(
    pageRequest(ctx),
    files.length,
    (i) => ctx.json.diff(files[i], lines[files[i]]),
    ctx.countLimit,
  );
});

on('GET', '/projects/:id/merge_requests/:iid/closes_issues', (ctx, p) => {
  const project = projectOf(ctx, p);
  const issues = project
    .require('merge_request', Number(p.iid))
    .closesIssues.map((iid) => project.issue(iid))
    .filter((issue): issue is NoteableRecord => issue !== undefined);
  return offsetPage(
    pageRequest(ctx),
    issues.length,
    (i) => ctx.json.issue(project, issues[i]),
    ctx.countLimit,
  );
});

on('GET', '/projects/:id/issues/:iid/closed_by', (ctx, p) => {
  const project = projectOf(ctx, p);
  const mrs = project.closedBy(project.require('issue', Number(p.iid)).iid);
  return offsetPage(
    pageRequest(ctx),
    mrs.length,
    (i) => ctx.json.mergeRequest(project, mrs[i]),
    ctx.countLimit,
  );
});

on('GET', '/projects/:id/milestones', (ctx, p) => {
  const project = projectOf(ctx, p);
  const state = ctx.query.get('state');
  if (state !== null) oneOf(state, ['active', 'closed'] as const, 'state');
  const title = ctx.query.get('title');
  const search = ctx.query.get('search')?.toLowerCase();
  // Listed oldest first; `include_ancestors` (group milestones) is accepted and has nothing to add here.
  const milestones = project.milestones.filter(
    (m) =>
      (state === null || m.state === state) &&
      (title === null || m.title === title) &&
      (search === undefined || m.title.toLowerCase().includes(search)),
  );
  return offsetPage(
    pageRequest(ctx),
    milestones.length,
    (i) => ctx.json.milestone(project, milestones[i]),
    ctx.countLimit,
  );
});

// ---- listing ------------------------------------------------------------------------------------

const ORDER_BY: readonly OrderBy[] = ['created_at', 'updated_at', 'id', 'title'];

function listNoteables(ctx: RouteContext, project: ProjectStore, kind: NoteableKind): ApiResponse {
  const states =
    kind === 'issue'
      ? (['opened', 'closed', 'all'] as const)
      : (['opened', 'closed', 'merged', 'locked', 'all'] as const);
  const query: ListQuery = {
    // GitLab lists every state unless asked, newest first.
    state: oneOf(ctx.query.get('state') ?? 'all', states, 'state'),
    orderBy: oneOf(ctx.query.get('order_by') ?? 'created_at', ORDER_BY, 'order_by'),
    sort: oneOf(ctx.query.get('sort') ?? 'desc', ['asc', 'desc'] as const, 'sort'),
  };
  // `labels`: items with every one of them (comma-separated), as GitLab filters them.
  const wanted = (ctx.query.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  // `updated_after`: items updated on or after it (ISO 8601), as GitLab documents for both lists.
  const updatedAfter = ctx.query.get('updated_after');
  const after = updatedAfter === null ? null : Date.parse(updatedAfter);
  if (after !== null && Number.isNaN(after)) throw badParam('updated_after is invalid');
  const all = project.list(kind, query);
  const list = all.filter(
    (r) =>
      (wanted.length === 0 || wanted.every((w) => r.labels.some((l) => l.toLowerCase() === w))) &&
      (after === null || Date.parse(r.updated_at) >= after),
  );
  const serialize = (r: NoteableRecord) => ctx.json.noteable(project, r);
  // Merge requests have no keyset pagination: GitLab ignores the parameter and pages by offset.
  if (kind === 'issue' && ctx.keysetIssues && ctx.query.get('pagination') === 'keyset') {
    const sign = query.sort === 'asc' ? 1 : -1;
    type Key = [string | number, number];
    return keysetPage<NoteableRecord, Key>(
      pageRequest(ctx),
      list,
      (r) => [sortValue(r, query.orderBy), r.id],
      (r, [value, id]) => sign * (compareValues(sortValue(r, query.orderBy), value) || r.id - id) > 0,
      serialize,
    );
  }
  return offsetPage(pageRequest(ctx), list.length, (i) => serialize(list[i]), ctx.countLimit);
}

// ---- helpers ------------------------------------------------------------------------------------

function projectOf(ctx: RouteContext, p: Params): ProjectStore {
  const project = ctx.store.project(p.id);
  if (!project) throw notFound('Project');
  return project;
}

function kindOf(p: Params): NoteableKind {
  return p.kind === 'merge_requests' ? 'merge_request' : 'issue';
}

function pageRequest(ctx: RouteContext): PageRequest {
  return { url: `${ctx.apiUrl}${ctx.path}`, query: ctx.query };
}

/** Grape merges query-string and body parameters; so does the emulator. */
function params(ctx: RouteContext): Record<string, unknown> {
  const fromQuery: Record<string, unknown> = Object.fromEntries(ctx.query);
  if (ctx.body === undefined) return fromQuery;
  if (typeof ctx.body !== 'object' || ctx.body === null || Array.isArray(ctx.body)) {
    throw badParam('The request body must be a JSON object');
  }
  return { ...fromQuery, ...(ctx.body as Record<string, unknown>) };
}

const UPDATE_PARAMS = [
  'title',
  'description',
  'labels',
  'add_labels',
  'remove_labels',
  'state_event',
  'discussion_locked',
  'assignee_ids',
  'assignee_id',
  'milestone_id',
  'reviewer_ids',
] as const;

function patchOf(ctx: RouteContext, kind: NoteableKind): NoteablePatch {
  const body = params(ctx);
  const allowed = UPDATE_PARAMS.filter((name) => name !== 'reviewer_ids' || kind === 'merge_request');
  if (!allowed.some((name) => name in body)) {
    throw badParam(`${allowed.join(', ')} are missing, at least one parameter must be provided`);
  }
  const patch: NoteablePatch = {};
  if ('title' in body) patch.title = text(body.title, 'title');
  if ('description' in body)
    patch.description = body.description === null ? null : text(body.description, 'description');
  if ('labels' in body) patch.labels = labelList(body.labels, 'labels');
  if ('add_labels' in body) patch.add_labels = labelList(body.add_labels, 'add_labels');
  if ('remove_labels' in body) patch.remove_labels = labelList(body.remove_labels, 'remove_labels');
  if ('state_event' in body)
    patch.state_event = oneOf(body.state_event, ['close', 'reopen'] as const, 'state_event');
  if ('discussion_locked' in body)
    patch.discussion_locked = bool(body.discussion_locked, 'discussion_locked');
  if ('assignee_id' in body) patch.assignee_ids = idList(body.assignee_id, 'assignee_id');
  if ('assignee_ids' in body) patch.assignee_ids = idList(body.assignee_ids, 'assignee_ids');
  if ('milestone_id' in body) {
    const raw = body.milestone_id;
    patch.milestone_id = raw === null || raw === '' ? null : integer(raw, 'milestone_id');
  }
  if ('reviewer_ids' in body && kind === 'merge_request')
    patch.reviewer_ids = idList(body.reviewer_ids, 'reviewer_ids');
  return patch;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw badParam(`${field} does not have a valid value`);
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string') throw badParam(`${field} is invalid`);
  return value;
}

function bool(value: unknown, field: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw badParam(`${field} is invalid`);
}

function integer(value: unknown, field: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  throw badParam(`${field} is invalid`);
}

/** `[1, 2]`, `"1,2"` or a single id; `0` or an empty value means "nobody", as on GitLab. */
function idList(value: unknown, field: string): number[] {
  if (value === null || value === '') return [];
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  return raw
    .map((v: unknown) => integer(typeof v === 'string' ? v.trim() : v, field))
    .filter((id) => id !== 0);
}

/** Comma-separated names, or an array of names. */
function labelList(value: unknown, field: string): string[] {
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : null;
  if (raw === null || !raw.every((v: unknown): v is string => typeof v === 'string'))
    throw badParam(`${field} is invalid`);
  return raw.map((v) => v.trim()).filter(Boolean);
}

/**
 * Beyond one repository: an organisation's repositories (GET /orgs/{org}/repos) and new issues
 * (POST /repos/{owner}/{repo}/issues), as GitHub's REST docs describe them ("List organization
 * repositories": type all|public|private|forks|sources|member, sort created|updated|pushed|full_name,
 * direction asc|desc, defaulting to asc for full_name and desc otherwise, per_page at most 100, page;
 * "Create an issue": title required, body, labels, assignees; 201).
 */
import { notFound, validationFailed, type ApiResponse } from './http.js';
import type { RouteContext } from './routes.js';
import type { RepoStore } from './store.js';

type Params = Record<string, string>;
type Register = (
  method: string,
  pattern: string,
  handler: (ctx: RouteContext, p: Params) => ApiResponse,
) => void;

interface Helpers {
  repoOf(ctx: RouteContext, p: Params): RepoStore;
  pageRequest(ctx: RouteContext): { url: string; query: URLSearchParams };
  page: (
    request: { url: string; query: URLSearchParams },
    total: number,
    at: (i: number) => unknown,
  ) => ApiResponse;
}

const TYPES = ['all', 'public', 'private', 'forks', 'sources', 'member'] as const;
const SORTS = ['created', 'updated', 'pushed', 'full_name'] as const;

export function registerOrgRoutes(on: Register, { repoOf, pageRequest, page }: Helpers): void {
  on('GET', '/orgs/:org/repos', (ctx, p) => {
    const org = p.org.toLowerCase();
    const all = ctx.store.allRepos().filter((r) => r.owner.toLowerCase() === org);
    // An organisation exists here when it owns a repository; GitHub answers 404 for an unknown one.
    if (all.length === 0) throw notFound();
    const type = pick(ctx.query.get('type') ?? 'all', TYPES, 'type');
    const sort = pick(ctx.query.get('sort') ?? 'created', SORTS, 'sort');
    const direction = pick(
      ctx.query.get('direction') ?? (sort === 'full_name' ? 'asc' : 'desc'),
      ['asc', 'desc'] as const,
      'direction',
    );
    const kept = all.filter((r) =>
      type === 'forks'
        ? r.fork
        : type === 'sources'
          ? !r.fork
          : type === 'public'
            ? !r.isPrivate
            : type === 'private'
              ? r.isPrivate
              : true,
    );
    // Repositories have no push or update history here: created, updated and pushed all sort by id.
    const key = (r: RepoStore) => (sort === 'full_name' ? r.fullName.toLowerCase() : r.id);
    const ordered = [...kept].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const order = x < y ? -1 : x > y ? 1 : 0;
      return direction === 'asc' ? order : -order;
    });
    return page(pageRequest(ctx), ordered.length, (i) => ctx.json.repository(ordered[i]));
  });

  on('POST', '/repos/:owner/:repo/issues', (ctx, p) => {
    const repo = repoOf(ctx, p);
    const body = ctx.body as Record<string, unknown> | undefined;
    if (typeof body !== 'object' || body === null || typeof body.title !== 'string' || body.title === '') {
      throw validationFailed('Issue', 'title', 'missing_field');
    }
    if (body.body !== undefined && body.body !== null && typeof body.body !== 'string') {
      throw validationFailed('Issue', 'body');
    }
    const labels = body.labels ?? [];
    if (!Array.isArray(labels) || !labels.every((l): l is string => typeof l === 'string')) {
      throw validationFailed('Issue', 'labels');
    }
    const issue = repo.addIssue({
      title: body.title,
      body: (body.body as string | null | undefined) ?? null,
      labels,
      user: ctx.actor,
    });
    return { status: 201, body: ctx.json.issue(repo, issue) };
  });
}

function pick<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw validationFailed('Repository', field);
}

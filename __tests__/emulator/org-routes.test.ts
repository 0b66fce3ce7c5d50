/**
 * The emulators beyond one repository, against plain fetch, as GitHub's and GitLab's docs describe:
 * GitHub "List organization repositories" (type, sort, direction and its default, pages, the
 * archived/disabled/fork flags, 404 for an unknown organisation), "Create an issue", writes to an
 * archived repository (403), GET /rate_limit's graphql bucket; GitLab "List a group's projects"
 * (include_subgroups, archived, forked_from_project), "Create an issue" and the `labels` filter.
 */
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { startGitLabEmulator, type GitLabEmulator } from '../../src/emulator/gitlab/index.js';

const TOKEN = 'secret';

async function call(base: string, method: string, path: string, body?: unknown, auth = `token ${TOKEN}`) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(auth.startsWith('token') ? { authorization: auth } : { 'private-token': TOKEN }),
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
}

const names = (body: unknown) =>
  (body as { full_name?: string; path_with_namespace?: string }[]).map(
    (r) => r.full_name ?? r.path_with_namespace,
  );

describe('GitHub: organisation repositories, new issues', () => {
  let gh: GitHubEmulator;
  beforeEach(async () => {
    gh = await startGitHubEmulator({ token: TOKEN });
    gh.store.addRepo('acme/b-api');
    gh.store.addRepo('acme/a-web', { private: true });
    gh.store.addRepo('acme/c-fork', { fork: true });
    gh.store.addRepo('acme/d-old', { archived: true }).addIssue({ title: 'kept' });
    gh.store.addRepo('other/x');
  });
  afterEach(() => gh.close());

  it('lists every repository of the organisation with its flags, newest first by default', async () => {
    const res = await call(gh.url, 'GET', '/orgs/acme/repos');
    expect(res.status).toBe(200);
    expect(names(res.body)).toEqual(['acme/d-old', 'acme/c-fork', 'acme/a-web', 'acme/b-api']);
    const old = (res.body as { full_name: string; archived: boolean; fork: boolean; disabled: boolean }[])[0];
    expect(old).toMatchObject({ archived: true, fork: false, disabled: false });
  });

  it('sorts by full_name ascending by default for that sort, and filters by type', async () => {
    expect(names((await call(gh.url, 'GET', '/orgs/acme/repos?sort=full_name')).body)).toEqual([
      'acme/a-web',
      'acme/b-api',
      'acme/c-fork',
      'acme/d-old',
    ]);
    expect(names((await call(gh.url, 'GET', '/orgs/acme/repos?type=forks')).body)).toEqual(['acme/c-fork']);
    expect(names((await call(gh.url, 'GET', '/orgs/acme/repos?type=private')).body)).toEqual(['acme/a-web']);
    expect((await call(gh.url, 'GET', '/orgs/acme/repos?type=nonsense')).status).toBe(422);
  });

  it('pages with Link headers, and answers 404 for an unknown organisation', async () => {
    const first = await call(gh.url, 'GET', '/orgs/acme/repos?per_page=3');
    expect(names(first.body)).toHaveLength(3);
    expect(first.headers.get('link')).toMatch(/page=2>; rel="next"/);
    expect((await call(gh.url, 'GET', '/orgs/nobody/repos')).status).toBe(404);
  });

  it('creates an issue by the token user, with labels; refuses one without a title', async () => {
    const res = await call(gh.url, 'POST', '/repos/acme/b-api/issues', {
      title: 'Report',
      body: 'x',
      labels: ['r'],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      number: 1,
      title: 'Report',
      body: 'x',
      state: 'open',
      user: { login: 'sift[bot]' },
    });
    expect((res.body as { labels: { name: string }[] }).labels.map((l) => l.name)).toEqual(['r']);
    expect((await call(gh.url, 'POST', '/repos/acme/b-api/issues', { body: 'no title' })).status).toBe(422);
  });

  it('refuses writes to an archived repository but serves its reads', async () => {
    expect((await call(gh.url, 'GET', '/repos/acme/d-old/issues')).status).toBe(200);
    const res = await call(gh.url, 'POST', '/repos/acme/d-old/issues/1/labels', { labels: ['x'] });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ message: 'Repository was archived so is read-only.' });
  });

  it('reports the GraphQL point bucket beside core in GET /rate_limit, free of charge', async () => {
    const before = (await call(gh.url, 'GET', '/rate_limit')).body as {
      resources: Record<string, { remaining: number }>;
    };
    const after = (await call(gh.url, 'GET', '/rate_limit')).body as {
      resources: Record<string, { remaining: number }>;
    };
    expect(Object.keys(before.resources).sort()).toEqual(['core', 'graphql', 'search']);
    expect(after.resources.core.remaining).toBe(before.resources.core.remaining);
  });
});

describe('GitLab: group projects with subgroups, new issues', () => {
  let gl: GitLabEmulator;
  beforeEach(async () => {
    gl = await startGitLabEmulator({ token: TOKEN });
    gl.store.addProject('corp/app');
    gl.store.addProject('corp/team/lib');
    gl.store.addProject('corp/attic', { archived: true });
    gl.store.addProject('corp/team/fork', { forkedFrom: 'corp/app' });
    gl.store.addProject('corporate/other');
  });
  afterEach(() => gl.close());
  const get = (path: string) => call(gl.url, 'GET', path, undefined, 'private');

  it('lists the group alone, or with its subgroups; filters archived; marks forks', async () => {
    expect(names((await get('/groups/corp/projects?order_by=path&sort=asc')).body)).toEqual([
      'corp/app',
      'corp/attic',
    ]);
    const all = await get('/groups/corp/projects?include_subgroups=true&order_by=path&sort=asc');
    expect(names(all.body)).toEqual(['corp/app', 'corp/attic', 'corp/team/fork', 'corp/team/lib']);
    const fork = (all.body as { path_with_namespace: string; forked_from_project?: unknown }[]).find(
      (p) => p.path_with_namespace === 'corp/team/fork',
    );
    expect(fork?.forked_from_project).toEqual({ path_with_namespace: 'corp/app' });
    expect(
      names(
        (await get('/groups/corp/projects?include_subgroups=true&archived=false&order_by=path&sort=asc'))
          .body,
      ),
    ).toEqual(['corp/app', 'corp/team/fork', 'corp/team/lib']);
    expect((await get('/groups/nobody/projects')).status).toBe(404);
    // A group path is matched whole: corp does not take corporate's projects.
    expect(names(all.body)).not.toContain('corporate/other');
  });

  it('creates an issue with labels, and lists issues having every label asked for', async () => {
    const created = await call(
      gl.url,
      'POST',
      '/projects/corp%2Fapp/issues',
      { title: 'Report', description: 'd', labels: 'a,b' },
      'private',
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ iid: 1, title: 'Report', description: 'd', labels: ['a', 'b'] });
    await call(gl.url, 'POST', '/projects/corp%2Fapp/issues', { title: 'Other', labels: ['a'] }, 'private');
    const both = await get('/projects/corp%2Fapp/issues?labels=a,b');
    expect((both.body as { iid: number }[]).map((i) => i.iid)).toEqual([1]);
    expect((await call(gl.url, 'POST', '/projects/corp%2Fapp/issues', { title: '' }, 'private')).status).toBe(
      400,
    );
  });
});

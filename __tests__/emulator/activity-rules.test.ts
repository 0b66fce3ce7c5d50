/* eslint-disable @typescript-eslint/no-explicit-any -- answers are read as untyped JSON, as a client reads them */
/**
 * What decides "has anyone been active here?", as a client sees it through the emulators' HTTP APIs
 * (GitHub REST, GitHub GraphQL, GitLab v4). Each rule is written down, with its documentation page, in
 * github/README.md and gitlab/README.md.
 */
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { startGitLabEmulator, type GitLabEmulator } from '../../src/emulator/gitlab/index.js';

const TOKEN = 'rules-token';
const T0 = Date.parse('2026-03-01T12:00:00Z');
let clock = T0;
const at = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const tick = () => {
  clock += 60_000;
  return at(clock);
};

// ---- GitHub ---------------------------------------------------------------------------------------

let gh: GitHubEmulator;

async function rest(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(gh.graphqlUrl, {
    method: 'POST',
    headers: { authorization: `bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: any; errors?: unknown[] };
  expect(json.errors).toBeUndefined();
  return json.data;
}

const ISSUE_QUERY = `query($n: Int!) { repository(owner: "octo", name: "life") { issueOrPullRequest(number: $n) {
  ... on Issue { updatedAt lastEditedAt editor { __typename login }
    comments(first: 100) { nodes { databaseId createdAt updatedAt lastEditedAt author { __typename login } } }
    timelineItems(first: 100) { nodes { __typename
      ... on LabeledEvent { createdAt actor { __typename login } }
      ... on UnlabeledEvent { createdAt actor { __typename login } }
      ... on ClosedEvent { createdAt actor { __typename login } }
      ... on ReopenedEvent { createdAt actor { __typename login } }
      ... on LockedEvent { createdAt actor { __typename login } }
      ... on UnlockedEvent { createdAt actor { __typename login } }
      ... on AssignedEvent { createdAt actor { __typename login } }
      ... on UnassignedEvent { createdAt actor { __typename login } }
      ... on MilestonedEvent { createdAt actor { __typename login } }
      ... on DemilestonedEvent { createdAt actor { __typename login } }
      ... on RenamedTitleEvent { createdAt actor { __typename login } previousTitle currentTitle }
      ... on CommentDeletedEvent { createdAt actor { __typename login } }
      ... on IssueComment { createdAt author { __typename login } }
    } } }
  ... on PullRequest { updatedAt lastEditedAt editor { __typename login }
    timelineItems(first: 100) { nodes { __typename
      ... on ReviewRequestedEvent { createdAt actor { __typename login } }
      ... on LabeledEvent { createdAt actor { __typename login } }
    } } }
} } }`;

const item = async (n: number) => (await gql(ISSUE_QUERY, { n })).repository.issueOrPullRequest;

describe('GitHub: what decides activity', () => {
  beforeEach(async () => {
    clock = T0;
    gh = await startGitHubEmulator({
      token: TOKEN,
      login: 'github-actions[bot]',
      now: () => new Date(clock),
    });
    const repo = gh.store.addRepo('octo/life');
    repo.addMilestone({ title: 'v2' });
    repo.addIssue({
      number: 1,
      title: 'Crash',
      user: 'alice',
      labels: ['bug'],
      created_at: at(T0 - 86_400_000),
    });
    repo.addIssue({
      number: 2,
      title: 'Feature',
      user: 'bob',
      pull_request: true,
      created_at: at(T0 - 86_400_000),
    });
  });
  afterEach(async () => {
    expect(gh.graphql.unemulated).toEqual([]);
    expect(gh.graphql.invalid).toEqual([]);
    await gh.close();
  });

  // Every write bumps updated_at to its time and leaves its event, by the acting account
  // (REST "Issue event types"; GraphQL timeline items of the same names).
  const writes: [string, number, () => Promise<unknown>, string, string | null][] = [
    [
      'label add',
      1,
      () => rest('POST', '/repos/octo/life/issues/1/labels', { labels: ['stale'] }),
      'labeled',
      'LabeledEvent',
    ],
    [
      'label remove',
      1,
      () => rest('DELETE', '/repos/octo/life/issues/1/labels/bug'),
      'unlabeled',
      'UnlabeledEvent',
    ],
    [
      'close',
      1,
      () => rest('PATCH', '/repos/octo/life/issues/1', { state: 'closed', state_reason: 'not_planned' }),
      'closed',
      'ClosedEvent',
    ],
    [
      'lock',
      1,
      () => rest('PUT', '/repos/octo/life/issues/1/lock', { lock_reason: 'resolved' }),
      'locked',
      'LockedEvent',
    ],
    [
      'assign',
      1,
      () => rest('POST', '/repos/octo/life/issues/1/assignees', { assignees: ['carol'] }),
      'assigned',
      'AssignedEvent',
    ],
    [
      'milestone',
      1,
      () => rest('PATCH', '/repos/octo/life/issues/1', { milestone: 1 }),
      'milestoned',
      'MilestonedEvent',
    ],
    [
      'title edit',
      1,
      () => rest('PATCH', '/repos/octo/life/issues/1', { title: 'Crash on start' }),
      'renamed',
      'RenamedTitleEvent',
    ],
    [
      'review request',
      2,
      () => rest('POST', '/repos/octo/life/pulls/2/requested_reviewers', { reviewers: ['carol'] }),
      'review_requested',
      'ReviewRequestedEvent',
    ],
  ];
  it.each(writes)(
    '%s: bumps updated_at and records the event with its actor (REST and GraphQL)',
    async (_, n, write, event, typename) => {
      const when = tick();
      await write();
      const issue = (await rest('GET', `/repos/octo/life/issues/${n}`)).body;
      expect(issue.updated_at).toBe(when);
      const timeline = (await rest('GET', `/repos/octo/life/issues/${n}/timeline`)).body as any[];
      const entry = timeline.findLast((e) => e.event === event);
      expect(entry).toMatchObject({ created_at: when, actor: { login: 'github-actions[bot]', type: 'Bot' } });
      const events = (await rest('GET', `/repos/octo/life/issues/${n}/events`)).body as any[];
      expect(events.some((e) => e.event === event && e.created_at === when)).toBe(true);
      const node = (await item(n)).timelineItems.nodes.findLast((t: any) => t.__typename === typename);
      expect(node).toMatchObject({ createdAt: when, actor: { __typename: 'Bot', login: 'github-actions' } });
      expect((await item(n)).updatedAt).toBe(when);
    },
  );

  it('reopen, unlock, unassign and demilestone are events too', async () => {
    await rest('PATCH', '/repos/octo/life/issues/1', { state: 'closed', milestone: 1, assignees: ['carol'] });
    await rest('PUT', '/repos/octo/life/issues/1/lock', {});
    const when = tick();
    await rest('PATCH', '/repos/octo/life/issues/1', { state: 'open', milestone: null, assignees: [] });
    await rest('DELETE', '/repos/octo/life/issues/1/lock');
    const timeline = (await rest('GET', '/repos/octo/life/issues/1/timeline')).body as any[];
    const later = timeline.filter((e) => e.created_at === when).map((e) => e.event);
    expect(later.sort()).toEqual(['demilestoned', 'reopened', 'unassigned', 'unlocked']);
    expect((await rest('GET', '/repos/octo/life/issues/1')).body.updated_at).toBe(when);
  });

  it("a comment: created is a timeline entry; edited sets its updated_at and the item's; deleted leaves comment_deleted", async () => {
    const created = tick();
    const comment = (await rest('POST', '/repos/octo/life/issues/1/comments', { body: 'Still broken.' }))
      .body;
    expect((await rest('GET', '/repos/octo/life/issues/1')).body.updated_at).toBe(created);

    const edited = tick();
    await rest('PATCH', `/repos/octo/life/issues/comments/${comment.id}`, { body: 'Still broken on 3.1.' });
    expect((await rest('GET', '/repos/octo/life/issues/1')).body.updated_at).toBe(edited);
    expect((await rest('GET', `/repos/octo/life/issues/comments/${comment.id}`)).body).toMatchObject({
      created_at: created,
      updated_at: edited,
    });
    const timeline = (await rest('GET', '/repos/octo/life/issues/1/timeline')).body as any[];
    expect(timeline.find((e) => e.event === 'commented')).toMatchObject({
      created_at: created,
      updated_at: edited,
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    const gqlComment = (await item(1)).comments.nodes[0];
    expect(gqlComment).toMatchObject({ createdAt: created, updatedAt: edited, lastEditedAt: edited });
    expect(gqlComment.author).toEqual({ __typename: 'Bot', login: 'github-actions' });

    const deleted = tick();
    expect((await rest('DELETE', `/repos/octo/life/issues/comments/${comment.id}`)).status).toBe(204);
    expect((await rest('GET', '/repos/octo/life/issues/1')).body.updated_at).toBe(deleted);
    const after = (await rest('GET', '/repos/octo/life/issues/1/timeline')).body as any[];
    expect(after.find((e) => e.event === 'comment_deleted')).toMatchObject({
      created_at: deleted,
      actor: { login: 'github-actions[bot]' },
    });
    expect((await item(1)).timelineItems.nodes.map((t: any) => t.__typename)).toContain(
      'CommentDeletedEvent',
    );
  });

  it('a description edit bumps updated_at with no event, and sets GraphQL lastEditedAt and editor', async () => {
    const before = (await rest('GET', '/repos/octo/life/issues/1/timeline')).body as any[];
    const when = tick();
    await rest('PATCH', '/repos/octo/life/issues/1', { body: 'Steps: run it.' });
    expect((await rest('GET', '/repos/octo/life/issues/1')).body.updated_at).toBe(when);
    expect((await rest('GET', '/repos/octo/life/issues/1/timeline')).body).toEqual(before);
    expect((await rest('GET', '/repos/octo/life/issues/1/events')).body.map((e: any) => e.event)).toEqual([
      'labeled',
    ]);
    const issue = await item(1);
    expect(issue).toMatchObject({
      updatedAt: when,
      lastEditedAt: when,
      editor: { __typename: 'Bot', login: 'github-actions' },
    });
    // A write that changes nothing is no edit.
    tick();
    await rest('PATCH', '/repos/octo/life/issues/1', { body: 'Steps: run it.' });
    expect((await item(1)).lastEditedAt).toBe(when);
  });

  it('a reaction does not bump updated_at', async () => {
    const before = (await rest('GET', '/repos/octo/life/issues/1')).body.updated_at;
    tick();
    expect((await rest('POST', '/repos/octo/life/issues/1/reactions', { content: '+1' })).status).toBe(201);
    const issue = (await rest('GET', '/repos/octo/life/issues/1')).body;
    expect(issue.updated_at).toBe(before);
    expect(issue.reactions['+1']).toBe(1);
    expect((await rest('GET', '/repos/octo/life/issues/1/reactions')).body).toHaveLength(1);
  });

  it("seeds what real repositories hold: bots, edits without events, labels without history, Sift's markers", async () => {
    const repo = gh.store.repo('octo/life')!;
    const day = 86_400_000;
    repo.addIssue({
      number: 3,
      user: 'alice',
      labels: ['stale', 'bug'],
      labelsWithoutHistory: ['stale'],
      created_at: at(T0 - 100 * day),
      comments: [
        { body: 'Coverage: 81%', user: 'codecov[bot]', created_at: at(T0 - 50 * day) },
        {
          body: 'Warned.\n\n<!-- sift:rule=mark-stale -->',
          user: 'github-actions[bot]',
          created_at: at(T0 - 40 * day),
        },
        { body: 'Quoting: <!-- sift:rule=mark-stale -->', user: 'bob', created_at: at(T0 - 30 * day) },
      ],
      edits: [
        { at: at(T0 - 20 * day), by: 'carol' },
        { at: at(T0 - 10 * day), by: 'renovate[bot]' },
      ],
    });
    repo.addIssue({ number: 4, user: 'dependabot[bot]', pull_request: true, created_at: at(T0 - day) });

    const three = (await rest('GET', '/repos/octo/life/issues/3')).body;
    // updated_at is the latest write: the bot's edit of the description, 10 days ago.
    expect(three.updated_at).toBe(at(T0 - 10 * day));
    // `bug` has its labeled event; `stale` (transferred) has none.
    const events = (await rest('GET', '/repos/octo/life/issues/3/events')).body as any[];
    expect(events.map((e) => [e.event, e.label.name])).toEqual([['labeled', 'bug']]);
    const comments = (await rest('GET', '/repos/octo/life/issues/3/comments')).body as any[];
    expect(comments.map((c) => [c.user.login, c.user.type])).toEqual([
      ['codecov[bot]', 'Bot'],
      ['github-actions[bot]', 'Bot'],
      ['bob', 'User'],
    ]);
    // The edits are on no timeline; GraphQL names the latest editor, a bot.
    const timeline = (await rest('GET', '/repos/octo/life/issues/3/timeline')).body as any[];
    expect(timeline.map((e) => e.event)).toEqual(['labeled', 'commented', 'commented', 'commented']);
    expect(await item(3)).toMatchObject({
      lastEditedAt: at(T0 - 10 * day),
      editor: { __typename: 'Bot', login: 'renovate' },
    });

    const four = (await rest('GET', '/repos/octo/life/issues/4')).body;
    expect(four).toMatchObject({ user: { login: 'dependabot[bot]', type: 'Bot' }, updated_at: at(T0 - day) });
    expect((await item(4)).lastEditedAt).toBeNull();
  });
});

// ---- GitLab ---------------------------------------------------------------------------------------

let gl: GitLabEmulator;
const BOT = 'project_7_bot_4f2a9c';

async function glCall(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${gl.url}${path}`, {
    method,
    headers: { 'private-token': TOKEN, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
const P = '/projects/group%2Flife';

describe('GitLab: what decides activity', () => {
  beforeEach(async () => {
    clock = T0;
    gl = await startGitLabEmulator({ token: TOKEN, username: BOT, now: () => new Date(clock) });
    const project = gl.store.addProject('group/life');
    gl.store.addUser({ username: 'carol' });
    project.addMilestone({ title: 'v2' });
    project.addIssue({
      iid: 1,
      title: 'Crash',
      author: 'alice',
      labels: ['bug'],
      created_at: new Date(T0 - 86_400_000).toISOString(),
    });
  });
  afterEach(() => gl.close());

  const iso = () => new Date(clock).toISOString();
  const notes = async () => (await glCall('GET', `${P}/issues/1/notes?sort=asc`)).body as any[];

  it('the token of a project access token is a bot user', async () => {
    expect((await glCall('GET', '/user')).body).toMatchObject({ username: BOT, bot: true });
  });

  const writes: [string, Record<string, unknown>, string | null][] = [
    ['close', { state_event: 'close' }, 'closed'],
    ['lock', { discussion_locked: true }, 'locked this issue'],
    ['title edit', { title: 'Crash on start' }, 'changed title from **Crash** to **Crash on start**'],
    ['description edit', { description: 'Steps: run it.' }, 'changed the description'],
    ['milestone', { milestone_id: -1 }, 'changed milestone to %v2'],
    ['assign', { assignee_ids: [-1] }, 'assigned to @carol'],
  ];
  it.each(writes)('%s: a system note by the acting user and updated_at bumped', async (_, patch, text) => {
    const project = gl.store.project('group/life')!;
    const resolved = Object.fromEntries(
      Object.entries(patch).map(([k, v]) => [
        k,
        k === 'milestone_id'
          ? project.milestones[0].id
          : k === 'assignee_ids'
            ? [gl.store.user('carol')!.id]
            : v,
      ]),
    );
    tick();
    await glCall('PUT', `${P}/issues/1`, resolved);
    expect((await glCall('GET', `${P}/issues/1`)).body.updated_at).toBe(iso());
    const note = (await notes()).find((n) => n.system && n.body === text);
    expect(note).toMatchObject({ created_at: iso(), author: { username: BOT } });
  });

  it('a label change is a resource label event by the acting user, and bumps updated_at', async () => {
    tick();
    await glCall('PUT', `${P}/issues/1`, { add_labels: 'stale', remove_labels: 'bug' });
    expect((await glCall('GET', `${P}/issues/1`)).body.updated_at).toBe(iso());
    const events = (await glCall('GET', `${P}/issues/1/resource_label_events`)).body as any[];
    expect(
      events.filter((e) => e.created_at === iso()).map((e) => [e.action, e.label.name, e.user.username]),
    ).toEqual([
      ['add', 'stale', BOT],
      ['remove', 'bug', BOT],
    ]);
  });

  it("a note edit sets the note's updated_at and the item's", async () => {
    tick();
    const created = iso();
    const note = (await glCall('POST', `${P}/issues/1/notes`, { body: 'Warned.' })).body;
    expect((await glCall('GET', `${P}/issues/1`)).body.updated_at).toBe(created);
    tick();
    await glCall('PUT', `${P}/issues/1/notes/${note.id}`, { body: 'Warned again.' });
    expect((await glCall('GET', `${P}/issues/1`)).body.updated_at).toBe(iso());
    expect((await notes()).find((n) => n.id === note.id)).toMatchObject({
      created_at: created,
      updated_at: iso(),
      system: false,
    });
  });

  it('seeds description edits as system notes, labels without history, bot users', async () => {
    const project = gl.store.project('group/life')!;
    const day = 86_400_000;
    const d = (n: number) => new Date(T0 - n * day).toISOString();
    project.addIssue({
      iid: 2,
      author: 'alice',
      labels: ['stale', 'bug'],
      labelsWithoutHistory: ['stale'],
      created_at: d(100),
      notes: [
        { body: 'Pipeline passed', author: 'project_7_bot_ci', created_at: d(50) },
        { body: 'Still broken', author: 'bob', created_at: d(30) },
      ],
      descriptionEdits: [
        { at: d(20), by: 'carol' },
        { at: d(10), by: BOT },
      ],
    });
    const issue = (await glCall('GET', `${P}/issues/2`)).body;
    expect(issue.updated_at).toBe(d(10));
    expect(issue.user_notes_count).toBe(2);
    const list = (await glCall('GET', `${P}/issues/2/notes?sort=asc`)).body as any[];
    expect(list.map((n) => [n.body, n.author.username, n.system, n.author.bot ?? false])).toEqual([
      ['Pipeline passed', 'project_7_bot_ci', false, true],
      ['Still broken', 'bob', false, false],
      ['changed the description', 'carol', true, false],
      ['changed the description', BOT, true, true],
    ]);
    const events = (await glCall('GET', `${P}/issues/2/resource_label_events`)).body as any[];
    expect(events.map((e) => e.label.name)).toEqual(['bug']);
  });
});

/**
 * The GitLab provider against the GitLab emulator (real HTTP on 127.0.0.1). Pull requests are seeded
 * as merge requests with the same iid, issues as issues: GitLab numbers the two kinds separately, and
 * the seed's numbers are unique across both, so every item keeps its number.
 */
import { createGitLabProvider } from '../../../src/providers/gitlab/index.js';
import { startGitLabEmulator, type NoteableRecord } from '../../../src/emulator/gitlab/index.js';
import { PAGE_SIZE, TOKEN } from './constants.js';
import type { Forge, ProviderHarness, Seed } from './harness.js';

export const gitlabHarness: ProviderHarness = {
  name: 'gitlab',
  async start(seed: Seed): Promise<Forge> {
    // The token's user is the account whose notes are Sift's: the seeds' `sift[bot]` unless a seed
    // runs Sift as a person.
    const gl = await startGitLabEmulator({ token: TOKEN, username: seed.actor ?? 'sift[bot]' });
    const me = gl.store.user(seed.actor ?? 'sift[bot]');
    if (me && me.username.endsWith('[bot]')) me.bot = true;
    const project = gl.store.addProject(seed.repository);
    const logins = new Set([
      ...seed.users,
      ...seed.items.flatMap((i) => [i.author ?? 'octocat', ...(i.comments ?? []).map((c) => c.author)]),
    ]);
    // GitHub's `[bot]` logins stand for bot accounts; GitLab marks those users as bots.
    for (const login of logins) {
      // The account Sift runs as exists already (the emulator's token user).
      if (!gl.store.user(login)) gl.store.addUser({ username: login, bot: login.endsWith('[bot]') });
    }
    project.members = new Set(seed.users.map((u) => u.toLowerCase()));
    for (const title of seed.milestones) project.addMilestone({ title });
    for (const item of seed.items) {
      const common = {
        iid: item.number,
        title: item.title,
        description: item.body ?? '',
        author: item.author ?? 'octocat',
        labels: item.labels ?? [],
        labelEvents: Object.entries(item.labelAppliedAt ?? {}).map(([label, at]) => ({
          label,
          created_at: at,
        })),
        assignees: item.assignees ?? [],
        milestone: item.milestone ?? null,
        discussion_locked: item.locked ?? null,
        upvotes: item.thumbsUp ?? 0,
        notes: [
          ...(item.comments ?? []).map((c) => ({
            body: c.body,
            author: c.author,
            created_at: c.at,
            ...(c.editedAt ? { updated_at: c.editedAt } : {}),
          })),
          // A seed says when it was last touched, not by whom: an edit by its author, as GitLab records one.
          ...(Date.parse(item.updatedAt) > Date.parse(item.createdAt)
            ? [
                {
                  body: 'changed the description',
                  system: true,
                  author: item.author ?? 'octocat',
                  created_at: item.updatedAt,
                },
              ]
            : []),
        ],
        created_at: item.createdAt,
        updated_at: item.updatedAt,
      };
      const state = item.state === 'closed' ? 'closed' : 'opened';
      // GitLab records a duplicate only (`/duplicate #N`); other close reasons leave no trace.
      const duplicate = item.closedAs === 'duplicate' ? { duplicate_of: item.duplicateOf } : {};
      // A sub-issue is a task, a child item of its parent issue in GitLab's work-item hierarchy.
      const child = item.parent !== undefined ? { issue_type: 'task' as const, parent: item.parent } : {};
      if (item.type === 'issue') project.addIssue({ ...common, state, ...duplicate, ...child });
      else project.addMergeRequest({ ...common, state, draft: item.draft ?? false });
    }

    // One-shot refusals, answered as GitLab answers a token without the role or scope for a write.
    const forbidden = new Set<number>();
    const itemPath = /^\/projects\/[^/]+\/(?:issues|merge_requests)\/(\d+)(?:\/|$)/;
    gl.onRequest = (request) => {
      const number = Number(itemPath.exec(request.path)?.[1]);
      if (request.method === 'GET' || !forbidden.delete(number)) return undefined;
      return { status: 403, body: { message: '403 Forbidden' } };
    };

    const record = (number: number, type: 'issue' | 'pull_request'): NoteableRecord => {
      const found = type === 'issue' ? project.issue(number) : project.mergeRequest(number);
      if (!found) throw new Error(`${type} ${number} is not in the GitLab emulator`);
      return found;
    };
    return {
      provider: createGitLabProvider({
        token: TOKEN,
        project: seed.repository,
        baseUrl: gl.url,
        perPage: PAGE_SIZE,
        // The suite comments on a handful of items; pacing has its own tests with a fake clock.
        notesPerMinute: Infinity,
      }),
      state(number, type) {
        if (type === 'discussion') throw new Error('GitLab has no discussions');
        const r = record(number, type);
        return {
          state: r.state === 'opened' || r.state === 'locked' ? 'open' : 'closed',
          labels: [...r.labels],
          assignees: r.assignees.map((u) => u.username),
          milestone: project.milestones.find((m) => m.id === r.milestone)?.title ?? null,
          locked: r.discussion_locked === true,
          comments: r.notes.filter((n) => !n.system).map((n) => n.body),
          reviewers: r.reviewers.map((u) => u.username),
        };
      },
      requestCount: () => gl.requests.length,
      forbidWrites: (number) => void forbidden.add(number),
      async close() {
        if (gl.serverErrors.length > 0) throw gl.serverErrors[0];
        await gl.close();
      },
    };
  },
};

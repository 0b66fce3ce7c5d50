/**
 * What both GitHub harnesses (REST and GraphQL) share: seeding the emulator's store from a neutral
 * Seed, and reading an item's final state back from it.
 */
import type { GitHubEmulator } from '../../../src/emulator/github/index.js';
import { addSubIssue } from '../../../src/emulator/github/hierarchy.js';
import type { RepoStore } from '../../../src/emulator/github/store.js';
import type { ForgeItemState, Seed } from './harness.js';

export function seedGitHubRepo(gh: GitHubEmulator, seed: Seed): RepoStore {
  const repo = gh.store.addRepo(seed.repository);
  for (const title of seed.milestones) repo.addMilestone({ title });
  // Like a real repository: only people with access can be assigned or asked for review.
  repo.assignable = new Set(seed.users);
  for (const item of seed.items) {
    repo.addIssue({
      number: item.number,
      pull_request: item.type === 'pull_request',
      title: item.title,
      body: item.body ?? '',
      state: item.state ?? 'open',
      ...(item.closedAs ? { state_reason: item.closedAs } : {}),
      user: item.author ?? 'octocat',
      labels: item.labels ?? [],
      labelEvents: Object.entries(item.labelAppliedAt ?? {}).map(([label, at]) => ({
        label,
        created_at: at,
      })),
      assignees: item.assignees ?? [],
      milestone: item.milestone ?? null,
      draft: item.draft ?? false,
      locked: item.locked ?? false,
      comments: (item.comments ?? []).map((c) => ({
        body: c.body,
        user: c.author,
        created_at: c.at,
        ...(c.editedAt ? { updated_at: c.editedAt } : {}),
      })),
      reactions: { '+1': item.thumbsUp ?? 0 },
      created_at: item.createdAt,
      updated_at: item.updatedAt,
    });
    if (item.parent !== undefined) addSubIssue({ repo, number: item.parent }, { repo, number: item.number });
  }
  return repo;
}

export function githubItemState(repo: RepoStore, number: number): ForgeItemState {
  const issue = repo.require(number);
  return {
    state: issue.state,
    labels: [...issue.labels],
    assignees: [...issue.assignees],
    milestone: repo.milestones.find((m) => m.number === issue.milestone)?.title ?? null,
    locked: issue.locked,
    comments: issue.commentList.map((c) => c.body),
    reviewers: [...issue.requested_reviewers],
  };
}

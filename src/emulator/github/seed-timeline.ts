/**
 * Seeding of pull request branches and files, extra timeline entries and reactions with authors (see
 * records-timeline.ts). Called by RepoStore.addIssue once the issue record is built.
 */
import type { IssueRecord, IssueSeed, UserRef } from './records.js';
import type { PullStateRecord, PullStateSeed, TimelineEntry, TimelineSeed } from './records-timeline.js';

export interface SeedContext {
  fullName: string;
  defaultBranch: string;
  nextId(): number;
}

export function seedPullAndTimeline(issue: IssueRecord, seed: IssueSeed, ctx: SeedContext): void {
  if (issue.pull_request) {
    issue.pull = {
      base: seed.pull?.base ?? ctx.defaultBranch,
      head: seed.pull?.head ?? `pr-${issue.number}`,
      headRepo: seed.pull?.fork ?? ctx.fullName,
      files: [...(seed.pull?.files ?? [])],
      ...(seed.pull?.fileChanges ? { fileChanges: { ...seed.pull.fileChanges } } : {}),
      state: pullStateOf(issue, seed.pull?.state, seed.pull?.files?.length ?? 0, ctx),
    };
  }
  if (seed.timeline) {
    issue.timeline = seed.timeline
      .map((entry) => timelineEntry(entry, issue, ctx))
      // Stable: same-second entries keep the order given.
      .sort((a, b) => compare(a.at, b.at));
  }
  if (seed.reactionList) {
    issue.reactionList = seed.reactionList.map((r) => ({
      id: ctx.nextId(),
      content: r.content,
      user: user(r.user),
      created_at: normalize(r.created_at),
    }));
    for (const r of issue.reactionList) issue.reactions[r.content] = (issue.reactions[r.content] ?? 0) + 1;
  }
}

function timelineEntry(seed: TimelineSeed, issue: IssueRecord, ctx: SeedContext): TimelineEntry {
  const at = normalize(seed.created_at);
  if (isCommitted(seed)) {
    const author = seed.author ?? issue.user.login;
    const sha = ctx.nextId().toString(16).padStart(40, '0');
    return { event: 'committed', at, author, message: seed.message ?? 'Update', sha };
  }
  if (isReviewed(seed)) {
    return {
      event: 'reviewed',
      at,
      user: user(seed.user),
      state: seed.state ?? 'commented',
      body: seed.body ?? null,
      id: ctx.nextId(),
    };
  }
  if (isCrossReference(seed)) {
    return {
      event: 'cross-referenced',
      at,
      actor: user(seed.actor ?? issue.user.login),
      source: seed.source,
    };
  }
  return {
    event: seed.event,
    at,
    actor: user(seed.actor ?? issue.user.login),
    other: true,
    id: ctx.nextId(),
  };
}

function isCommitted(seed: TimelineSeed): seed is Extract<TimelineSeed, { event: 'committed' }> {
  return seed.event === 'committed';
}

function isReviewed(seed: TimelineSeed): seed is Extract<TimelineSeed, { event: 'reviewed' }> {
  return seed.event === 'reviewed' && 'user' in seed;
}

function isCrossReference(seed: TimelineSeed): seed is Extract<TimelineSeed, { event: 'cross-referenced' }> {
  return seed.event === 'cross-referenced' && 'source' in seed;
}

/** As store.ts: a login ending in `[bot]` is a Bot. */
function user(login: string): UserRef {
  return { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}

/** GitHub's timestamp format: UTC, second precision. */
function normalize(value: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`not a timestamp: "${value}"`);
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A pull request's state as seeded; GitHub's answers for a fresh, unreviewed one by default. */
function pullStateOf(
  issue: IssueRecord,
  seed: PullStateSeed | undefined,
  files: number,
  ctx: SeedContext,
): PullStateRecord {
  const headSha = seed?.headSha ?? issue.id.toString(16).padStart(40, '0');
  const at = seed?.headAt ?? issue.created_at;
  return {
    mergeable: seed?.mergeable === undefined ? true : seed.mergeable,
    pendingReads: seed?.pendingReads ?? 0,
    additions: seed?.additions ?? files,
    deletions: seed?.deletions ?? files,
    headSha,
    headAt: at,
    reviews: (seed?.reviews ?? []).map((r) => ({
      id: ctx.nextId(),
      user: { login: r.user, type: r.user.endsWith('[bot]') ? 'Bot' : 'User' },
      state: r.state,
      submitted_at: r.at,
      commit_id: r.commit ?? headSha,
      body: '',
      author_association: r.association ?? 'NONE',
    })),
    checkRuns: (seed?.checkRuns ?? []).map((c) => ({
      id: ctx.nextId(),
      name: c.name,
      status: c.status ?? 'completed',
      conclusion:
        c.conclusion === undefined
          ? (c.status ?? 'completed') === 'completed'
            ? 'success'
            : null
          : c.conclusion,
      started_at: at,
      completed_at: (c.status ?? 'completed') === 'completed' ? at : null,
    })),
    statuses: (seed?.statuses ?? []).map((s) => ({
      id: ctx.nextId(),
      context: s.context,
      state: s.state,
      created_at: at,
    })),
    requestedTeams: [...(seed?.requestedTeams ?? [])],
  };
}

/**
 * JSON of the timeline, pull request, changed files and reactions endpoints, typed with the official
 * OpenAPI schema (narrowed with Pick where GitHub's full objects are far larger than any client reads).
 */
import { nodeId as graphqlNodeId } from './graphql/ids.js';
import type { components } from '@octokit/openapi-types';
import type { EventJson, Serializer } from './serialize.js';
import type { CommentRecord, IssueRecord, RepoStore } from './store.js';
import type {
  CheckRunRecord,
  ReactionRecord,
  ReviewRecord,
  StatusRecord,
  TimelineEntry,
} from './records-timeline.js';
import { repositoryJson } from './serialize-repository.js';

type Schemas = components['schemas'];
export type TimelineCommentJson = Schemas['timeline-comment-event'];
export type CrossReferencedJson = Schemas['timeline-cross-referenced-event'];
export type CommittedJson = Schemas['timeline-committed-event'];
export type ReviewedJson = Schemas['timeline-reviewed-event'];
export type TimelineJson =
  TimelineCommentJson | CrossReferencedJson | CommittedJson | ReviewedJson | EventJson;
export type DiffEntryJson = Schemas['diff-entry'];
export type ReactionJson = Schemas['reaction'];
type PullSchema = Schemas['pull-request'];
export type BranchJson = PullSchema['base'];
/** The whole pull request, as GET /repos/{owner}/{repo}/pulls/{pull_number} answers. */
export type PullDetailJson = PullSchema;
export type ReviewJson = Schemas['pull-request-review'];
export type CheckRunJson = Schemas['check-run'];
export type CombinedStatusJson = Pick<
  Schemas['combined-commit-status'],
  'state' | 'sha' | 'total_count' | 'commit_url' | 'url' | 'repository'
> & {
  statuses: Pick<
    Schemas['simple-commit-status'],
    | 'id'
    | 'node_id'
    | 'state'
    | 'description'
    | 'target_url'
    | 'context'
    | 'created_at'
    | 'updated_at'
    | 'url'
    | 'avatar_url'
  >[];
};
export type BranchRuleJson = Schemas['repository-rule-detailed'];

const WEB = 'https://github.com';
const REACTIONS: readonly ReactionJson['content'][] = [
  '+1',
  '-1',
  'laugh',
  'confused',
  'heart',
  'hooray',
  'rocket',
  'eyes',
];

export class TimelineSerializer {
  constructor(
    private readonly json: Serializer,
    private readonly apiUrl: string,
  ) {}

  /**
   * The issue's timeline as GET .../timeline lists it: its comments, its issue events and the seeded
   * entries, oldest first (same-second entries: events, then comments, then seeded entries).
   */
  timeline(repo: RepoStore, issue: IssueRecord): TimelineJson[] {
    const entries: { at: string; json: () => TimelineJson }[] = [
      ...issue.events.map((e) => ({ at: e.created_at, json: () => this.json.event(repo, e) })),
      ...issue.commentList.map((c) => ({ at: c.created_at, json: () => this.comment(repo, c) })),
      ...(issue.timeline ?? []).map((t) => ({ at: t.at, json: () => this.entry(repo, issue, t) })),
    ];
    // Array.prototype.sort is stable.
    return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((e) => e.json());
  }

  /** `mergeable` as GitHub answers this read (see PullStateRecord.pendingReads). */
  pull(
    repo: RepoStore,
    issue: IssueRecord,
    mergeable: boolean | null = issue.pull?.state.mergeable ?? null,
  ): PullDetailJson {
    const pull = issue.pull;
    if (!pull) throw new Error(`#${issue.number} is not a pull request`);
    const url = `${this.repoUrl(repo)}/pulls/${issue.number}`;
    const issueUrl = `${this.repoUrl(repo)}/issues/${issue.number}`;
    const html = `${WEB}/${repo.fullName}/pull/${issue.number}`;
    const commits = (issue.timeline ?? []).filter((t) => t.event === 'committed').length;
    const milestone = repo.milestones.find((m) => m.number === issue.milestone);
    return {
      id: issue.id,
      node_id: graphqlNodeId('PullRequest', repo.fullName, issue.number),
      number: issue.number,
      url,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issueUrl,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${this.repoUrl(repo)}/pulls/comments{/number}`,
      comments_url: `${issueUrl}/comments`,
      statuses_url: `${this.repoUrl(repo)}/statuses/${issue.id.toString(16).padStart(40, '0')}`,
      state: issue.state,
      locked: issue.locked,
      active_lock_reason: issue.active_lock_reason,
      title: issue.title,
      user: this.json.user(issue.user),
      body: issue.body,
      // The description types a pull request's label description as a string (never null).
      labels: issue.labels.map((name) => {
        const label = this.json.label(repo, name);
        return { ...label, description: label.description ?? '' };
      }),
      milestone: milestone ? this.json.milestone(repo, milestone) : null,
      assignee: issue.assignees[0] ? this.json.user({ login: issue.assignees[0], type: 'User' }) : null,
      assignees: issue.assignees.map((login) => this.json.user({ login, type: 'User' })),
      requested_reviewers: issue.requested_reviewers.map((login) => this.json.user({ login, type: 'User' })),
      draft: issue.draft,
      created_at: issue.created_at,
      updated_at: issue.updated_at,
      closed_at: issue.closed_at,
      merged_at: null,
      requested_teams: pull.state.requestedTeams.map((slug, i) => ({
        id: i + 1,
        node_id: `T_${slug}`,
        url: `${this.apiUrl}/teams/${i + 1}`,
        members_url: `${this.apiUrl}/teams/${i + 1}/members{/member}`,
        name: slug,
        slug,
        description: null,
        permission: 'pull',
        privacy: 'closed',
        notification_setting: 'notifications_enabled',
        html_url: `${WEB}/orgs/${repo.fullName.split('/')[0]}/teams/${slug}`,
        repositories_url: `${this.apiUrl}/teams/${i + 1}/repos`,
        type: 'organization',
        parent: null,
      })),
      // GitHub computes mergeability in the background: null until it has (see PullStateRecord).
      mergeable: mergeable,
      mergeable_state: mergeable === null ? 'unknown' : mergeable ? 'clean' : 'dirty',
      merge_commit_sha: null,
      merged: false,
      rebaseable: null,
      merged_by: null,
      author_association: issue.author_association,
      auto_merge: null,
      comments: issue.comments,
      review_comments: 0,
      maintainer_can_modify: false,
      commits,
      additions: pull.state.additions,
      deletions: pull.state.deletions,
      changed_files: pull.files.length,
      base: this.branch(repo, repo.fullName, pull.base, issue),
      head: { ...this.branch(repo, pull.headRepo, pull.head, issue), sha: pull.state.headSha },
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: issueUrl },
        comments: { href: `${issueUrl}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${this.repoUrl(repo)}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: `${this.repoUrl(repo)}/statuses/${issue.id.toString(16).padStart(40, '0')}` },
      },
    };
  }

  review(repo: RepoStore, issue: IssueRecord, review: ReviewRecord): ReviewJson {
    return {
      id: review.id,
      node_id: Buffer.from(`0:PRR${review.id}`).toString('base64'),
      user: this.json.user(review.user),
      body: review.body,
      state: review.state,
      html_url: `${WEB}/${repo.fullName}/pull/${issue.number}#pullrequestreview-${review.id}`,
      pull_request_url: `${this.repoUrl(repo)}/pulls/${issue.number}`,
      submitted_at: review.submitted_at,
      commit_id: review.commit_id,
      author_association: review.author_association as ReviewJson['author_association'],
      _links: {
        html: { href: `${WEB}/${repo.fullName}/pull/${issue.number}#pullrequestreview-${review.id}` },
        pull_request: { href: `${this.repoUrl(repo)}/pulls/${issue.number}` },
      },
    };
  }

  checkRun(repo: RepoStore, sha: string, run: CheckRunRecord): CheckRunJson {
    return {
      id: run.id,
      head_sha: sha,
      node_id: Buffer.from(`0:CR${run.id}`).toString('base64'),
      external_id: null,
      url: `${this.repoUrl(repo)}/check-runs/${run.id}`,
      html_url: `${WEB}/${repo.fullName}/runs/${run.id}`,
      details_url: null,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.started_at,
      completed_at: run.completed_at,
      name: run.name,
      // One suite per run, no annotations, no app: the emulator keeps none of these.
      check_suite: { id: run.id },
      output: {
        title: null,
        summary: null,
        text: null,
        annotations_count: 0,
        annotations_url: `${this.repoUrl(repo)}/check-runs/${run.id}/annotations`,
      },
      app: null,
      pull_requests: [],
    };
  }

  /** GitHub's combined state: failure if any status failed or errored, pending if any is pending (or none exist), else success. */
  combinedStatus(repo: RepoStore, sha: string, statuses: readonly StatusRecord[]): CombinedStatusJson {
    const states = statuses.map((s) => s.state);
    const state = states.some((s) => s === 'failure' || s === 'error')
      ? 'failure'
      : states.length === 0 || states.includes('pending')
        ? 'pending'
        : 'success';
    return {
      state,
      sha,
      total_count: statuses.length,
      commit_url: `${this.repoUrl(repo)}/commits/${sha}`,
      url: `${this.repoUrl(repo)}/commits/${sha}/status`,
      // GitHub nests the repository here in its minimal form; the full one carries every field of it.
      repository: { ...this.json.repository(repo), license: null },
      statuses: statuses.map((s) => ({
        id: s.id,
        node_id: Buffer.from(`0:SC${s.id}`).toString('base64'),
        state: s.state,
        description: null,
        target_url: null,
        context: s.context,
        created_at: s.created_at,
        updated_at: s.created_at,
        url: `${this.repoUrl(repo)}/statuses/${sha}`,
        avatar_url: null,
      })),
    };
  }

  file(repo: RepoStore, issue: IssueRecord, filename: string, index: number): DiffEntryJson {
    const sha = (issue.id * 1000 + index).toString(16).padStart(40, '0');
    const path = filename.split('/').map(encodeURIComponent).join('/');
    const change = issue.pull?.fileChanges?.[filename];
    return {
      sha,
      filename,
      status: change?.status ?? 'modified',
      ...(change?.previous_filename ? { previous_filename: change.previous_filename } : {}),
      additions: 1,
      deletions: 1,
      changes: 2,
      blob_url: `${WEB}/${repo.fullName}/blob/${sha}/${path}`,
      raw_url: `${WEB}/${repo.fullName}/raw/${sha}/${path}`,
      contents_url: `${this.repoUrl(repo)}/contents/${path}?ref=${sha}`,
    };
  }

  reaction(reaction: ReactionRecord): ReactionJson {
    const content = REACTIONS.find((c) => c === reaction.content);
    if (content === undefined) throw new Error(`not a GitHub reaction: "${reaction.content}"`);
    return {
      id: reaction.id,
      node_id: Buffer.from(`0:REA${reaction.id}`).toString('base64'),
      user: this.json.user(reaction.user),
      content,
      created_at: reaction.created_at,
    };
  }

  private comment(repo: RepoStore, comment: CommentRecord): TimelineCommentJson {
    const json = this.json.comment(repo, comment);
    return {
      event: 'commented',
      actor: json.user ?? this.json.user(comment.user),
      id: comment.id,
      node_id: json.node_id,
      url: json.url,
      body: comment.body,
      html_url: json.html_url,
      user: this.json.user(comment.user),
      created_at: json.created_at,
      updated_at: json.updated_at,
      issue_url: json.issue_url,
      author_association: comment.author_association,
      performed_via_github_app: null,
    };
  }

  private entry(repo: RepoStore, issue: IssueRecord, entry: TimelineEntry): TimelineJson {
    switch (entry.event) {
      case 'committed':
        if ('sha' in entry) return this.committed(repo, entry);
        break;
      case 'reviewed':
        if ('state' in entry) return this.reviewed(repo, issue, entry);
        break;
      case 'cross-referenced':
        if ('source' in entry) return this.crossReferenced(repo, entry);
        break;
    }
    if (!('other' in entry)) throw new Error(`malformed timeline entry ${entry.event}`);
    return this.json.event(repo, {
      id: entry.id,
      event: entry.event,
      created_at: entry.at,
      actor: entry.actor,
    });
  }

  private committed(repo: RepoStore, e: Extract<TimelineEntry, { sha: string }>): CommittedJson {
    const git = { date: e.at, email: `${e.author}@users.noreply.github.com`, name: e.author };
    const url = `${this.repoUrl(repo)}/git/commits/${e.sha}`;
    return {
      event: 'committed',
      sha: e.sha,
      node_id: Buffer.from(`0:C${e.sha}`).toString('base64'),
      url,
      author: git,
      committer: git,
      message: e.message,
      tree: { sha: e.sha, url: `${this.repoUrl(repo)}/git/trees/${e.sha}` },
      parents: [],
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null,
      },
      html_url: `${WEB}/${repo.fullName}/commit/${e.sha}`,
    };
  }

  private reviewed(
    repo: RepoStore,
    issue: IssueRecord,
    e: Extract<TimelineEntry, { event: 'reviewed'; state: string }>,
  ): ReviewedJson {
    const pull = `${this.repoUrl(repo)}/pulls/${issue.number}`;
    const html = `${WEB}/${repo.fullName}/pull/${issue.number}#pullrequestreview-${e.id}`;
    return {
      event: 'reviewed',
      id: e.id,
      node_id: Buffer.from(`0:PRR${e.id}`).toString('base64'),
      user: this.json.user(e.user),
      body: e.body,
      state: e.state.toUpperCase(),
      html_url: html,
      pull_request_url: pull,
      _links: { html: { href: html }, pull_request: { href: pull } },
      submitted_at: e.at,
      commit_id: '0'.repeat(40),
      author_association: 'NONE',
    };
  }

  private crossReferenced(
    repo: RepoStore,
    e: Extract<TimelineEntry, { event: 'cross-referenced'; source: number }>,
  ): CrossReferencedJson {
    // The source as it is now, as GitHub serves it.
    const source = repo.require(e.source);
    return {
      event: 'cross-referenced',
      actor: this.json.user(e.actor),
      created_at: e.at,
      updated_at: e.at,
      source: { type: 'issue', issue: this.json.issue(repo, source) },
    };
  }

  /** A branch of `fullName`: the pull request's own repository, or a fork of it. */
  private branch(home: RepoStore, fullName: string, ref: string, issue: IssueRecord): BranchJson {
    const [owner, name] = fullName.split('/');
    const own = fullName.toLowerCase() === home.fullName.toLowerCase();
    const user = this.json.user({ login: owner, type: 'User' });
    return {
      label: `${owner}:${ref}`,
      ref,
      sha: issue.id.toString(16).padStart(40, '0'),
      user,
      repo: own
        ? this.json.repository(home)
        : repositoryJson(this.apiUrl, {
            id: home.id * 1000 + fullName.length,
            owner: user,
            name,
            private: false,
            fork: true,
            archived: false,
            disabled: false,
            defaultBranch: home.defaultBranch,
            createdAt: home.createdAt,
            openIssues: 0,
          }),
    };
  }

  private repoUrl(repo: RepoStore): string {
    return `${this.apiUrl}/repos/${repo.fullName}`;
  }
}

/**
 * Loads the lifelike repository (repository.ts) into the GitHub emulator store and the GitLab emulator
 * store, and moves a loaded store through time ("the next day"). Plain TypeScript, no jest APIs.
 */
import type { IssueRecord, RepoStore } from '../../github/store.js';
import type { GitLabStore, NoteableRecord, ProjectStore } from '../../gitlab/store.js';
import { CI_BOT, DEPENDABOT, SIFT, type CommentDef, type LifelikeItem, type Login } from './repository.js';

export const DAY = 86_400_000;

/** The rule ids whose markers Sift's earlier warnings carry (they depend on the rules file in use). */
export interface WarningRules {
  issue: string;
  pull_request: string;
}
/** The README's rules (__tests__/helpers/rules.ts): one mark rule. */
export const README_WARNINGS: WarningRules = { issue: 'mark-stale', pull_request: 'mark-stale' };
/** examples/stale.yml. */
export const EXAMPLE_WARNINGS: WarningRules = { issue: 'mark-stale-issues', pull_request: 'mark-stale-prs' };

export const marker = (rule: string) => `<!-- sift:rule=${rule} -->`;

function commentBody(c: CommentDef, rule: string): string {
  if (c.siftWarning) return `${c.body}\n\n${marker(rule)}`;
  if (c.pastesMarker) return `${c.body}\n\n> This issue has had no activity for 61 days.\n> ${marker(rule)}`;
  return c.body;
}

const iso = (now: number, daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();

/** Every write's time (days ago) but reactions: what updated_at is the latest of. */
function writes(item: LifelikeItem): number[] {
  return [
    item.createdDaysAgo,
    ...item.comments.map((c) => c.editedDaysAgo ?? c.daysAgo),
    ...(item.labelEvents ?? []).map((e) => e.daysAgo),
    ...(item.edits ?? []).map((e) => e.daysAgo),
    ...(item.renames ?? []).map((r) => r.daysAgo),
    ...(item.closedDaysAgo === undefined ? [] : [item.closedDaysAgo]),
  ];
}

// ---- GitHub ---------------------------------------------------------------------------------------

export function loadIntoGitHub(
  repo: RepoStore,
  items: LifelikeItem[],
  options: { now: number; warnings: WarningRules },
): Map<string, IssueRecord> {
  const { now } = options;
  const records = new Map<string, IssueRecord>();
  for (const item of items) {
    const rule = options.warnings[item.kind];
    const record = repo.addIssue({
      title: item.title,
      user: item.author,
      pull_request: item.kind === 'pull_request',
      draft: item.draft ?? false,
      labels: item.labels,
      labelsWithoutHistory: item.labelsWithoutHistory,
      labelEvents: (item.labelEvents ?? []).map((e) => ({
        label: e.label,
        event: e.action === 'add' ? ('labeled' as const) : ('unlabeled' as const),
        actor: e.by,
        created_at: iso(now, e.daysAgo),
      })),
      milestone: item.milestone ?? null,
      assignees: item.assignees ?? [],
      created_at: iso(now, item.createdDaysAgo),
      updated_at: iso(now, Math.min(...writes(item))),
      state: item.state ?? 'open',
      state_reason: item.state === 'closed' ? 'completed' : null,
      closed_at: item.closedDaysAgo === undefined ? null : iso(now, item.closedDaysAgo),
      comments: item.comments.map((c) => ({
        body: commentBody(c, rule),
        user: c.by,
        created_at: iso(now, c.daysAgo),
        updated_at: iso(now, c.editedDaysAgo ?? c.daysAgo),
        author_association: c.by.endsWith('[bot]') ? ('NONE' as const) : ('CONTRIBUTOR' as const),
      })),
      edits: (item.edits ?? []).map((e) => ({ at: iso(now, e.daysAgo), by: e.by })),
      reactionList: (item.reactions ?? []).map((r) => ({
        content: r.content,
        user: r.by,
        created_at: iso(now, r.daysAgo),
      })),
    });
    // Title changes: `renamed` events, as the store records them for a title edit.
    for (const rename of item.renames ?? []) {
      record.events.push({
        id: 900_000_000 + record.events.length + record.number * 100,
        event: 'renamed',
        created_at: iso(now, rename.daysAgo).replace(/\.\d{3}Z$/, 'Z'),
        actor: { login: rename.by, type: rename.by.endsWith('[bot]') ? 'Bot' : 'User' },
        rename: { from: rename.from, to: item.title },
      });
      record.events.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
    }
    records.set(item.key, record);
  }
  repo.invalidate();
  return records;
}

/** Moves every time in the repository `ms` into the past: the same repository, seen `ms` later. */
export function ageGitHub(repo: RepoStore, ms: number): void {
  const shift = (t: string) => new Date(Date.parse(t) - ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const r of repo.issues) {
    r.created_at = shift(r.created_at);
    r.updated_at = shift(r.updated_at);
    if (r.closed_at) r.closed_at = shift(r.closed_at);
    for (const c of r.commentList) {
      c.created_at = shift(c.created_at);
      c.updated_at = shift(c.updated_at);
    }
    for (const e of r.events) e.created_at = shift(e.created_at);
    for (const e of r.edits) e.at = shift(e.at);
    for (const t of r.timeline ?? []) t.at = shift(t.at);
    for (const x of r.reactionList ?? []) x.created_at = shift(x.created_at);
  }
  repo.invalidate();
}

// ---- GitLab ---------------------------------------------------------------------------------------

/** Sift's account on GitLab: the bot user of a project access token. */
export const GITLAB_SIFT = 'project_42_bot_5e1f';
const GITLAB_LOGINS: Record<string, string> = {
  [SIFT]: GITLAB_SIFT,
  [DEPENDABOT]: 'project_42_bot_deps',
  [CI_BOT]: 'project_42_bot_ci',
};
export const gitlabLogin = (login: Login) => GITLAB_LOGINS[login] ?? login;

export function loadIntoGitLab(
  store: GitLabStore,
  project: ProjectStore,
  items: LifelikeItem[],
  options: { now: number; warnings: WarningRules },
): Map<string, NoteableRecord> {
  const { now } = options;
  const records = new Map<string, NoteableRecord>();
  for (const item of items) {
    const rule = options.warnings[item.kind];
    for (const login of [item.author, ...item.comments.map((c) => c.by)])
      store.ensureUser(gitlabLogin(login));
    const seed = {
      title: item.title,
      author: gitlabLogin(item.author),
      labels: item.labels,
      labelsWithoutHistory: item.labelsWithoutHistory,
      labelEvents: (item.labelEvents ?? []).map((e) => ({
        label: e.label,
        action: e.action,
        user: gitlabLogin(e.by),
        created_at: iso(now, e.daysAgo),
      })),
      milestone: item.milestone ?? null,
      assignees: item.assignees ?? [],
      created_at: iso(now, item.createdDaysAgo),
      updated_at: iso(now, Math.min(...writes(item))),
      closed_at: item.closedDaysAgo === undefined ? null : iso(now, item.closedDaysAgo),
      upvotes: (item.reactions ?? []).filter((r) => r.content === '+1').length,
      notes: [
        ...item.comments.map((c) => ({
          body: commentBody(c, rule),
          author: gitlabLogin(c.by),
          created_at: iso(now, c.daysAgo),
          updated_at: iso(now, c.editedDaysAgo ?? c.daysAgo),
        })),
        ...(item.renames ?? []).map((r) => ({
          body: `changed title from **${r.from}** to **${item.title}**`,
          author: gitlabLogin(r.by),
          created_at: iso(now, r.daysAgo),
          system: true,
        })),
        ...(item.state === 'closed' && item.closedDaysAgo !== undefined
          ? [
              {
                body: 'closed',
                author: gitlabLogin(item.author),
                created_at: iso(now, item.closedDaysAgo),
                system: true,
              },
            ]
          : []),
      ],
      descriptionEdits: (item.edits ?? []).map((e) => ({ at: iso(now, e.daysAgo), by: gitlabLogin(e.by) })),
    };
    const record =
      item.kind === 'issue'
        ? project.addIssue({ ...seed, state: item.state === 'closed' ? 'closed' : 'opened' })
        : project.addMergeRequest({
            ...seed,
            state: item.state === 'closed' ? 'closed' : 'opened',
            draft: item.draft ?? false,
          });
    records.set(item.key, record);
  }
  return records;
}

/** Moves every time in the project `ms` into the past. */
export function ageGitLab(project: ProjectStore, ms: number): void {
  const shift = (t: string) => new Date(Date.parse(t) - ms).toISOString();
  for (const r of [...project.issues, ...project.mergeRequests]) {
    r.created_at = shift(r.created_at);
    r.updated_at = shift(r.updated_at);
    if (r.closed_at) r.closed_at = shift(r.closed_at);
    if (r.merged_at) r.merged_at = shift(r.merged_at);
    for (const n of r.notes) {
      n.created_at = shift(n.created_at);
      n.updated_at = shift(n.updated_at);
    }
    for (const e of r.labelEvents) e.created_at = shift(e.created_at);
  }
  project.invalidate();
}

/**
 * Store records -> GitLab's JSON. Field names and shapes follow GitLab's API v4 docs (issues, merge
 * requests, notes, resource label events, milestones, users, projects); only fields a client could
 * plausibly read are emitted, and every field GitLab always sends for them is present.
 */
import type {
  AwardRecord,
  LabelRecord,
  LabelEventRecord,
  MilestoneRecord,
  NoteRecord,
  NoteableRecord,
  ProjectStore,
  UserRecord,
} from './store.js';
import { userNotesCount } from './store.js';

export interface UserBasicJson {
  id: number;
  username: string;
  name: string;
  state: 'active';
  locked: boolean;
  avatar_url: string;
  web_url: string;
  /** Only on bot users: GitLab's full user entity carries `bot`, and this emulator adds it here too. */
  bot?: true;
}

export interface UserJson extends Omit<UserBasicJson, 'bot'> {
  bot: boolean;
  created_at: string;
}

export interface MilestoneJson {
  id: number;
  iid: number;
  project_id: number;
  title: string;
  description: string | null;
  state: 'active' | 'closed';
  created_at: string;
  updated_at: string;
  due_date: string | null;
  start_date: string | null;
  expired: boolean;
  web_url: string;
}

interface NoteableJsonBase {
  id: number;
  iid: number;
  project_id: number;
  title: string;
  description: string | null;
  state: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closed_by: UserBasicJson | null;
  labels: string[];
  milestone: MilestoneJson | null;
  author: UserBasicJson;
  assignee: UserBasicJson | null;
  assignees: UserBasicJson[];
  user_notes_count: number;
  upvotes: number;
  downvotes: number;
  discussion_locked: boolean | null;
  web_url: string;
  references: { short: string; relative: string; full: string };
  time_stats: {
    time_estimate: 0;
    total_time_spent: 0;
    human_time_estimate: null;
    human_total_time_spent: null;
  };
  task_completion_status: { count: 0; completed_count: 0 };
}

export interface IssueJson extends NoteableJsonBase {
  type: 'ISSUE';
  issue_type: 'issue';
  merge_requests_count: number;
  due_date: string | null;
  confidential: boolean;
  has_tasks: boolean;
}

export interface MergeRequestJson extends NoteableJsonBase {
  merged_at: string | null;
  merged_by: UserBasicJson | null;
  target_branch: string;
  source_branch: string;
  source_project_id: number;
  target_project_id: number;
  reviewers: UserBasicJson[];
  draft: boolean;
  work_in_progress: boolean;
  merge_when_pipeline_succeeds: boolean;
  merge_status: string;
  detailed_merge_status: string;
  sha: string;
  squash: boolean;
  has_conflicts: boolean;
}

export interface NoteJson {
  id: number;
  type: null;
  body: string;
  attachment: null;
  author: UserBasicJson;
  created_at: string;
  updated_at: string;
  system: boolean;
  noteable_id: number;
  noteable_type: 'Issue' | 'MergeRequest';
  noteable_iid: number;
  project_id: number;
  resolvable: boolean;
  confidential: boolean;
  internal: boolean;
}

export interface LabelEventJson {
  id: number;
  user: UserBasicJson;
  created_at: string;
  resource_type: 'Issue' | 'MergeRequest';
  resource_id: number;
  label: { id: number; name: string; color: string; description: string | null };
  action: 'add' | 'remove';
}

export interface DiffJson {
  old_path: string;
  new_path: string;
  a_mode: string;
  b_mode: string;
  diff: string;
  new_file: boolean;
  renamed_file: boolean;
  deleted_file: boolean;
  generated_file: boolean;
}

export interface ProjectJson {
  id: number;
  name: string;
  path: string;
  path_with_namespace: string;
  name_with_namespace: string;
  description: string | null;
  default_branch: string;
  web_url: string;
  visibility: 'private';
  issues_enabled: boolean;
  merge_requests_enabled: boolean;
  open_issues_count: number;
  created_at: string;
  archived: boolean;
  /** Present on forks only. */
  forked_from_project?: { path_with_namespace: string };
}

export interface AwardJson {
  id: number;
  name: string;
  user: UserBasicJson;
  created_at: string;
  updated_at: string;
  awardable_id: number;
  awardable_type: 'Note';
}

export interface MemberJson extends UserBasicJson {
  access_level: number;
  created_at: string;
  expires_at: string | null;
}

export class Serializer {
  constructor(private readonly webUrl: string) {}

  userBasic(user: UserRecord): UserBasicJson {
    return {
      id: user.id,
      username: user.username,
      name: user.name,
      state: 'active',
      locked: false,
      avatar_url: `https://secure.gravatar.com/avatar/${user.id}?s=80&d=identicon`,
      web_url: `${this.webUrl}/${user.username}`,
      ...(user.bot ? { bot: true as const } : {}),
    };
  }

  user(user: UserRecord): UserJson {
    const basic = this.userBasic(user);
    delete basic.bot;
    return { ...basic, bot: user.bot, created_at: '2020-01-01T00:00:00.000Z' };
  }

  project(project: ProjectStore): ProjectJson {
    const namespace = project.path.split('/').slice(0, -1);
    return {
      id: project.id,
      name: project.name,
      path: project.name,
      path_with_namespace: project.path,
      name_with_namespace: [...namespace, project.name].join(' / '),
      description: null,
      default_branch: project.defaultBranch,
      web_url: project.webUrl,
      visibility: 'private',
      issues_enabled: true,
      merge_requests_enabled: true,
      open_issues_count: project.list('issue', { state: 'opened', orderBy: 'id', sort: 'asc' }).length,
      created_at: project.createdAt,
      archived: project.archived,
      ...(project.forkedFrom ? { forked_from_project: { path_with_namespace: project.forkedFrom } } : {}),
    };
  }

  milestone(project: ProjectStore, milestone: MilestoneRecord): MilestoneJson {
    return {
      id: milestone.id,
      iid: milestone.iid,
      project_id: project.id,
      title: milestone.title,
      description: milestone.description,
      state: milestone.state,
      created_at: milestone.created_at,
      updated_at: milestone.updated_at,
      due_date: milestone.due_date,
      start_date: null,
      expired: false,
      web_url: `${project.webUrl}/-/milestones/${milestone.iid}`,
    };
  }

  issue(project: ProjectStore, record: NoteableRecord): IssueJson {
    return {
      ...this.base(project, record),
      type: 'ISSUE',
      issue_type: 'issue',
      merge_requests_count: 0,
      due_date: null,
      confidential: false,
      has_tasks: false,
    };
  }

  mergeRequest(project: ProjectStore, record: NoteableRecord): MergeRequestJson {
    return {
      ...this.base(project, record),
      merged_at: record.merged_at,
      merged_by: record.state === 'merged' ? this.userBasic(record.author) : null,
      target_branch: record.target_branch,
      source_branch: record.source_branch,
      source_project_id: record.source_project_id,
      target_project_id: record.target_project_id,
      reviewers: record.reviewers.map((u) => this.userBasic(u)),
      draft: record.draft,
      work_in_progress: record.draft,
      merge_when_pipeline_succeeds: false,
      merge_status: 'can_be_merged',
      detailed_merge_status: 'mergeable',
      sha: record.id.toString(16).padStart(40, '0'),
      squash: false,
      has_conflicts: false,
    };
  }

  noteable(project: ProjectStore, record: NoteableRecord): IssueJson | MergeRequestJson {
    return record.kind === 'issue' ? this.issue(project, record) : this.mergeRequest(project, record);
  }

  note(project: ProjectStore, record: NoteableRecord, note: NoteRecord): NoteJson {
    return {
      id: note.id,
      type: null,
      body: note.body,
      attachment: null,
      author: this.userBasic(note.author),
      created_at: note.created_at,
      updated_at: note.updated_at,
      system: note.system,
      noteable_id: record.id,
      noteable_type: record.kind === 'issue' ? 'Issue' : 'MergeRequest',
      noteable_iid: record.iid,
      project_id: project.id,
      resolvable: false,
      confidential: false,
      internal: false,
    };
  }

  /** An award emoji on a note, as `GET .../notes/:note_id/award_emoji` lists it. */
  award(note: NoteRecord, award: AwardRecord): AwardJson {
    return {
      id: award.id,
      name: award.name,
      user: this.userBasic(award.user),
      created_at: award.created_at,
      updated_at: award.created_at,
      awardable_id: note.id,
      awardable_type: 'Note',
    };
  }

  /** A project label (`GET /projects/:id/labels`). */
  label(label: LabelRecord): { id: number; name: string; color: string; description: string | null } {
    return { id: label.id, name: label.name, color: label.color, description: label.description };
  }

  /** A project member (`GET /projects/:id/members/all/:user_id`). */
  member(user: UserRecord, accessLevel: number): MemberJson {
    const basic = this.userBasic(user);
    delete basic.bot;
    return { ...basic, access_level: accessLevel, created_at: '2020-01-01T00:00:00.000Z', expires_at: null };
  }

  /** One changed file; the emulator keeps paths only, so every change is an in-place edit. */
  diff(path: string): DiffJson {
    return {
      old_path: path,
      new_path: path,
      a_mode: '100644',
      b_mode: '100644',
      diff: '',
      new_file: false,
      renamed_file: false,
      deleted_file: false,
      generated_file: false,
    };
  }

  labelEvent(record: NoteableRecord, event: LabelEventRecord): LabelEventJson {
    return {
      id: event.id,
      user: this.userBasic(event.user),
      created_at: event.created_at,
      resource_type: record.kind === 'issue' ? 'Issue' : 'MergeRequest',
      resource_id: record.id,
      label: { ...event.label },
      action: event.action,
    };
  }

  private base(project: ProjectStore, record: NoteableRecord): NoteableJsonBase {
    const sigil = record.kind === 'issue' ? '#' : '!';
    const milestone = project.milestones.find((m) => m.id === record.milestone);
    const assignees = record.assignees.map((u) => this.userBasic(u));
    return {
      id: record.id,
      iid: record.iid,
      project_id: project.id,
      title: record.title,
      description: record.description,
      state: record.state,
      created_at: record.created_at,
      updated_at: record.updated_at,
      closed_at: record.closed_at,
      closed_by: record.closed_by ? this.userBasic(record.closed_by) : null,
      labels: [...record.labels],
      milestone: milestone ? this.milestone(project, milestone) : null,
      author: this.userBasic(record.author),
      assignee: assignees[0] ?? null,
      assignees,
      user_notes_count: userNotesCount(record),
      upvotes: record.upvotes,
      downvotes: record.downvotes,
      discussion_locked: record.discussion_locked,
      web_url: `${project.webUrl}/-/${record.kind === 'issue' ? 'issues' : 'merge_requests'}/${record.iid}`,
      references: {
        short: `${sigil}${record.iid}`,
        relative: `${sigil}${record.iid}`,
        full: `${project.path}${sigil}${record.iid}`,
      },
      time_stats: {
        time_estimate: 0,
        total_time_spent: 0,
        human_time_estimate: null,
        human_total_time_spent: null,
      },
      task_completion_status: { count: 0, completed_count: 0 },
    };
  }
}

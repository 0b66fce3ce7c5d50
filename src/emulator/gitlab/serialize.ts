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
import type { JobRecord, PipelineRecord } from './records.js';
import { userNotesCount } from './store.js';

/** A unified diff hunk as GitLab's `diff` field holds it (no file header lines). */
function diffText(additions: number, deletions: number): string {
  const header = `@@ -1,${deletions + 1} +1,${additions + 1} @@\n context\n`;
  const minus = Array.from({ length: deletions }, (_, i) => `-old line ${i + 1}\n`).join('');
  const plus = Array.from({ length: additions }, (_, i) => `+new line ${i + 1}\n`).join('');
  return header + minus + plus;
}

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
  /** The work item type, upper-cased: `ISSUE`, `TASK` (GitLab 15.x+; `issue_type` in lower case). */
  type: 'ISSUE' | 'TASK';
  /** As GitLab's issue entity (15.1+): API URLs, `closed_as_duplicate_of` null unless closed with `/duplicate`. */
  _links: {
    self: string;
    notes: string;
    award_emoji: string;
    project: string;
    closed_as_duplicate_of: string | null;
  };
  issue_type: 'issue' | 'task';
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

/** Fields GitLab adds when one merge request is read (GET .../merge_requests/:iid), not in listings. */
export interface MergeRequestDetailJson extends MergeRequestJson {
  /** A string: `"1000+"` past GitLab's diff limit, null while GitLab has not computed it. */
  changes_count: string | null;
  diff_refs: { base_sha: string; head_sha: string; start_sha: string };
  head_pipeline: PipelineJson | null;
  /** Deprecated by GitLab in favour of head_pipeline; still sent. */
  pipeline: {
    id: number;
    iid: number;
    project_id: number;
    sha: string;
    ref: string;
    status: string;
    source: string;
    web_url: string;
  } | null;
}

export interface PipelineJson {
  id: number;
  iid: number;
  project_id: number;
  sha: string;
  ref: string;
  status: string;
  source: string;
  created_at: string;
  updated_at: string;
  web_url: string;
  before_sha: string;
  tag: boolean;
  yaml_errors: null;
  user: UserBasicJson;
  started_at: string | null;
  finished_at: string | null;
  committed_at: null;
  duration: number | null;
  queued_duration: number | null;
  coverage: null;
  detailed_status: { icon: string; text: string; label: string; group: string };
}

/** One job of a pipeline (GET /projects/:id/pipelines/:pipeline_id/jobs). */
export interface JobJson {
  id: number;
  status: string;
  stage: string;
  name: string;
  ref: string;
  tag: boolean;
  coverage: null;
  allow_failure: boolean;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  erased_at: null;
  duration: number | null;
  queued_duration: number | null;
  user: UserBasicJson;
  commit: { id: string; short_id: string; title: string; created_at: string };
  pipeline: { id: number; project_id: number; ref: string; sha: string; status: string };
  web_url: string;
  artifacts: [];
  runner: null;
  artifacts_expire_at: null;
  tag_list: string[];
}

/** GET /projects/:id/merge_requests/:iid/approvals, as GitLab's docs show it. */
export interface ApprovalsJson {
  id: number;
  iid: number;
  project_id: number;
  title: string;
  description: string | null;
  state: string;
  created_at: string;
  updated_at: string;
  merge_status: string;
  approved: boolean;
  approvals_required: number;
  approvals_left: number;
  require_password_to_approve: boolean;
  approved_by: { user: UserBasicJson; approved_at: string }[];
  suggested_approvers: UserBasicJson[];
  approvers: UserBasicJson[];
  approver_groups: unknown[];
  user_has_approved: boolean;
  user_can_approve: boolean;
  approval_rules_left: { id: number; name: string; rule_type: string }[];
  has_approval_rules: boolean;
  merge_request_approvers_available: boolean;
  multiple_approval_rules_available: boolean;
  invalid_approvers_rules: unknown[];
}

/** One entry of GET /projects/:id/merge_requests/:iid/reviewers. */
export interface ReviewerJson {
  user: UserBasicJson;
  state: string;
  created_at: string;
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
  /** `apiUrl`: the API root (`http://127.0.0.1:PORT/api/v4`), known once the server listens. */
  constructor(
    private readonly webUrl: string,
    private readonly apiUrl: () => string = () => '',
  ) {}

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
    const projectUrl = `${this.apiUrl()}/projects/${project.id}`;
    const self = `${projectUrl}/issues/${record.iid}`;
    return {
      ...this.base(project, record),
      type: record.issue_type === 'task' ? 'TASK' : 'ISSUE',
      _links: {
        self,
        notes: `${self}/notes`,
        award_emoji: `${self}/award_emoji`,
        project: projectUrl,
        closed_as_duplicate_of:
          record.duplicated_to === null ? null : `${projectUrl}/issues/${record.duplicated_to}`,
      },
      issue_type: record.issue_type,
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
      sha: this.headSha(record),
      squash: false,
      has_conflicts: false,
    };
  }

  /** One merge request as GET .../merge_requests/:iid answers (which starts the mergeability check). */
  mergeRequestDetail(project: ProjectStore, record: NoteableRecord): MergeRequestDetailJson {
    const listed = this.mergeRequest(project, record);
    const status = project.readMergeStatus(record);
    const pipeline = record.pipeline ? this.pipeline(project, record, record.pipeline) : null;
    const count = record.files.length;
    return {
      ...listed,
      merge_status:
        status.detailed === 'checking'
          ? 'checking'
          : status.has_conflicts
            ? 'cannot_be_merged'
            : 'can_be_merged',
      detailed_merge_status: status.detailed,
      has_conflicts: status.has_conflicts,
      changes_count: count > 1000 ? '1000+' : String(count),
      diff_refs: { base_sha: 'b'.repeat(40), head_sha: listed.sha, start_sha: 'b'.repeat(40) },
      head_pipeline: pipeline,
      pipeline: pipeline && {
        id: pipeline.id,
        iid: pipeline.iid,
        project_id: pipeline.project_id,
        sha: pipeline.sha,
        ref: pipeline.ref,
        status: pipeline.status,
        source: pipeline.source,
        web_url: pipeline.web_url,
      },
    };
  }

  pipeline(project: ProjectStore, record: NoteableRecord, pipeline: PipelineRecord): PipelineJson {
    const sha = pipeline.sha || this.headSha(record);
    return {
      id: pipeline.id,
      iid: pipeline.iid,
      project_id: project.id,
      sha,
      ref: record.source_branch,
      status: pipeline.status,
      source: 'merge_request_event',
      created_at: record.updated_at,
      updated_at: record.updated_at,
      web_url: `${project.webUrl}/-/pipelines/${pipeline.id}`,
      before_sha: '0'.repeat(40),
      tag: false,
      yaml_errors: null,
      user: this.userBasic(record.author),
      started_at: record.updated_at,
      finished_at: null,
      committed_at: null,
      duration: null,
      queued_duration: null,
      coverage: null,
      detailed_status: {
        icon: `status_${pipeline.status}`,
        text: pipeline.status,
        label: pipeline.status,
        group: pipeline.status,
      },
    };
  }

  job(project: ProjectStore, record: NoteableRecord, pipeline: PipelineRecord, job: JobRecord): JobJson {
    const sha = pipeline.sha || this.headSha(record);
    const done = !['created', 'pending', 'running', 'preparing', 'manual', 'scheduled'].includes(job.status);
    return {
      id: job.id,
      status: job.status,
      stage: job.stage,
      name: job.name,
      ref: record.source_branch,
      tag: false,
      coverage: null,
      allow_failure: job.allow_failure,
      created_at: record.updated_at,
      started_at: job.status === 'created' || job.status === 'pending' ? null : record.updated_at,
      finished_at: done ? record.updated_at : null,
      erased_at: null,
      duration: done ? 60 : null,
      queued_duration: 1,
      user: this.userBasic(record.author),
      commit: { id: sha, short_id: sha.slice(0, 8), title: record.title, created_at: record.created_at },
      pipeline: {
        id: pipeline.id,
        project_id: project.id,
        ref: record.source_branch,
        sha,
        status: pipeline.status,
      },
      web_url: `${project.webUrl}/-/jobs/${job.id}`,
      artifacts: [],
      runner: null,
      artifacts_expire_at: null,
      tag_list: [],
    };
  }

  approvals(project: ProjectStore, record: NoteableRecord): ApprovalsJson {
    const { required, approvedBy, rulesLeft } = record.approvals;
    const left = Math.max(0, required - approvedBy.length);
    return {
      id: record.id,
      iid: record.iid,
      project_id: project.id,
      title: record.title,
      description: record.description,
      state: record.state,
      created_at: record.created_at,
      updated_at: record.updated_at,
      merge_status: record.merge.has_conflicts ? 'cannot_be_merged' : 'can_be_merged',
      approved: left === 0,
      approvals_required: required,
      approvals_left: left,
      require_password_to_approve: false,
      approved_by: approvedBy.map((a) => ({ user: this.userBasic(a.user), approved_at: a.at })),
      suggested_approvers: [],
      approvers: [],
      approver_groups: [],
      user_has_approved: false,
      user_can_approve: true,
      approval_rules_left: rulesLeft.map((name, i) => ({ id: i + 1, name, rule_type: 'regular' })),
      has_approval_rules: required > 0 || rulesLeft.length > 0,
      merge_request_approvers_available: true,
      multiple_approval_rules_available: true,
      invalid_approvers_rules: [],
    };
  }

  reviewer(record: NoteableRecord, user: UserRecord): ReviewerJson {
    return {
      user: this.userBasic(user),
      state: record.reviewerStates.get(user.username.toLowerCase()) ?? 'unreviewed',
      created_at: record.created_at,
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

  /**
   * One changed file, an in-place edit; its diff text has as many added and deleted lines as seeded
   * (one hunk), or is empty when no counts were seeded.
   */
  diff(path: string, lines?: { additions: number; deletions: number }): DiffJson {
    return {
      old_path: path,
      new_path: path,
      a_mode: '100644',
      b_mode: '100644',
      diff: lines ? diffText(lines.additions, lines.deletions) : '',
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

  /** The head commit: derived from the id, so each merge request has its own. */
  headSha(record: NoteableRecord): string {
    return record.id.toString(16).padStart(40, '0');
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

/**
 * What Sift needs from a forge beyond one repository: the repositories of an organisation (GitHub) or
 * group with its subgroups (GitLab), the API budget left, whether a repository can be swept at all,
 * and the report issues. One implementation per forge, beside its provider
 * (providers/github/fleet.ts, providers/gitlab/fleet.ts); everything here uses web-standard APIs only.
 */
import type { ActivityRead, ActivityRequest } from '../model/activity.js';
import type { Quota } from '../providers/provider.js';
/** One repository of an organisation or group, as its listing describes it. */
export interface RepositoryEntry {
    /** `owner/name` (GitHub) or `group/sub/project` (GitLab). */
    fullName: string;
    archived: boolean;
    /** GitHub only: disabled by GitHub staff (never readable); false on GitLab. */
    disabled: boolean;
    fork: boolean;
    /**
     * Open items, for balancing shards: GitHub's `open_issues_count` (issues and pull requests);
     * GitLab's `open_issues_count` (issues only: GitLab does not count merge requests there).
     */
    openItems: number;
}
/** An issue that holds a report, found by its hidden marker. */
export interface ReportIssue {
    number: number;
    url: string;
    state: 'open' | 'closed';
    title: string;
    body: string;
}
/** Finding, creating and editing report issues in one repository. */
export interface ReportIssues {
    /**
     * The report issue carrying `marker` in its body (open or closed), looked for among the issues that
     * have every one of `labels`; the oldest when several do. Null when there is none.
     */
    find(marker: string, labels: readonly string[]): Promise<ReportIssue | null>;
    create(title: string, body: string, labels: readonly string[]): Promise<ReportIssue>;
    /** Edits title and body in place; reopens only when asked. */
    update(issue: ReportIssue, change: {
        title: string;
        body: string;
        reopen: boolean;
    }): Promise<void>;
}
export interface FleetForge {
    /** `github` or `gitlab`, for messages. */
    readonly name: string;
    /** Every repository of the organisation or group (GitLab: with its subgroups), archived and forks too. */
    listRepositories(owner: string): Promise<RepositoryEntry[]>;
    /**
     * The API budget left right now, free of charge where the forge allows it (GitHub's GET /rate_limit
     * does not count against the limit); null when the forge does not say.
     */
    readBudget(): Promise<Quota | null>;
    /** Why `repository` cannot be swept (missing, no access, archived), or null when it can. */
    checkRepository(repository: string): Promise<string | null>;
    reportIssues(repository: string): ReportIssues;
    /**
     * The items of a repository active since `request.since`, open and closed, with the history a
     * report's metrics need (model/activity.ts). Read only when a report asks for metrics.
     */
    readActivity(repository: string, request: ActivityRequest): Promise<ActivityRead>;
    /** Requests this object sent, by kind (listings, budget reads, report issues). */
    requestCounts(): {
        reads: number;
        writes: number;
    };
}

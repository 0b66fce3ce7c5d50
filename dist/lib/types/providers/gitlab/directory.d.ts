/**
 * Names -> GitLab ids, which its writes take: usernames to user ids (assignees, reviewers) and
 * milestone titles to milestone ids. Each is asked once per provider and remembered, misses included,
 * so a rule that assigns the same person on a thousand items costs one lookup.
 */
import type { GitLabClient } from './client.js';
import type { GitLabMilestone, GitLabUser } from './types.js';
export declare class Directory {
    private readonly client;
    private readonly projectPath;
    private readonly users;
    private milestones;
    constructor(client: GitLabClient, projectPath: string);
    /** The user with that username (case-insensitive), or null when there is none. */
    user(username: string): Promise<GitLabUser | null>;
    /** Every milestone title, the project's and its groups'. */
    milestoneTitles(): Promise<string[]>;
    /**
     * The milestone with that exact title, or null. Project milestones and those of its groups
     * (`include_ancestors`), active preferred over closed when a title exists in both.
     */
    milestone(title: string): Promise<GitLabMilestone | null>;
    private loadMilestones;
}

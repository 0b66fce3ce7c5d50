/**
 * Names -> GitLab ids, which its writes take: usernames to user ids (assignees, reviewers) and
 * milestone titles to milestone ids. Each is asked once per provider and remembered, misses included,
 * so a rule that assigns the same person on a thousand items costs one lookup.
 */
import type { GitLabClient } from './client.js';
import type { GitLabMilestone, GitLabUser } from './types.js';

export class Directory {
  private readonly users = new Map<string, Promise<GitLabUser | null>>();
  private milestones: Promise<GitLabMilestone[]> | null = null;

  constructor(
    private readonly client: GitLabClient,
    private readonly projectPath: string,
  ) {}

  /** The user with that username (case-insensitive), or null when there is none. */
  async user(username: string): Promise<GitLabUser | null> {
    const key = username.toLowerCase();
    let found = this.users.get(key);
    if (!found) {
      found = this.client
        .get<GitLabUser[]>('/users', { username })
        .then((list) => list.find((u) => u.username.toLowerCase() === key) ?? null);
      // A failed lookup is not an answer: forget it so a later item asks again.
      const pending = found;
      pending.catch(() => {
        if (this.users.get(key) === pending) this.users.delete(key);
      });
      this.users.set(key, pending);
    }
    return found;
  }

  /** Every milestone title, the project's and its groups'. */
  async milestoneTitles(): Promise<string[]> {
    this.milestones ??= this.loadMilestones();
    try {
      return (await this.milestones).map((m) => m.title);
    } catch (error) {
      this.milestones = null;
      throw error;
    }
  }

  /**
   * The milestone with that exact title, or null. Project milestones and those of its groups
   * (`include_ancestors`), active preferred over closed when a title exists in both.
   */
  async milestone(title: string): Promise<GitLabMilestone | null> {
    this.milestones ??= this.loadMilestones();
    let all: GitLabMilestone[];
    try {
      all = await this.milestones;
    } catch (error) {
      this.milestones = null;
      throw error;
    }
    const matching = all.filter((m) => m.title === title);
    return matching.find((m) => m.state !== 'closed') ?? matching[0] ?? null;
  }

  private async loadMilestones(): Promise<GitLabMilestone[]> {
    const all: GitLabMilestone[] = [];
    const path = `/projects/${encodeURIComponent(this.projectPath)}/milestones`;
    for await (const page of this.client.pages<GitLabMilestone>(path, {
      per_page: '100',
      include_ancestors: 'true',
    })) {
      all.push(...page);
    }
    return all;
  }
}

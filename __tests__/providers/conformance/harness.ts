/**
 * What every provider must offer the conformance suite: a way to start a forge seeded with the same
 * items, a Provider onto it, and a read of the forge's final state in neutral terms. A new provider is
 * done when it passes the suite (suite.test.ts) through its harness.
 */
import type { ItemType } from '../../../src/model/item.js';
import type { Provider } from '../../../src/providers/provider.js';

export interface SeedComment {
  author: string;
  body: string;
  /** ISO 8601. */
  at: string;
  /** ISO 8601: when it was last edited, if it was edited after it was posted. */
  editedAt?: string;
}

/** One item to seed, in neutral terms. Numbers are given so every forge numbers alike. */
export interface SeedItem {
  type: ItemType;
  number: number;
  title: string;
  body?: string;
  state?: 'open' | 'closed';
  /** Why a closed issue was closed (GitHub's default: completed). */
  closedAs?: 'completed' | 'not_planned' | 'duplicate';
  /** With closedAs `duplicate`: the issue it duplicates (GitLab's `/duplicate #N` names one). */
  duplicateOf?: number;
  author?: string;
  labels?: string[];
  /** When each label was applied (defaults to createdAt). */
  labelAppliedAt?: Record<string, string>;
  assignees?: string[];
  milestone?: string | null;
  draft?: boolean;
  locked?: boolean;
  comments?: SeedComment[];
  /** 👍 count. */
  thumbsUp?: number;
  /**
   * Issues: the issue this one is a sub-issue of (seeded earlier). GitHub: a sub-issue; GitLab: a task,
   * a child item of that issue in its work-item hierarchy.
   */
  parent?: number;
  createdAt: string;
  updatedAt: string;
}

export interface Seed {
  /** Repository (GitHub) or project path (GitLab), e.g. "octo/conformance". */
  repository: string;
  items: SeedItem[];
  milestones: string[];
  /** Logins that exist and may be assigned or asked for review. */
  users: string[];
  /**
   * The account Sift runs as, a person's login (a personal token). Default: the forge's bot account
   * for Sift (`sift[bot]` on GitHub and in memory, a project access token's bot user on GitLab).
   */
  actor?: string;
}

/** An item's state on the forge after the run, in neutral terms. */
export interface ForgeItemState {
  state: 'open' | 'closed';
  labels: string[];
  assignees: string[];
  milestone: string | null;
  locked: boolean;
  /** Comment bodies, oldest first. */
  comments: string[];
  /** Requested reviewers (pull requests). */
  reviewers: string[];
}

export interface Forge {
  provider: Provider;
  /** Final state of item `number`, read from the forge's store (not through the provider). */
  state(number: number, type: ItemType): ForgeItemState;
  /** Requests the forge has answered so far (all kinds). */
  requestCount(): number;
  /** Makes the next write to item `number` fail as the forge would for a forbidden write. */
  forbidWrites(number: number): void;
  close(): Promise<void>;
}

export interface ProviderHarness {
  name: string;
  start(seed: Seed): Promise<Forge>;
}

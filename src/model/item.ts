/**
 * The provider-neutral view of an issue or pull request. Every provider maps its own API objects onto
 * this shape; the engine sees nothing else.
 */
export type ItemType = 'issue' | 'pull_request';
export type ItemState = 'open' | 'closed';
export type CloseReason = 'completed' | 'not_planned';
export type LockReason = 'off-topic' | 'too heated' | 'resolved' | 'spam';

export interface Item {
  type: ItemType;
  number: number;
  title: string;
  body: string;
  state: ItemState;
  draft: boolean;
  locked: boolean;
  /** Login of the author. */
  author: string;
  /** GitHub's author association (OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, NONE...). */
  authorAssociation: string;
  labels: string[];
  assignees: string[];
  /** Milestone title, or null when there is none. */
  milestone: string | null;
  /** Number of comments on the item (not counting the description). */
  comments: number;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Link a human can open. */
  url: string;
}

/**
 * Facts that the item listing does not carry and that cost a request per item. The engine asks for
 * them only when a condition cannot be decided without them; the pipeline fetches them once per item.
 */
export interface ItemFacts {
  /** For each label currently on the item: when it was last applied (ISO 8601). */
  labelAppliedAt?: Record<string, string>;
}
export type FactName = keyof ItemFacts;

/**
 * What the store may hold beyond REST's issue fields: a pull request's branches and files, timeline
 * entries only seeding creates (commits, reviews, cross-references, others) and reactions with their
 * authors. Read through this structural view, so the GraphQL side serves them whenever the store
 * records them, and defaults (no files, no extra entries) where it does not.
 */
import type { IssueRecord } from '../store.js';
import type { UserRef } from '../records.js';

export interface StorePull {
  base: string;
  head: string;
  /** `owner/name` of the head branch's repository: a fork when it is not this one. */
  headRepo: string;
  files: string[];
}

/** One seeded timeline entry; which fields are set depends on `event`. */
export interface StoreTimelineEntry {
  event: string;
  at: string;
  /** committed: the git author. */
  author?: string;
  message?: string;
  sha?: string;
  /** reviewed. */
  user?: UserRef;
  state?: string;
  body?: string | null;
  id?: number;
  /** cross-referenced and others. */
  actor?: UserRef;
  /** cross-referenced: the number of the item that mentioned this one. */
  source?: number;
}

export interface StoreReaction {
  id: number;
  content: string;
  user: UserRef;
  created_at: string;
}

interface StoreExtras {
  number: number;
  pull?: StorePull;
  timeline?: StoreTimelineEntry[];
  reactionList?: StoreReaction[];
}

export function extrasOf(record: IssueRecord): StoreExtras {
  const extras: StoreExtras = record;
  return extras;
}

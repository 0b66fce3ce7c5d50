/**
 * An item's history from its notes and resource label events: the timeline the activity clock reads,
 * and when each current label was applied.
 */
import type { ActivityEvent } from '../../model/item.js';
import type { GitLabLabelEvent, GitLabNote, GitLabUser } from './types.js';
/**
 * When each label now on the item was last applied: a label is present if its last event is `add`.
 * GitLab label names are matched case-insensitively here, as the engine matches them.
 */
export declare function labelAppliedAt(events: readonly GitLabLabelEvent[]): Record<string, string>;
/**
 * Notes people wrote are comments; GitLab's system notes are classified by their fixed wording where
 * that is unambiguous, else `other`. Label changes come from the label events only: GitLab stopped
 * writing label system notes when it introduced those events (11.2), and counting both would double them.
 * A comment edited after it was posted (`updated_at` later than `created_at`) adds an `edited` event
 * then, by its author, Sift's when the comment is. `self`: the username Sift runs as, or null when
 * unknown (see `isSiftNote`).
 */
export declare function timeline(notes: readonly GitLabNote[], labelEvents: readonly GitLabLabelEvent[], self?: string | null): ActivityEvent[];
/**
 * Sift's own note: not a system note, carries the marker (`marker`, or any Sift marker), and was
 * written by `self`, the username Sift runs as (null when unknown: none). A person who pastes a marker,
 * or another bot that quotes one, is commenting.
 */
export declare function isSiftNote(note: GitLabNote, self: string | null, marker?: string): boolean;
/** Whether telling Sift's notes from others' needs the username Sift runs as: a note has a marker. */
export declare function needsSelf(notes: readonly GitLabNote[]): boolean;
/**
 * A bot is what GitLab says is one (`bot: true`), never what a name looks like: anyone can register
 * `project_1_bot` or `service_account_x`, and those people's comments are activity like anyone's.
 */
export declare function isBot(user: GitLabUser | null): boolean;

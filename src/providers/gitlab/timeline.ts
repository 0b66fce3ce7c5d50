/**
 * An item's history from its notes and resource label events: the timeline the activity clock reads,
 * and when each current label was applied.
 */
import type { ActivityEvent, ActivityKind } from '../../model/item.js';
import { keyedRecord } from '../../model/records.js';
import type { GitLabLabelEvent, GitLabNote, GitLabUser } from './types.js';

/**
 * When each label now on the item was last applied: a label is present if its last event is `add`.
 * GitLab label names are matched case-insensitively here, as the engine matches them.
 */
export function labelAppliedAt(events: readonly GitLabLabelEvent[]): Record<string, string> {
  const latest = new Map<string, { name: string; at: string } | null>();
  for (const event of chronological(events, (e) => e.created_at)) {
    if (!event.label) continue;
    const key = event.label.name.toLowerCase();
    latest.set(key, event.action === 'add' ? { name: event.label.name, at: event.created_at } : null);
  }
  const applied = keyedRecord<string>();
  for (const entry of latest.values()) if (entry) applied[entry.name] = entry.at;
  return applied;
}

/**
 * Notes people wrote are comments; GitLab's system notes are classified by their fixed wording where
 * that is unambiguous, else `other`. Label changes come from the label events only: GitLab stopped
 * writing label system notes when it introduced those events (11.2), and counting both would double them.
 * A comment edited after it was posted (`updated_at` later than `created_at`) adds an `edited` event
 * then, by its author, Sift's when the comment is. `self`: the username Sift runs as, or null when
 * unknown (see `isSiftNote`).
 */
export function timeline(
  notes: readonly GitLabNote[],
  labelEvents: readonly GitLabLabelEvent[],
  self: string | null = null,
): ActivityEvent[] {
  const events: ActivityEvent[] = [];
  for (const note of notes) {
    const bySift = isSiftNote(note, self);
    events.push({
      kind: note.system ? systemNoteKind(note.body) : 'comment',
      at: note.created_at,
      ...actorOf(note.author),
      ...(bySift ? { bySift } : {}),
    });
    if (!note.system && note.updated_at && Date.parse(note.updated_at) > Date.parse(note.created_at)) {
      events.push({
        kind: 'edited',
        at: note.updated_at,
        ...actorOf(note.author),
        ...(bySift ? { bySift } : {}),
      });
    }
  }
  for (const event of labelEvents) {
    if (!event.label) continue;
    events.push({
      kind: event.action === 'add' ? 'labeled' : 'unlabeled',
      at: event.created_at,
      ...actorOf(event.user),
      label: event.label.name,
    });
  }
  return chronological(events, (e) => e.at);
}

/** The hidden marker of every comment Sift posts (see commentMarker in the executor). */
const SIFT_MARKER = /<!-- sift:rule=[^>]*-->/;

/**
 * Sift's own note: not a system note, carries the marker (`marker`, or any Sift marker), and was
 * written by `self`, the username Sift runs as (null when unknown: none). A person who pastes a marker,
 * or another bot that quotes one, is commenting.
 */
export function isSiftNote(note: GitLabNote, self: string | null, marker?: string): boolean {
  const marked = marker === undefined ? SIFT_MARKER.test(note.body) : note.body.includes(marker);
  if (note.system || !marked || !note.author) return false;
  return self !== null && note.author.username.toLowerCase() === self.toLowerCase();
}

/** Whether telling Sift's notes from others' needs the username Sift runs as: a note has a marker. */
export function needsSelf(notes: readonly GitLabNote[]): boolean {
  return notes.some((n) => !n.system && SIFT_MARKER.test(n.body) && n.author !== null);
}

const SYSTEM_NOTES: readonly [RegExp, ActivityKind][] = [
  [/^closed\b/i, 'closed'],
  [/^merged\b/i, 'closed'],
  [/^reopened\b/i, 'reopened'],
  [/^locked\b/i, 'locked'],
  [/^unlocked\b/i, 'unlocked'],
  [/^assigned to\b/i, 'assigned'],
  [/^unassigned\b/i, 'unassigned'],
  [/^(changed|removed) milestone\b/i, 'milestoned'],
  [/^added \d+ (new )?commits?\b/i, 'commit'],
  [/^changed (the )?(description|title)\b/i, 'edited'],
  [/^approved this merge request\b/i, 'review'],
];

function systemNoteKind(body: string): ActivityKind {
  return SYSTEM_NOTES.find(([pattern]) => pattern.test(body.trim()))?.[1] ?? 'other';
}

/**
 * A bot is what GitLab says is one (`bot: true`), never what a name looks like: anyone can register
 * `project_1_bot` or `service_account_x`, and those people's comments are activity like anyone's.
 */
export function isBot(user: GitLabUser | null): boolean {
  return user?.bot === true;
}

function actorOf(user: GitLabUser | null): { actor: string; actorIsBot: boolean } {
  // A deleted account shows as null; GitLab attributes its content to "ghost".
  return { actor: user?.username ?? 'ghost', actorIsBot: isBot(user) };
}

/** Oldest first; stable, so same-instant entries keep the API's order. */
function chronological<T>(list: readonly T[], at: (x: T) => string): T[] {
  return [...list].sort((a, b) => Date.parse(at(a)) - Date.parse(at(b)));
}

/**
 * Planned changes: what the engine decides and the executor applies. A plan holds only real changes
 * against the item as listed (adding a label it already has is not planned).
 */
import type { Reaction } from './commands.js';
import type { CloseReason, ItemType, LockReason } from './item.js';
import type { ProjectRef } from './projects.js';
/** One field of a project item set to a value (see Change `project`). */
export interface ProjectFieldChange {
    name: string;
    value: string;
}
export type Change = {
    kind: 'label';
    labels: string[];
} | {
    kind: 'unlabel';
    labels: string[];
}
/**
 * `marker` identifies the rule's own comment, so a rerun edits it instead of posting again.
 * `since` (ISO 8601) starts the comment's cycle: the item's last human activity. An earlier comment
 * with the marker counts as "already said" only if it was posted at or after `since` (inCycle); an older one belongs
 * to an earlier cycle (a human answered since), so a new comment is posted and the old one kept.
 * Absent: any earlier comment counts (a check's comment is a status, edited in place).
 */
 | {
    kind: 'comment';
    body: string;
    marker: string;
    since?: string;
} | {
    kind: 'close';
    reason: CloseReason;
} | {
    kind: 'reopen';
} | {
    kind: 'lock';
    reason: LockReason | null;
} | {
    kind: 'unlock';
} | {
    kind: 'assign';
    logins: string[];
} | {
    kind: 'unassign';
    logins: string[];
} | {
    kind: 'milestone';
    title: string | null;
} | {
    kind: 'request-review';
    logins: string[];
} | {
    kind: 'issue-type';
    name: string | null;
}
/**
 * Delete the pull request's head branch. The forge decides at apply time whether it may (same
 * repository, not the default branch, not protected); a branch it keeps is reported, not a failure.
 */
 | {
    kind: 'delete-branch';
}
/**
 * Adds the item to a GitHub project (v2) when `add`, then sets these fields (names and values as the
 * project spells them; an iteration by title). One write for the add and one per field.
 */
 | {
    kind: 'project';
    project: ProjectRef;
    add: boolean;
    fields: ProjectFieldChange[];
}
/**
 * Sift's answer to a comment with commands: `+1` when all ran, `confused` when one was refused. It
 * marks the comment as answered, so it comes after that comment's other changes: a run cut off
 * before it reruns the commands, which find their work done and change nothing.
 */
 | {
    kind: 'react';
    commentId: string;
    content: Reaction;
};
export interface ItemRef {
    type: ItemType;
    number: number;
    title: string;
    url: string;
}
/** The changes one rule plans for one item, in the order the rule lists them. */
export interface RuleChanges {
    rule: string;
    changes: Change[];
    /** The changes answer a command in a comment, not a rule (`rule` is then `/name`). */
    command?: CommandAsked;
}
/** Who asked for what in a comment, and whether Sift refused it. */
export interface CommandAsked {
    /** The commenter's login. */
    by: string;
    /** The command line as written (trimmed, cut at 200 characters); empty for the comment's answer. */
    line: string;
    commentId: string;
    /** Why Sift refused it; absent when it ran. */
    refused?: string;
}
export interface ItemPlan {
    item: ItemRef;
    rules: RuleChanges[];
}

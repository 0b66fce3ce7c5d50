/**
 * Commands in comments (`/label bug`, `/sift assign @me`): the rules file's `commands:` section as the
 * config layer compiles it, and the comments the providers read for them. The engine decides, from
 * these alone, what each comment's commands do and whether its author may run them.
 */
import type { ActionSpec, Duration, SourcePos } from './rules.js';
/** The commands Sift knows without a `then:` (each runs only when the rules file lists it). */
export declare const BUILTIN_COMMANDS: readonly ["label", "unlabel", "assign", "unassign", "close", "reopen", "milestone", "request-review", "lock", "unlock", "type"];
export type BuiltinCommand = (typeof BUILTIN_COMMANDS)[number];
/** Who may run a command, and what it may touch. */
export interface CommandAllow {
    /** The comment's author association is one of these (upper case). */
    association: string[];
    /** The item's author may run it too. */
    author: boolean;
    /**
     * Whom assign, unassign and request-review may name: globs of logins, or `self` (only the commenter).
     * Absent: anyone.
     */
    logins?: string[] | 'self';
    /** Which labels label and unlabel may add or remove (globs, case-insensitive). Absent: any. */
    labels?: string[];
}
export interface CommandSpec {
    /** Lower case, as written after `/` (`label`, `needs-info`). */
    name: string;
    allow: CommandAllow;
    /** A command of the rules file's own: its actions, as a rule's. Absent for a built-in command. */
    then?: ActionSpec[];
    pos: SourcePos;
}
export interface CommandSettings {
    commands: CommandSpec[];
    /** How far back a sweep looks for comments with unanswered commands (`commands-since`, default 7d). */
    since: Duration;
}
export declare const DEFAULT_COMMANDS_SINCE: Duration;
/** The most commands one comment runs; later ones are refused and said so. */
export declare const MAX_COMMANDS_PER_COMMENT = 10;
/**
 * A comment as the commands need it: its text, who wrote it with what standing, and whether Sift has
 * answered it already (its own `+1` or `confused` reaction, GitLab's `thumbsup` or `confused` award).
 */
export interface CommandComment {
    id: string;
    /** Login. */
    author: string;
    /** The forge says the author is a bot: bots never run commands. */
    authorIsBot: boolean;
    /**
     * GitHub's `author_association` of the comment; on GitLab the member's access level mapped onto it
     * (Owner OWNER, Maintainer MEMBER, Developer COLLABORATOR, Reporter or Guest CONTRIBUTOR, else NONE).
     */
    association: string;
    body: string;
    /** ISO 8601. */
    createdAt: string;
    /** Sift reacted to it: it never runs again (not on a rerun, a sweep, or after an edit). */
    answered: boolean;
}
/** Sift's answer to a comment: GitHub's reaction content (GitLab: thumbsup, confused). */
export type Reaction = '+1' | 'confused';

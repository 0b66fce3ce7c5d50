/**
 * Commands in comments: which of a comment's command lines run, who may run them, and what they
 * change. Pure like the rest of the engine: the comments (with their author's standing and whether
 * Sift answered them) are facts the providers read; the changes go through the projection, so the
 * rules that run after them on the same item see what they did.
 */
import { type CommandComment, type CommandSettings } from '../model/commands.js';
import type { Change, RuleChanges } from '../model/plan.js';
import { type Projection } from './projection.js';
/** Where an item's command comments come from: every unanswered one (sweep) or the event's one. */
export interface CommandScope {
    /** ISO 8601: comments created before this are not read for commands. */
    since: string;
    /** Only this comment (an `issue_comment.created` event's). */
    commentId?: string;
}
/**
 * Which comments of the item a run reads for commands, or null when it reads none: the rules file
 * has no commands, the run is an event other than a new comment, or nothing happened on the item
 * within `commands-since` (a new comment moves the item's `updatedAt`).
 */
export declare function commandScope(settings: CommandSettings | undefined, updatedAt: string, now: Date, event?: {
    name: string;
    action?: string;
    commentId?: string;
}): CommandScope | null;
/**
 * Runs the listed commands of the unanswered comments, oldest first, against the projection, and
 * answers each comment that held one: `+1` when all ran, `confused` and one reply naming the refused
 * ones and why. Bots' comments and answered comments run nothing and get no answer.
 */
export declare function planCommands(p: Projection, comments: readonly CommandComment[], settings: CommandSettings): RuleChanges[];
/**
 * What the commands Sift would run name, so the pipeline can ask the forge before planning: the
 * logins `/assign` and `/request-review` name (unknown ones are refused, not written) and the
 * milestone titles `/milestone` names. Only unanswered comments by people, only built-in commands.
 */
export declare function namedInCommands(comments: readonly CommandComment[], settings: CommandSettings): {
    logins: string[];
    milestones: string[];
};
/** The reply naming each refused command and why, and the 😕 that answers the comment. */
export declare function refusalAnswer(author: string, commentId: string, refused: readonly {
    line: string;
    why: string;
}[]): Change[];

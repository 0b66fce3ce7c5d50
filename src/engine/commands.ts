/**
 * Commands in comments: which of a comment's command lines run, who may run them, and what they
 * change. Pure like the rest of the engine: the comments (with their author's standing and whether
 * Sift answered them) are facts the providers read; the changes go through the projection, so the
 * rules that run after them on the same item see what they did.
 */
import {
  MAX_COMMANDS_PER_COMMENT,
  type CommandComment,
  type CommandSettings,
  type CommandSpec,
} from '../model/commands.js';
import { ISSUE_CLOSE_REASONS, type IssueCloseReason, type LockReason } from '../model/item.js';
import type { Change, RuleChanges } from '../model/plan.js';
import type { ActionSpec } from '../model/rules.js';
import { quoteValue } from '../model/template.js';
import { applyActionList } from './changes.js';
import { commandLines, splitArgs, type CommandLine } from './command-lines.js';
import { globMatcher } from './matchers.js';
import { findIgnoringCase, type Projection } from './projection.js';

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
export function commandScope(
  settings: CommandSettings | undefined,
  updatedAt: string,
  now: Date,
  event?: { name: string; action?: string; commentId?: string },
): CommandScope | null {
  if (settings === undefined || settings.commands.length === 0) return null;
  const since = new Date(now.getTime() - settings.since).toISOString();
  if (event !== undefined) {
    const commentEvent = event.name === 'issue_comment' || event.name === 'discussion_comment';
    if (!commentEvent || event.action !== 'created' || event.commentId === undefined) return null;
    return { since, commentId: event.commentId };
  }
  return Date.parse(updatedAt) < Date.parse(since) ? null : { since };
}

/**
 * Runs the listed commands of the unanswered comments, oldest first, against the projection, and
 * answers each comment that held one: `+1` when all ran, `confused` and one reply naming the refused
 * ones and why. Bots' comments and answered comments run nothing and get no answer.
 */
export function planCommands(
  p: Projection,
  comments: readonly CommandComment[],
  settings: CommandSettings,
): RuleChanges[] {
  const byName = new Map(settings.commands.map((c) => [c.name, c]));
  const out: RuleChanges[] = [];
  const ordered = [...comments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  for (const comment of ordered) {
    if (comment.answered || comment.authorIsBot) continue;
    const lines = commandLines(comment.body).filter((l) => byName.has(l.name));
    if (lines.length === 0) continue;
    const refused: { line: string; why: string }[] = [];
    lines.forEach((line, index) => {
      const spec = byName.get(line.name)!;
      const asked = { by: comment.author, line: cut(line.line), commentId: comment.id };
      const why =
        index >= MAX_COMMANDS_PER_COMMENT
          ? `only the first ${MAX_COMMANDS_PER_COMMENT} commands of a comment run`
          : refusal(spec, comment, p);
      const decided = why ?? decide(spec, line, comment, p);
      if (typeof decided === 'string') {
        refused.push({ line: asked.line, why: decided });
        out.push({ rule: `/${line.name}`, changes: [], command: { ...asked, refused: decided } });
        return;
      }
      const source = { id: `/${spec.name}`, marker: `command-${comment.id}-${spec.name}`, cycle: false };
      const changes = applyActionList(decided, { ...source, commenter: comment.author }, p);
      out.push({ rule: `/${line.name}`, changes, command: asked });
    });
    out.push({
      rule: 'commands',
      changes: answer(comment, refused),
      command: { by: comment.author, line: '', commentId: comment.id },
    });
  }
  return out;
}

/** Why the commenter may not run the command at all, or undefined when they may. */
function refusal(spec: CommandSpec, comment: CommandComment, p: Projection): string | undefined {
  const { allow } = spec;
  if (allow.association.includes(comment.association.toUpperCase())) return undefined;
  if (allow.author && comment.author.toLowerCase() === p.item.author.toLowerCase()) return undefined;
  const who = [
    ...(allow.association.length > 0 ? [`association ${allow.association.join(', ')}`] : []),
    ...(allow.author ? [`the ${itemWord(p)}'s author`] : []),
  ];
  return `not allowed for you (it needs ${who.join(' or ')}; yours is ${comment.association.toUpperCase()})`;
}

/** What a discussion lacks for each built-in command that cannot run on one. */
const DISCUSSION_LACKS: Record<string, string> = {
  assign: 'assignees',
  unassign: 'assignees',
  milestone: 'milestone',
  'request-review': 'reviewers',
  type: 'issue type',
};

/** The actions a command line asks for, or why they are refused. */
function decide(
  spec: CommandSpec,
  line: CommandLine,
  comment: CommandComment,
  p: Projection,
): ActionSpec[] | string {
  if (spec.then !== undefined) return spec.then;
  const args = splitArgs(line.args);
  const type = p.item.type;
  if (type === 'discussion' && !['label', 'unlabel', 'close', 'reopen', 'lock', 'unlock'].includes(spec.name))
    return `discussions have no ${DISCUSSION_LACKS[spec.name] ?? spec.name}`;
  switch (spec.name) {
    case 'label':
    case 'unlabel': {
      const labels = args.map((a) => a.replace(/^~/, ''));
      if (labels.length === 0) return 'it names no label';
      const outside = spec.allow.labels && labels.filter((l) => !globMatcher(spec.allow.labels!).test(l));
      if (outside && outside.length > 0) {
        return `${quotedList('label', outside)} not allowed for /${spec.name} (allowed: ${spec.allow.labels!.join(', ')})`;
      }
      // Only labels the repository has: a forge would create a typo as a new label, or refuse it.
      const known = p.facts.repositoryLabels;
      const missing =
        spec.name === 'label' && known ? labels.filter((l) => findIgnoringCase(known, l) === undefined) : [];
      if (missing.length > 0) return `no such label: ${missing.map((l) => `"${l}"`).join(', ')}`;
      return [{ kind: spec.name, labels }];
    }
    case 'assign':
    case 'unassign':
    case 'request-review': {
      const logins = loginsOf(spec.name, args, comment.author);
      if (logins.length === 0) return 'it names no one';
      if (spec.name === 'request-review' && type !== 'pull_request')
        return 'only pull requests have reviewers';
      const allowed = spec.allow.logins;
      if (allowed === 'self') {
        const others = logins.filter((l) => l.toLowerCase() !== comment.author.toLowerCase());
        if (others.length > 0) return `you may only name yourself (@me) with /${spec.name}`;
      } else if (allowed !== undefined) {
        const outside = logins.filter((l) => !globMatcher(allowed).test(l));
        if (outside.length > 0) return `${quotedList('login', outside)} not allowed for /${spec.name}`;
      }
      const unknown = new Set(p.facts.unknownUsers ?? []);
      const strangers = spec.name === 'unassign' ? [] : logins.filter((l) => unknown.has(l.toLowerCase()));
      if (strangers.length > 0)
        return `unknown ${strangers.length === 1 ? 'user' : 'users'}: ${strangers.map((l) => `"${l}"`).join(', ')} (no one by that name can be ${spec.name === 'assign' ? 'assigned' : 'asked for review'} here)`;
      return [{ kind: spec.name, logins }];
    }
    case 'close':
      return closeActions(args, p);
    case 'reopen':
    case 'unlock':
      return [{ kind: spec.name }];
    case 'lock': {
      const reason = line.args.toLowerCase().replace(/[_-]/g, ' ');
      if (reason === '') return [{ kind: 'lock', reason: null }];
      if (!LOCK_REASONS.includes(reason as LockReason))
        return `unknown lock reason (use ${LOCK_REASONS.join(', ')})`;
      return [{ kind: 'lock', reason: reason as LockReason }];
    }
    case 'milestone': {
      const title = milestoneOf(line);
      if (title === '') return 'it names no milestone (use `none` to clear it)';
      if (title === null) return [{ kind: 'milestone', title: null }];
      const milestones = p.facts.repositoryMilestones;
      if (milestones && !milestones.includes(title)) return `no such milestone: "${title}"`;
      return [{ kind: 'milestone', title }];
    }
    case 'type': {
      if (type !== 'issue') return 'only issues have a type';
      const name = line.args.replace(/^"(.*)"$/, '$1');
      if (name === '') return 'it names no type (use `none` to clear it)';
      return [{ kind: 'issue-type', name: name.toLowerCase() === 'none' ? null : name }];
    }
  }
  return `/${spec.name} is not a built-in command and has no \`then\``;
}

const LOCK_REASONS: readonly LockReason[] = ['off-topic', 'too heated', 'resolved', 'spam'];

/** The logins an assign, unassign or request-review line names; `@me` (and none, but to review) is the commenter. */
function loginsOf(command: string, args: readonly string[], commenter: string): string[] {
  const named = args.map((a) => a.replace(/^@/, ''));
  return (named.length === 0 && command !== 'request-review' ? ['me'] : named).map((l) =>
    l.toLowerCase() === 'me' ? commenter : l,
  );
}

/** The milestone a `/milestone` line names: null for `none`, '' for nothing. */
function milestoneOf(line: CommandLine): string | null {
  const title = line.args.replace(/^%/, '').replace(/^"(.*)"$/, '$1');
  return title.toLowerCase() === 'none' ? null : title;
}

/**
 * What the commands Sift would run name, so the pipeline can ask the forge before planning: the
 * logins `/assign` and `/request-review` name (unknown ones are refused, not written) and the
 * milestone titles `/milestone` names. Only unanswered comments by people, only built-in commands.
 */
export function namedInCommands(
  comments: readonly CommandComment[],
  settings: CommandSettings,
): { logins: string[]; milestones: string[] } {
  const byName = new Map(settings.commands.map((c) => [c.name, c]));
  const logins = new Set<string>();
  const milestones = new Set<string>();
  for (const comment of comments) {
    if (comment.answered || comment.authorIsBot) continue;
    for (const line of commandLines(comment.body)) {
      const spec = byName.get(line.name);
      if (!spec || spec.then !== undefined) continue;
      if (spec.name === 'assign' || spec.name === 'request-review')
        for (const login of loginsOf(spec.name, splitArgs(line.args), comment.author)) logins.add(login);
      if (spec.name === 'milestone') {
        const title = milestoneOf(line);
        if (title) milestones.add(title);
      }
    }
  }
  return { logins: [...logins], milestones: [...milestones] };
}

/** `/close`, `/close not_planned`, `/close duplicate #12` (says so in a comment, which links it). */
function closeActions(args: string[], p: Projection): ActionSpec[] | string {
  const [first = 'completed', ...rest] = args.map((a) => a.toLowerCase());
  if (p.item.type === 'discussion') {
    if (first === 'completed') return [{ kind: 'close', reason: 'resolved' }];
    if (first === 'resolved' || first === 'outdated') return [{ kind: 'close', reason: first }];
  }
  const reason = first.replace('-', '_');
  if ((ISSUE_CLOSE_REASONS as readonly string[]).includes(reason) && rest.length === 0) {
    return [{ kind: 'close', reason: reason as IssueCloseReason }];
  }
  if (reason === 'duplicate') {
    const target = /^#?(\d+)$/.exec(rest.join(''));
    if (!target) return 'it names no item: write /close duplicate #NUMBER';
    if (Number(target[1]) === p.item.number) return `#${target[1]} is this ${itemWord(p)} itself`;
    // GitHub links and marks the duplicate from a comment that says "Duplicate of #N"; GitLab links it.
    return [
      { kind: 'comment', template: `Duplicate of #${target[1]}` },
      { kind: 'close', reason: p.item.type === 'discussion' ? 'duplicate' : 'not_planned' },
    ];
  }
  return `unknown close reason (use completed, not_planned or duplicate #NUMBER)`;
}

/** The comment's answer: its reaction, and the reply that names the refused commands and why. */
function answer(comment: CommandComment, refused: { line: string; why: string }[]): Change[] {
  if (refused.length === 0) return [{ kind: 'react', commentId: comment.id, content: '+1' }];
  return refusalAnswer(comment.author, comment.id, refused);
}

/** The reply naming each refused command and why, and the 😕 that answers the comment. */
export function refusalAnswer(
  author: string,
  commentId: string,
  refused: readonly { line: string; why: string }[],
): Change[] {
  const list = refused.map((r) => `- \`${inert(r.line)}\`: ${inert(r.why)}`).join('\n');
  const body =
    `@${author} Sift did not run ${refused.length === 1 ? 'this command' : 'these commands'}:\n\n` + list;
  return [
    { kind: 'comment', body, marker: `command-answer-${commentId}` },
    { kind: 'react', commentId, content: 'confused' },
  ];
}

/** A commenter's text made inert in Sift's reply: no mention, no quick action, no code span break. */
function inert(text: string): string {
  return quoteValue(text.replace(/`/g, "'"), false);
}

function cut(line: string): string {
  return line.length <= 200 ? line : `${line.slice(0, 199)}…`;
}

function quotedList(noun: string, values: string[]): string {
  const quoted = values.map((v) => `"${v}"`).join(', ');
  return values.length === 1 ? `${noun} ${quoted} is` : `${noun}s ${quoted} are`;
}

function itemWord(p: Projection): string {
  return p.item.type === 'pull_request' ? 'pull request' : p.item.type;
}

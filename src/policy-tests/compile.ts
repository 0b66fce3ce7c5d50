/**
 * Turns a validated tests file into tests: fixture items in the model the providers produce (an Item
 * and the facts the engine asks for), expectations checked against the rules file's ids. Every problem
 * is reported with its position, as for the rules file.
 */
import { CompileContext } from '../config/context.js';
import type { ConfigProblem } from '../config/errors.js';
import type { DataPath, SourceLocator } from '../config/positions.js';
import { compileRegex } from '../config/regex.js';
import { isPlainMap, toList, type OneOrMany } from '../config/raw.js';
import { nearest } from '../config/suggest.js';
import type { ShapeProblem } from '../config/validate.js';
import { commandLines, commandScope, RULE_EVENTS, type Trigger } from '../engine/index.js';
import type { CommandComment } from '../model/commands.js';
import type {
  ActivityEvent,
  ActivityKind,
  CheckState,
  CloseReason,
  Item,
  ItemFacts,
  ItemType,
  LinkedItem,
  ReviewVerdictOf,
  RuleComment,
} from '../model/item.js';
import type { RuleSet } from '../model/rules.js';
import { parseTestDate } from './dates.js';
import { structureFacts } from './structure-fixtures.js';
import { compileExpectedProject, projectDefinitions, projectFacts } from './project-fixtures.js';
import { compileModelFixture, compileSimilarFixture } from './model-fixtures.js';
import type { Expected, ExpectedChange, PolicyTest, PolicyTestFile, RuleExpectation } from './types.js';

export interface CompiledTests {
  tests: PolicyTestFile;
  problems: ConfigProblem[];
}

type Raw = Record<string, unknown>;

/** What every Sift comment carries; a bot's comment holding it is Sift's own (see the memory provider). */
const SIFT_MARKER = '<!-- sift:rule=';

export function compileTests(
  data: unknown,
  shapeProblems: readonly ShapeProblem[],
  locator: SourceLocator,
  rules: RuleSet,
  realNow: number,
): CompiledTests {
  const ctx = new CompileContext(locator, shapeProblems);
  const root = isPlainMap(data) ? data : {};
  let now = realNow;
  const fixedNow = typeof root.now === 'string' && ctx.isSound(['now']);
  if (fixedNow) now = dateAt(root.now as string, ['now'], ctx, realNow, Infinity) ?? realNow;
  const file: PolicyTestFile = {
    file: locator.file,
    now,
    fixedNow,
    projects: projectDefinitions(root.projects),
    tests: [],
  };
  const rawTests = Array.isArray(root.tests) ? (root.tests as unknown[]) : [];
  rawTests.forEach((raw, index) => {
    if (!isPlainMap(raw)) return;
    const path = ['tests', index];
    const test = compileTest(raw, path, index, ctx, rules, now);
    if (test) file.tests.push(test);
  });
  return { tests: file, problems: ctx.problems };
}

function compileTest(
  raw: Raw,
  path: DataPath,
  index: number,
  ctx: CompileContext,
  rules: RuleSet,
  now: number,
): PolicyTest | undefined {
  const name = typeof raw.name === 'string' ? raw.name : `test ${index + 1}`;
  const trigger = compileTrigger(raw.event, [...path, 'event'], ctx);
  const item = isPlainMap(raw.item)
    ? compileItem(raw.item, [...path, 'item'], index, name, ctx, now)
    : undefined;
  const expect = isPlainMap(raw.expect) ? compileExpect(raw.expect, [...path, 'expect'], ctx, rules) : [];
  if (!item || trigger === undefined) return undefined;
  const answers = compileModelFixture(raw.model, [...path, 'model'], ctx, rules);
  if (answers) item.facts.answers = answers;
  const similar = compileSimilarFixture(raw.similar, item.item);
  if (similar) item.facts.similar = similar;
  const siftComments = compileSiftComments(raw['sift-comments'], [...path, 'sift-comments'], ctx, now);
  if (siftComments) item.facts.ruleComments = siftComments;
  const commands = commandFacts(raw.item as Raw, item.item, rules, trigger, now);
  if (commands) item.facts.commands = commands;
  return { name, pos: ctx.locator.valuePos(path), trigger, expect, ...item };
}

/**
 * The item's comments with commands, as a provider reads them for the test's run: in a sweep, those
 * created within `commands-since`; on `issue_comment.created`, the item's last comment (the event's);
 * on other events, none. Each is `comment-N` (its place in the list), `association` NONE unless given.
 */
function commandFacts(
  raw: Raw,
  item: Item,
  rules: RuleSet,
  trigger: Trigger,
  now: number,
): CommandComment[] | undefined {
  const list = Array.isArray(raw.comments) ? (raw.comments as unknown[]) : [];
  const eventId = `comment-${list.length}`;
  const event = trigger === 'sweep' ? undefined : { ...trigger, commentId: eventId };
  const scope = commandScope(rules.commands, item.updatedAt, new Date(now), event);
  if (scope === null) return undefined;
  return list.flatMap((c, i): CommandComment[] => {
    if (!isPlainMap(c) || typeof c.author !== 'string' || typeof c.at !== 'string') return [];
    const at = parseTestDate(c.at, now);
    const body = typeof c.body === 'string' ? c.body : '';
    if (!at.ok || at.at < Date.parse(scope.since) || commandLines(body).length === 0) return [];
    const id = `comment-${i + 1}`;
    if (scope.commentId !== undefined && id !== scope.commentId) return [];
    return [
      {
        id,
        author: c.author,
        authorIsBot: c.bot === true || c.author.endsWith('[bot]'),
        association:
          typeof c.association === 'string'
            ? c.association.toUpperCase()
            : c.author === item.author
              ? item.authorAssociation
              : 'NONE',
        body,
        createdAt: iso(at.at),
        answered: c.answered === true,
      },
    ];
  });
}

function compileTrigger(value: unknown, path: DataPath, ctx: CompileContext): Trigger | undefined {
  if (value === undefined) return 'sweep';
  if (typeof value !== 'string' || !ctx.isSound(path)) return undefined;
  const [name, action] = value.split('.');
  if (!(RULE_EVENTS as readonly string[]).includes(name)) {
    const guess = nearest(name, RULE_EVENTS);
    ctx.report(
      path,
      `unknown event "${name}"${guess ? `; did you mean "${guess}"?` : ''} (events: ${RULE_EVENTS.join(', ')})`,
    );
    return undefined;
  }
  return action === undefined ? { name } : { name, action };
}

function compileItem(
  raw: Raw,
  path: DataPath,
  index: number,
  name: string,
  ctx: CompileContext,
  now: number,
): { item: Item; facts: ItemFacts } | undefined {
  const at = (key: string) =>
    typeof raw[key] === 'string' ? dateAt(raw[key], [...path, key], ctx, now) : undefined;
  const type: ItemType = raw.type === 'pull_request' || raw.type === 'discussion' ? raw.type : 'issue';
  const timeline = compileTimeline(raw, path, ctx, now);
  const times = timeline.map((e) => Date.parse(e.at));
  const created = at('created') ?? (times.length > 0 ? Math.min(...times) : now);
  // Every comment and event but a reaction moves a forge's `updated`, so none can come after it.
  const bumps = timeline.filter((e) => e.kind !== 'reaction').map((e) => Date.parse(e.at));
  const newest = Math.max(created, ...bumps);
  const updated = at('updated') ?? newest;
  if (updated < created) ctx.report([...path, 'updated'], '"updated" is before "created"');
  else if (updated < newest)
    ctx.report(
      [...path, 'updated'],
      `"updated" is before the item's newest comment or event (${iso(newest)}), which would have moved it`,
    );
  const closedGiven = at('closed');
  const state = raw.state === 'closed' ? 'closed' : 'open';
  if (closedGiven !== undefined && state !== 'closed')
    ctx.report([...path, 'closed'], 'an open item has no "closed" date; add `state: closed` or remove it');
  const number = typeof raw.number === 'number' ? raw.number : index + 1;
  const reactions = typeof raw.reactions === 'number' ? raw.reactions : 0;
  const thumbsUp = typeof raw['thumbs-up'] === 'number' ? raw['thumbs-up'] : 0;
  if (thumbsUp > reactions && raw.reactions !== undefined)
    ctx.report(
      [...path, 'thumbs-up'],
      `"thumbs-up" (${thumbsUp}) is more than "reactions" (${reactions}), which counts them too`,
    );
  const reactionEvents = timeline.filter((e) => e.kind === 'reaction');
  const item: Item = {
    type,
    number,
    title: typeof raw.title === 'string' ? raw.title : name,
    body: typeof raw.body === 'string' ? raw.body : '',
    state,
    draft: raw.draft === true,
    locked: raw.locked === true,
    author: typeof raw.author === 'string' ? raw.author : 'octocat',
    authorAssociation: typeof raw['author-association'] === 'string' ? raw['author-association'] : 'NONE',
    labels: strings(raw.labels),
    assignees: strings(raw.assignees),
    milestone: typeof raw.milestone === 'string' && raw.milestone !== '' ? raw.milestone : null,
    comments: Array.isArray(raw.comments) ? raw.comments.length : 0,
    // The reactions listed as events are counted too, as a forge counts every reaction it lists.
    reactions: { total: Math.max(reactions, thumbsUp, reactionEvents.length), thumbsUp },
    createdAt: iso(created),
    updatedAt: iso(updated),
    closedAt: state === 'closed' ? iso(closedGiven ?? updated) : null,
    closedAs: null,
    url: `https://github.com/sift/tests/${URL_PATHS[type]}/${number}`,
  };
  if (type === 'discussion') {
    item.discussion = {
      category: typeof raw.category === 'string' ? raw.category : 'General',
      answered: raw.answered === true,
    };
  }
  checkFields(raw, path, type, ctx);
  // An item on which nothing is listed had nothing happen: the timeline is always known, and so are
  // the reactions (the clock reads them apart, when the rules count them).
  const facts: ItemFacts = {
    timeline: timeline.filter((e) => e.kind !== 'reaction'),
    reactions: reactionEvents,
  };
  // As on a forge, an issue's type is always known (absent: none); a pull request has none.
  if (raw['issue-type'] !== undefined && raw['issue-type'] !== null && type !== 'issue')
    ctx.report([...path, 'issue-type'], 'pull requests have no issue type; remove it or set `type: issue`');
  facts.issueType =
    type === 'issue' && typeof raw['issue-type'] === 'string' && raw['issue-type'] !== ''
      ? raw['issue-type']
      : null;
  if (Array.isArray(raw.files)) facts.files = strings(raw.files);
  if (typeof raw.base === 'string' && typeof raw.head === 'string')
    facts.branches = { base: raw.base, head: raw.head, fork: raw.fork === true };
  Object.assign(facts, compilePullState(raw, path, type, ctx, now));
  if (Array.isArray(raw.linked))
    facts.linked = compileLinked(raw.linked, [...path, 'linked'], type, ctx, now);
  Object.assign(facts, structureFacts(raw, path, type, ctx));
  facts.projects = projectFacts(raw, path, type, ctx);
  return { item, facts };
}

const URL_PATHS: Record<ItemType, string> = {
  issue: 'issues',
  pull_request: 'pull',
  discussion: 'discussions',
};

/** Fields the item's type does not have, reported where they are written. */
function checkFields(raw: Raw, path: DataPath, type: ItemType, ctx: CompileContext): void {
  for (const key of ['files', 'base', 'head', 'fork', ...PULL_STATE_KEYS] as const) {
    if (raw[key] !== undefined && type !== 'pull_request')
      ctx.report([...path, key], `"${key}" is a pull request's; add \`type: pull_request\` or remove it`);
  }
  for (const key of ['category', 'answered'] as const) {
    if (raw[key] !== undefined && type !== 'discussion')
      ctx.report([...path, key], `"${key}" is a discussion's; add \`type: discussion\` or remove it`);
  }
  if (type !== 'discussion') return;
  for (const key of ['draft', 'assignees', 'milestone', 'linked'] as const) {
    if (raw[key] !== undefined) ctx.report([...path, key], `a discussion has no "${key}"; remove it`);
  }
}

function compileTimeline(raw: Raw, path: DataPath, ctx: CompileContext, now: number): ActivityEvent[] {
  const events: ActivityEvent[] = [];
  const list = (key: string) => (Array.isArray(raw[key]) ? (raw[key] as unknown[]) : []);
  list('comments').forEach((c, i) => {
    if (!isPlainMap(c) || typeof c.author !== 'string' || typeof c.at !== 'string') return;
    const at = dateAt(c.at, [...path, 'comments', i, 'at'], ctx, now);
    if (at === undefined) return;
    const bot = c.bot === true || c.author.endsWith('[bot]');
    const bySift = bot && typeof c.body === 'string' && c.body.includes(SIFT_MARKER);
    events.push({
      kind: 'comment',
      at: iso(at),
      actor: c.author,
      actorIsBot: bot,
      ...(typeof c.association === 'string' ? { association: c.association } : {}),
      ...(bySift ? { bySift } : {}),
    });
  });
  list('events').forEach((e, i) => {
    if (
      !isPlainMap(e) ||
      typeof e.event !== 'string' ||
      typeof e.actor !== 'string' ||
      typeof e.at !== 'string'
    )
      return;
    const at = dateAt(e.at, [...path, 'events', i, 'at'], ctx, now);
    if (at === undefined) return;
    const labelled = e.event === 'labeled' || e.event === 'unlabeled';
    if (labelled && typeof e.label !== 'string')
      ctx.report([...path, 'events', i], `a ${e.event} event needs "label"`);
    events.push({
      kind: e.event as ActivityKind,
      at: iso(at),
      actor: e.actor,
      actorIsBot: e.bot === true || e.actor.endsWith('[bot]'),
      ...(typeof e.label === 'string' ? { label: e.label } : {}),
      ...(typeof e.association === 'string' ? { association: e.association } : {}),
    });
  });
  // Oldest first, as providers give it; a stable sort keeps same-time entries as written.
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** A pull request's state in a fixture; each fact is given only when one of its keys is written. */
const PULL_STATE_KEYS = [
  'mergeable',
  'lines',
  'changed-files',
  'requested-reviewers',
  'pushed',
  'reviews',
  'required-approvals',
  'checks',
] as const;

/** The head commit of a fixture, and the older one a review before the last push was given on. */
const HEAD = 'head';
const EARLIER = 'earlier';

function compilePullState(
  raw: Raw,
  path: DataPath,
  type: ItemType,
  ctx: CompileContext,
  now: number,
): Pick<ItemFacts, 'pull' | 'reviews' | 'checks'> {
  if (type !== 'pull_request') return {};
  const facts: Pick<ItemFacts, 'pull' | 'reviews' | 'checks'> = {};
  const pushed =
    typeof raw.pushed === 'string' ? dateAt(raw.pushed, [...path, 'pushed'], ctx, now) : undefined;
  if (
    ['mergeable', 'lines', 'changed-files', 'requested-reviewers', 'pushed'].some((k) => raw[k] !== undefined)
  ) {
    facts.pull = {
      mergeable: raw.mergeable === 'unknown' ? null : raw.mergeable !== false,
      lines: typeof raw.lines === 'number' ? raw.lines : 0,
      files:
        typeof raw['changed-files'] === 'number'
          ? raw['changed-files']
          : Array.isArray(raw.files)
            ? raw.files.length
            : 0,
      requestedReviewers: strings(raw['requested-reviewers']),
      headSha: HEAD,
    };
  }
  if (raw.reviews !== undefined || raw['required-approvals'] !== undefined) {
    const given: { reviewer: string; state: string; at: number }[] = [];
    (Array.isArray(raw.reviews) ? raw.reviews : []).forEach((r, i) => {
      if (!isPlainMap(r) || typeof r.reviewer !== 'string' || typeof r.state !== 'string') return;
      const at = dateAt(r.at, [...path, 'reviews', i, 'at'], ctx, now);
      if (at !== undefined) given.push({ reviewer: r.reviewer, state: r.state, at });
    });
    // Each reviewer's latest review decides; a comment gives no verdict, a dismissal withdraws one.
    const latest = new Map<string, ReviewVerdictOf>();
    for (const r of given.sort((a, b) => a.at - b.at)) {
      const key = r.reviewer.toLowerCase();
      if (r.state === 'dismissed') latest.delete(key);
      else if (r.state === 'approved' || r.state === 'changes_requested')
        latest.set(key, {
          reviewer: r.reviewer,
          verdict: r.state,
          at: iso(r.at),
          commit: pushed === undefined || r.at >= pushed ? HEAD : EARLIER,
        });
    }
    facts.reviews = {
      latest: [...latest.values()],
      required: typeof raw['required-approvals'] === 'number' ? raw['required-approvals'] : 0,
    };
  }
  if (Array.isArray(raw.checks)) {
    facts.checks = raw.checks.flatMap((c) =>
      isPlainMap(c) && typeof c.name === 'string' && typeof c.state === 'string'
        ? [{ name: c.name, state: c.state as CheckState }]
        : [],
    );
  }
  return facts;
}

function compileLinked(
  list: unknown[],
  path: DataPath,
  type: ItemType,
  ctx: CompileContext,
  now: number,
): LinkedItem[] {
  const out: LinkedItem[] = [];
  list.forEach((l, i) => {
    if (!isPlainMap(l) || typeof l.number !== 'number') return;
    const updated =
      typeof l.updated === 'string' ? dateAt(l.updated, [...path, i, 'updated'], ctx, now) : now;
    out.push({
      type:
        l.type === 'issue' || l.type === 'pull_request'
          ? l.type
          : type === 'issue'
            ? 'pull_request'
            : 'issue',
      number: l.number,
      state: l.state === 'closed' ? 'closed' : 'open',
      updatedAt: iso(updated ?? now),
    });
  });
  return out;
}

function compileExpect(raw: Raw, path: DataPath, ctx: CompileContext, rules: RuleSet): RuleExpectation[] {
  const commandKeys = [
    ...(rules.commands?.commands ?? []).map((c) => `/${c.name}`),
    ...(rules.commands ? ['commands'] : []),
  ];
  const ids = [...rules.rules.map((r) => r.id), ...commandKeys];
  const out: RuleExpectation[] = [];
  for (const [key, value] of Object.entries(raw)) {
    let rule = key;
    const valuePath = [...path, rule];
    const found = commandKeys.includes(rule.toLowerCase())
      ? { check: undefined }
      : rules.rules.find((r) => r.id === rule);
    if (!found) {
      const guess = nearest(rule, ids);
      const pos = ctx.locator.keyPos(valuePath);
      ctx.reportAt(
        pos,
        `unknown rule id "${rule}"${guess ? `; did you mean "${guess}"?` : ''} (rules in ${rules.file}: ${ids.join(', ')})`,
      );
      continue;
    }
    if (!ctx.isSound(valuePath)) continue;
    const pos = ctx.locator.keyPos(valuePath);
    // Commands are planned under their lower-case name (`/label`), however the test spells the key.
    if (commandKeys.includes(rule.toLowerCase())) rule = rule.toLowerCase();
    if (typeof value === 'boolean') out.push({ rule, pos, expected: { kind: 'fires', value } });
    else if (typeof value === 'string') {
      if (found.check === undefined) {
        ctx.report(
          valuePath,
          `rule "${rule}" is not a check: expect true, false or the list of its changes, not "${value}"`,
        );
        continue;
      }
      out.push({ rule, pos, expected: { kind: 'check', status: value as 'passed' | 'failed' | 'skipped' } });
    } else if (Array.isArray(value)) {
      const changes = value.flatMap((change, i) => compileChange(change, [...valuePath, i], ctx) ?? []);
      out.push({ rule, pos, expected: { kind: 'changes', changes } satisfies Expected });
    }
  }
  return out;
}

function compileChange(raw: unknown, path: DataPath, ctx: CompileContext): ExpectedChange | undefined {
  if (!isPlainMap(raw)) return undefined;
  const [kind, value] = Object.entries(raw)[0];
  switch (kind) {
    case 'label':
    case 'unlabel':
      return { kind, labels: toList(value as OneOrMany) };
    case 'assign':
    case 'unassign':
    case 'request-review':
      return { kind, logins: toList(value as OneOrMany) };
    case 'comment': {
      const text = value as string;
      if (!/^\/.*\/[A-Za-z]*$/s.test(text)) return { kind, text, source: text };
      const pattern = compileRegex(text, [...path, kind], ctx);
      return pattern ? { kind, pattern, source: text } : undefined;
    }
    case 'close':
      return { kind, reason: value === true ? null : (value as CloseReason) };
    case 'lock':
      return { kind, reason: value === true ? undefined : (value as 'spam') };
    case 'reopen':
    case 'unlock':
    case 'delete-branch':
      return { kind };
    case 'milestone':
      return { kind, title: (value as string | null) || null };
    case 'issue-type': {
      const name = (value as string | null) || null;
      return { kind, name: name?.toLowerCase() === 'none' ? null : name };
    }
    case 'react':
      return { kind, content: value as '+1' | 'confused' };
    case 'project':
      return compileExpectedProject(value);
  }
  return undefined;
}

/** Epoch ms of a date field, or undefined with a problem reported at it. */
function dateAt(
  text: unknown,
  path: DataPath,
  ctx: CompileContext,
  now: number,
  latest = now,
): number | undefined {
  if (typeof text !== 'string' || !ctx.isSound(path)) return undefined;
  const parsed = parseTestDate(text, now);
  if (!parsed.ok) {
    ctx.report(path, parsed.message);
    return undefined;
  }
  if (parsed.at > latest) {
    ctx.report(
      path,
      `date ${JSON.stringify(text)} is after \`now\` (${iso(now)}): nothing in a test can happen later`,
    );
    return undefined;
  }
  return parsed.at;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** A test's `sift-comments:` (shape checked by the schema): Sift's comment of each rule, for `vetoed`. */
function compileSiftComments(
  value: unknown,
  path: DataPath,
  ctx: CompileContext,
  now: number,
): Record<string, RuleComment> | undefined {
  if (!isPlainMap(value) || !ctx.isSound(path)) return undefined;
  const out: Record<string, RuleComment> = {};
  for (const [rule, raw] of Object.entries(value)) {
    const entry = raw as { posted: string; 'thumbs-down'?: number; replies?: string[] };
    const at = dateAt(entry.posted, [...path, rule, 'posted'], ctx, now);
    if (at === undefined) continue;
    out[rule] = {
      postedAt: iso(at),
      thumbsDown: entry['thumbs-down'] ?? 0,
      laterCommenters: [...(entry.replies ?? [])],
    };
  }
  return out;
}

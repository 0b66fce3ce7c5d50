/**
 * The per-item facts of the REST provider, each read only when asked for, and each endpoint at most
 * once per call: the timeline serves the activity clock, the label history and an issue's linked pull
 * requests together; the pull request itself serves its branches and its closing references.
 */
import type { ActivityEvent, FactName, ItemFacts, LinkedItem, PullBranches } from '../../model/item.js';
import type { ItemKey, OwnComment } from '../provider.js';
import type { GitHubClient } from '../github/client.js';
import { realClock } from '../../model/clock.js';
import { headChecks, pullReviews, pullState, type PullAnswer, type PullFactSource } from './pull-facts.js';
import { forgeTime } from '../github/comment-memo.js';
import { describeItem, isHttpFailure, readError, reading, type Failure } from '../github/errors.js';
import {
  appendActivity,
  chronological,
  closingReferences,
  labelAppliedAt,
  linkedPulls,
  needsSelf,
  ownCommentsIn,
  type ApiTimelineEvent,
} from './timeline.js';

export interface FactSource extends Partial<Omit<PullFactSource, 'octokit' | 'owner' | 'repo' | 'failure'>> {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  failure(doing: string): Failure;
  /** The login Sift runs as, or null when the token cannot say (read once per run, when needed). */
  self(): Promise<string | null>;
  /** Pull requests read in this run, by number (see readFacts); absent: none are remembered. */
  pulls?: PullMemo;
  /** Told Sift's comments on an item whose timeline was read (all of its comments): see CommentMemo. */
  rememberComments?(item: ItemKey, comments: readonly OwnComment[], readAt?: number): void;
}

/** The answers of the latest pull request reads: bounded, as a sweep reads them one item at a time. */
export class PullMemo {
  private readonly answers = new Map<number, PullRead>();
  constructor(private readonly limit = 64) {}

  get(number: number): PullRead | undefined {
    return this.answers.get(number);
  }

  set(number: number, read: PullRead): void {
    this.answers.delete(number);
    this.answers.set(number, read);
    if (this.answers.size > this.limit) this.answers.delete(this.answers.keys().next().value as number);
  }
}

type PullRead = { branches: PullBranches; body: string; answer: PullAnswer };

/** At most this many closing references of a pull request are looked up (one request each). */
const MAX_CLOSING_REFERENCES = 10;

export async function readFacts(
  src: FactSource,
  item: ItemKey,
  names: readonly FactName[],
): Promise<ItemFacts> {
  const facts: ItemFacts = {};
  const isPull = item.type === 'pull_request';
  const want = (name: FactName) => names.includes(name);

  if (want('timeline') || (want('linked') && !isPull)) {
    const { entries, readAt } = await reading(
      src.failure(`reading the timeline of ${describeItem(item)}`),
      () => timelineEntries(src, item),
    );
    const events: ActivityEvent[] = [];
    // A person's comment carrying the marker is Sift's only if Sift runs as that person: ask once.
    const self = needsSelf(entries) ? await src.self() : null;
    for (const entry of entries) appendActivity(entry, events, self);
    src.rememberComments?.(item, ownCommentsIn(entries, self), readAt);
    // Read anyway, so returned anyway: the pipeline keeps it and never pays for it again.
    facts.timeline = chronological(events);
    if (want('labelAppliedAt')) facts.labelAppliedAt = labelAppliedAt(facts.timeline);
    if (!isPull) facts.linked = linkedPulls(entries);
  } else if (want('labelAppliedAt')) {
    facts.labelAppliedAt = await reading(
      src.failure(`reading the label history of ${describeItem(item)}`),
      () => labelHistory(src, item),
    );
  }

  if (want('reactions')) facts.reactions = chronological(await reactionEvents(src, item));

  if (want('files')) {
    facts.files = isPull
      ? await reading(src.failure(`reading the changed files of ${describeItem(item)}`), () =>
          changedFiles(src, item),
        )
      : [];
  }

  const pullFacts = want('pull') || want('reviews') || want('checks');
  if (want('branches') || (want('linked') && isPull) || pullFacts) {
    if (!isPull) {
      if (want('branches')) facts.branches = null;
      if (want('pull')) facts.pull = null;
      if (want('reviews')) facts.reviews = null;
      if (want('checks')) facts.checks = null;
    } else {
      const read = () => reading(src.failure(`reading ${describeItem(item)}`), () => pullRequest(src, item));
      // The engine may ask for the pull request's state, then its reviews and checks (which need its
      // base and head commit): one read of it serves the item's every call in a run.
      const remembered =
        pullFacts && !want('branches') && !want('linked') ? src.pulls?.get(item.number) : undefined;
      const pull = remembered ?? (await read());
      src.pulls?.set(item.number, pull);
      // Read anyway, so returned anyway (see the timeline above).
      facts.branches = pull.branches;
      if (want('linked')) facts.linked = await closedIssues(src, item, pull.body);
      if (pullFacts) Object.assign(facts, await readPullFacts(src, item, pull.answer, read, want));
    }
  }
  return facts;
}

/** The pull request's state, reviews and checks that are asked for, from its answer (see pull-facts.ts). */
async function readPullFacts(
  src: FactSource,
  item: ItemKey,
  answer: PullAnswer,
  again: () => Promise<{ answer: PullAnswer }>,
  want: (name: FactName) => boolean,
): Promise<Pick<ItemFacts, 'pull' | 'reviews' | 'checks'>> {
  const pullSrc: PullFactSource = {
    octokit: src.octokit,
    owner: src.owner,
    repo: src.repo,
    failure: (doing) => src.failure(doing),
    requiredApprovals: src.requiredApprovals ?? (() => Promise.resolve(0)),
    mergeablePauseMs: src.mergeablePauseMs ?? 0,
    sleep: src.sleep ?? realClock.sleep,
  };
  const facts: Pick<ItemFacts, 'pull' | 'reviews' | 'checks'> = {};
  // The head commit of the first answer: a second one (mergeability) names the same unless a push
  // came in between, and then the checks of either are the pull request's checks of that moment.
  if (want('pull')) facts.pull = await pullState(pullSrc, answer, async () => (await again()).answer);
  if (want('reviews')) facts.reviews = await pullReviews(pullSrc, item, answer.base.ref);
  if (want('checks')) facts.checks = await headChecks(pullSrc, item, answer.head.sha);
  return facts;
}

/** Every entry of an item's timeline, and when the forge answered its first page. */
async function timelineEntries(
  src: FactSource,
  item: ItemKey,
): Promise<{ entries: ApiTimelineEvent[]; readAt?: number }> {
  const entries: ApiTimelineEvent[] = [];
  let readAt: number | undefined;
  const pages = src.octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/timeline', {
    owner: src.owner,
    repo: src.repo,
    issue_number: item.number,
    per_page: 100,
  });
  for await (const { data, headers } of pages) {
    readAt ??= forgeTime(headers);
    const page: readonly ApiTimelineEvent[] = data;
    entries.push(...page);
  }
  return { entries, readAt };
}

/** Reactions on the description, as activity of kind `reaction` (see the engine's activity clock). */
async function reactionEvents(src: FactSource, item: ItemKey): Promise<ActivityEvent[]> {
  return reading(src.failure(`reading the reactions on ${describeItem(item)}`), async () => {
    const events: ActivityEvent[] = [];
    const pages = src.octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/reactions', {
      owner: src.owner,
      repo: src.repo,
      issue_number: item.number,
      per_page: 100,
    });
    for await (const { data } of pages) {
      for (const reaction of data) {
        events.push({
          kind: 'reaction',
          at: reaction.created_at,
          actor: reaction.user?.login ?? 'ghost',
          actorIsBot: reaction.user?.type === 'Bot',
        });
      }
    }
    return events;
  });
}

/**
 * When each label now on the item was last applied, from the issue events (cheaper to page than the
 * timeline, which also lists every comment): a label is present if its last labeled/unlabeled event
 * is `labeled`.
 */
async function labelHistory(src: FactSource, item: ItemKey): Promise<Record<string, string>> {
  const events: ActivityEvent[] = [];
  const pages = src.octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
    owner: src.owner,
    repo: src.repo,
    issue_number: item.number,
    per_page: 100,
  });
  for await (const { data } of pages) {
    for (const event of data) {
      if (!('label' in event) || !event.label?.name) continue;
      if (event.event !== 'labeled' && event.event !== 'unlabeled') continue;
      events.push({
        kind: event.event,
        at: event.created_at,
        actor: event.actor?.login ?? 'ghost',
        actorIsBot: false,
        label: event.label.name,
      });
    }
  }
  return labelAppliedAt(events);
}

async function changedFiles(src: FactSource, item: ItemKey): Promise<string[]> {
  const files: string[] = [];
  const pages = src.octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
    owner: src.owner,
    repo: src.repo,
    pull_number: item.number,
    per_page: 100,
  });
  for await (const { data } of pages) for (const file of data) files.push(file.filename);
  return files;
}

async function pullRequest(
  src: FactSource,
  item: ItemKey,
): Promise<{ branches: PullBranches; body: string; answer: PullAnswer }> {
  const { data } = await src.octokit.rest.pulls.get({
    owner: src.owner,
    repo: src.repo,
    pull_number: item.number,
  });
  // A head repository deleted since (null) was a fork: a branch of this repository cannot vanish alone.
  const headRepo = data.head.repo?.full_name.toLowerCase();
  return {
    branches: {
      base: data.base.ref,
      head: data.head.ref,
      fork: headRepo !== data.base.repo.full_name.toLowerCase(),
    },
    body: data.body ?? '',
    answer: data,
  };
}

/** The open or closed issues a pull request's closing keywords name, as they are now. */
async function closedIssues(src: FactSource, item: ItemKey, body: string): Promise<LinkedItem[]> {
  const numbers = closingReferences(body, `${src.owner}/${src.repo}`).slice(0, MAX_CLOSING_REFERENCES);
  const linked: LinkedItem[] = [];
  for (const number of numbers) {
    try {
      const { data } = await src.octokit.rest.issues.get({
        owner: src.owner,
        repo: src.repo,
        issue_number: number,
      });
      // "Fixes #3" where #3 is a pull request closes nothing.
      if (data.pull_request) continue;
      linked.push({
        type: 'issue',
        number,
        state: data.state === 'closed' ? 'closed' : 'open',
        updatedAt: data.updated_at,
      });
    } catch (error) {
      // A reference to an issue that does not exist (or was deleted) links nothing.
      if (isHttpFailure(error) && (error.status === 404 || error.status === 410)) continue;
      throw readError(error, src.failure(`reading #${number}, which ${describeItem(item)} closes`));
    }
  }
  return linked;
}

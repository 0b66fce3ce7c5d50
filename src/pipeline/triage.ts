/**
 * The pipeline every entry point runs: walk the provider's items and let the engine plan (reads
 * only), check the whole plan against the circuit breaker, then let the executor apply it under the
 * write budget. Nothing here knows which forge or runtime it is in.
 */
import { resolveRunProjects } from './projects.js';
import type { CommandComment, CommandSettings } from '../model/commands.js';
import {
  commandScope,
  evaluateChecks,
  factsNeeded,
  planItem,
  rulesFor,
  type CompiledRules,
  type Trigger,
} from '../engine/index.js';
import {
  Executor,
  outcomeWith,
  preparePlan,
  type Clock,
  type ItemOutcome,
  type PreparedPlan,
} from '../executor/index.js';
import { pendingQuestions } from '../engine/questions.js';
import { countsMaintainers } from '../engine/actors.js';
import { namedInCommands } from '../engine/commands.js';
import { answerForgeRefusals } from './forge-refusals.js';
import type { ModelQuestion } from '../model/answers.js';
import type { FactName, Item, ItemFacts } from '../model/item.js';
import type { ModelAnswerer } from '../models/answerer.js';
import type { ItemRef } from '../model/plan.js';
import { vetoedRules, type RuleSet } from '../model/rules.js';
import { RateLimitStop, type ItemQuery, type Provider, type Quota } from '../providers/provider.js';
import { countOpenItem, emptyCensus } from '../report/ages.js';
import { isReportIssue } from '../report/report-issue.js';
import { deferredBacklog, type ItemCheck, type RunStop, type TriageResult } from '../report/result.js';
import { answerQuestions, similarContext, type SimilarContext } from './model-questions.js';
import { readAhead } from './read-ahead.js';
import { readFacts } from './read-facts.js';
import { recentSinceOf, scopesOf } from './scope.js';
import { SAFETY_DEFAULTS, breakerLine, tripsBreaker, type SafetyLimits } from './safety.js';

export interface TriageOptions extends Partial<SafetyLimits> {
  provider: Provider;
  rules: RuleSet;
  /** The instant every time condition is measured from; one value for the whole run. */
  now: Date;
  dryRun: boolean;
  /** Called for each item handled, as it happens, for logs. */
  onOutcome?: (outcome: ItemOutcome) => void;
  /** Clock for comment pacing; tests pass a fake one. */
  clock?: Clock;
  /** What the run answers: a sweep (default) or one event; selects the rules by their `on`. */
  trigger?: Trigger;
  /** The items to triage instead of the provider's listing (an event's one item). */
  items?: AsyncIterable<Item>;
  /**
   * The comment a `issue_comment.created` or `discussion_comment.created` event is about (its
   * database id, as in the payload's `comment.id`): its commands run. Other events run none.
   */
  eventCommentId?: string;
  /**
   * Answers the rules' model questions (`classify`): see src/models/. Absent: every question is
   * unanswered (failed), so those rules do not fire.
   */
  models?: ModelAnswerer;
  /** Run only the check rules (a pull-request check). */
  checksOnly?: boolean;
  /**
   * How many items are planned at once (their fact reads and comment lookups in flight together);
   * results are still taken in walk order. Default 4 (see DEFAULT_CONCURRENCY); 1 plans one at a time.
   */
  concurrency?: number;
}

/**
 * Items planned at once by default. A few overlapping reads hide most of the waiting (four reads in
 * flight wait about a quarter as long as four in a row), while staying far below what the forges
 * tolerate: GitHub allows 100 concurrent requests and asks for few (its secondary limits also count
 * REST points per minute), its client queues every request through the throttling plugin (at most 10
 * reads at once, waits GitHub asks for honoured), and a GitLab 429 is waited out by its client. Writes
 * are not concerned: the executor sends them one at a time after the walk.
 */
export const DEFAULT_CONCURRENCY = 4;

/**
 * Items read from the listing ahead of the planning: one page at the providers' default page size, so
 * the request for the next page goes out when the planning starts on the current one.
 */
const LISTING_READ_AHEAD = 100;

export async function triage(options: TriageOptions): Promise<TriageResult> {
  const { provider, now, dryRun } = options;
  // Projects are resolved before the first item: a rule naming an unknown one fails the run unchanged.
  const rules = await resolveRunProjects(provider, options.rules);
  const limits: SafetyLimits = {
    maxOperations: options.maxOperations ?? SAFETY_DEFAULTS.maxOperations,
    maxChangeRatio: options.maxChangeRatio ?? SAFETY_DEFAULTS.maxChangeRatio,
    commentsPerMinute: options.commentsPerMinute ?? SAFETY_DEFAULTS.commentsPerMinute,
  };
  const selected = options.checksOnly ? { ...rules, rules: rules.rules.filter((r) => r.check) } : rules;
  const compiled = rulesFor(selected, options.trigger ?? 'sweep');
  const trigger = options.trigger ?? 'sweep';
  const commands: CommandsRun | undefined =
    rules.commands && !options.checksOnly
      ? {
          settings: rules.commands,
          event: trigger === 'sweep' ? undefined : { ...trigger, commentId: options.eventCommentId },
        }
      : undefined;
  const similar = similarContext(provider, selected);
  const outcomes: ItemOutcome[] = [];
  const checks: ItemCheck[] = [];
  const record = (outcome: ItemOutcome) => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  };

  // Phase 1: walk and plan. Reads only, so a run stopped here has changed nothing. The listing is read
  // ahead (the next page is on its way while the items of this one are planned) and up to `concurrency`
  // items are planned at once, but their results are taken strictly in walk order: outcomes, checks,
  // read failures, the plan and a stop come out exactly as from a walk of one item at a time.
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`concurrency must be an integer of at least 1, not ${concurrency}`);
  }
  const prepared: PreparedPlan[] = [];
  let walked = 0;
  const openByAge = emptyCensus();
  let stopped: RateLimitStop | undefined;
  /** Takes one item's result, in walk order; false once the walk must stop there. */
  const take = (evaluated: Evaluated, item: Item): boolean => {
    walked++;
    countOpenItem(openByAge, item, now);
    checks.push(...evaluated.checks);
    if (evaluated.prepared) prepared.push(evaluated.prepared);
    if (evaluated.failure) record(evaluated.failure);
    if (evaluated.stop) stopped = evaluated.stop;
    return !stopped;
  };
  /** Items being planned, oldest first. */
  const planning: { promise: Promise<Evaluated>; done: boolean; item: Item }[] = [];
  const takeOldest = async () => {
    const slot = planning.shift()!;
    return take(await slot.promise, slot.item);
  };
  try {
    const items =
      options.items ??
      listings(
        provider,
        scopesOf(selected).map((scope) => ({
          ...scope,
          prefetch: factsNeeded(compiled),
          vetoed: vetoedRules(compiled.source.rules),
          ...recentSinceOf(compiled, now),
          // Lets a provider carry Sift's earlier comments in the listing instead of a read per comment.
          commentMarkers: selected.rules.some((r) => r.then.some((a) => a.kind === 'comment')),
        })),
      );
    walk: for await (const item of readAhead(items, LISTING_READ_AHEAD)) {
      // Sift's own report issues are not triaged: a stale rule must never close the weekly report.
      if (rules.reports && isReportIssue(item, rules.reports)) continue;
      const slot = {
        promise: evaluate(provider, compiled, now, item, commands, options.models, similar),
        done: false,
        item,
      };
      void slot.promise.then(() => (slot.done = true));
      planning.push(slot);
      // The oldest result is taken as soon as it is there, and waited for once `concurrency` are out.
      while (planning.length > 0 && (planning[0].done || planning.length >= concurrency)) {
        if (!(await takeOldest())) break walk;
      }
    }
    while (!stopped && planning.length > 0) await takeOldest();
  } catch (error) {
    // The listing failed (planning an item never rejects): the items read before it come first, as
    // in a walk of one item at a time, and one of them may stop the run before the listing's error.
    while (!stopped && planning.length > 0) await takeOldest();
    if (!stopped) {
      if (!(error instanceof RateLimitStop)) throw error;
      stopped = error;
    }
  } finally {
    // Items planned past a stop are dropped, as a serial walk would never have read them, but waited
    // for: no read of this run outlives its walk.
    await Promise.all(planning.map((slot) => slot.promise));
  }
  let stop: RunStop | undefined = stopped && {
    reason: 'rate-limit',
    message: stopped.message,
    resetAt: stopped.resetAt?.toISOString(),
  };
  const effective = prepared.filter((p) => p.effective);

  // Phase 2: the circuit breaker looks at the whole plan before the first write.
  if (!stop && tripsBreaker(effective.length, walked, limits.maxChangeRatio)) {
    const breaker = { planned: effective.length, walked, maxChangeRatio: limits.maxChangeRatio };
    stop = { reason: 'circuit-breaker', message: breakerLine(breaker), breaker };
  }

  // Phase 3: apply, within the write budget.
  if (stop) {
    const status = stop.reason === 'circuit-breaker' ? 'blocked' : 'deferred';
    for (const p of prepared) record(outcomeWith(p.plan, status));
  } else {
    const executor = new Executor(provider, {
      dryRun,
      maxOperations: limits.maxOperations,
      commentsPerMinute: limits.commentsPerMinute,
      clock: options.clock,
    });
    const applied: ItemOutcome[] = [];
    await executor.applyAll(prepared, (outcome) => applied.push(outcome));
    // A command the forge refused is answered as refused, not failed on every run.
    for (const outcome of applied)
      record(dryRun ? outcome : await answerForgeRefusals(executor, provider, outcome));
    if (executor.stop) stop = { ...executor.stop, resetAt: executor.stop.resetAt?.toISOString() };
  }

  const backlog = deferredBacklog(outcomes, limits.maxOperations);
  if (!stop && backlog.items > 0) {
    stop = {
      reason: 'budget',
      message:
        `the write budget (max-operations ${limits.maxOperations}) ran out: ${backlog.items} items are left ` +
        `for later runs (about ${backlog.runsNeeded} more).`,
    };
  }

  return {
    repository: provider.repository,
    ...(provider.forge === 'gitlab' ? { forge: provider.forge } : {}),
    rulesFile: rules.file,
    dryRun,
    ruleIds: rules.rules.map((r) => r.id),
    walked,
    openByAge,
    outcomes,
    requests: provider.requestCounts(),
    deferred: backlog,
    checks,
    ...(options.models ? { models: options.models.report() } : {}),
    ...(quotaOf(provider) ?? {}),
    ...(stop ? { stop } : {}),
  };
}

/** What the run does with commands: the rules file's, and the event (absent in a sweep). */
export interface CommandsRun {
  settings: CommandSettings;
  /** The repository's labels, read once a run by the first item whose comments hold commands. */
  labels?: Promise<string[]>;
  /** The repository's milestone titles, read once a run by the first `/milestone` that names one. */
  milestones?: Promise<string[]>;
  event?: { name: string; action?: string; commentId?: string };
}

/**
 * What the forge says about the names the comments' commands give, read before planning so a name it
 * would refuse or drop is refused with the reason: the repository's labels (when `/label` is listed),
 * which named logins it cannot assign, and its milestones (when a `/milestone` names one). The
 * repository-wide lists are read once a run (cached on `run`).
 */
export async function commandNames(
  provider: Provider,
  comments: readonly CommandComment[],
  run: Pick<CommandsRun, 'settings' | 'labels' | 'milestones'>,
): Promise<Pick<ItemFacts, 'repositoryLabels' | 'unknownUsers' | 'repositoryMilestones'>> {
  const facts: Pick<ItemFacts, 'repositoryLabels' | 'unknownUsers' | 'repositoryMilestones'> = {};
  if (comments.length === 0) return facts;
  if (run.settings.commands.some((c) => c.name === 'label')) {
    run.labels ??= provider.labelNames?.();
    const labels = await run.labels;
    if (labels) facts.repositoryLabels = labels;
  }
  const named = namedInCommands(comments, run.settings);
  if (named.logins.length > 0 && provider.unknownUsers)
    facts.unknownUsers = (await provider.unknownUsers(named.logins)).map((l) => l.toLowerCase());
  if (named.milestones.length > 0 && provider.milestoneTitles) {
    run.milestones ??= provider.milestoneTitles();
    facts.repositoryMilestones = await run.milestones;
  }
  return facts;
}

/** What planning one item came to; `stop` ends the walk at this item, after its checks. */
interface Evaluated {
  checks: ItemCheck[];
  prepared?: PreparedPlan;
  failure?: ItemOutcome;
  stop?: RateLimitStop;
}

/**
 * Plans one item: the facts the rules need, the plan and the checks, then the lookup of Sift's earlier
 * comments. Reads only, and never rejects: a failure is the item's outcome, a rate-limit stop is
 * handed back so the walk stops at this item in walk order, whatever else is in flight.
 */
async function evaluate(
  provider: Provider,
  compiled: CompiledRules,
  now: Date,
  item: Item,
  commands: CommandsRun | undefined,
  models: ModelAnswerer | undefined,
  similar: SimilarContext,
): Promise<Evaluated> {
  const checks: ItemCheck[] = [];
  try {
    const facts = new FactCache(
      provider,
      item,
      {
        answerer: models,
        pending: (f) => pendingQuestions(item, f, compiled, now),
        similar,
        vetoed: vetoedRules(compiled.source.rules),
      },
      countsMaintainers(compiled.source),
    );
    await facts.readCommands(commands, now);
    const plan = await facts.settle((f) => planItem(item, f, compiled, now));
    for (const result of await facts.settle((f) => evaluateChecks(item, f, compiled, now))) {
      if (result.status !== 'skipped') checks.push({ item: refOf(item), ...result, status: result.status });
    }
    return { checks, ...(plan ? { prepared: await preparePlan(provider, plan) } : {}) };
  } catch (error) {
    if (error instanceof RateLimitStop) return { checks, stop: error };
    return { checks, failure: readFailure(item, error) };
  }
}

/**
 * The facts of one item, fetched when the engine asks for them and only once each, shared by the
 * plan and the checks of that item.
 */
export class FactCache {
  private readonly facts: ItemFacts;
  private readonly fetched: Set<FactName>;

  constructor(
    private readonly provider: Provider,
    private readonly item: Item,
    private readonly models?: ModelQuestions,
    /** Read `associations` beside the timeline (see countsMaintainers), where the provider has them. */
    private readonly withAssociations = false,
  ) {
    this.facts = { ...item.prefetched };
    this.fetched = new Set(Object.keys(this.facts) as FactName[]);
    // Answers are asked question by question, as the walk reaches them: never "fetched" once and for all.
    this.fetched.delete('answers');
    this.fetched.delete('similar');
  }

  /**
   * The item's comments with commands, for the run's scope (the event's comment, or every comment
   * within `commands-since` in a sweep), when the rules file has commands: one read, before planning.
   */
  async readCommands(commands: CommandsRun | undefined, now: Date): Promise<void> {
    if (commands === undefined) return;
    // A sweep need not read an item without comments. An event's payload may count its own comment
    // or not, so an event always reads its comment.
    if (commands.event === undefined && this.item.comments === 0) return;
    const scope = commandScope(commands.settings, this.item.updatedAt, now, commands.event);
    if (scope === null) return;
    if (!this.provider.commandComments) {
      throw new Error(`the ${this.provider.capabilities.name} provider cannot read commands in comments`);
    }
    const key = { type: this.item.type, number: this.item.number };
    this.facts.commands = await this.provider.commandComments(key, scope);
    this.fetched.add('commands');
    Object.assign(this.facts, await commandNames(this.provider, this.facts.commands, commands));
  }

  /** Evaluates until the engine has what it needs. */
  async settle<T>(
    evaluate: (
      facts: ItemFacts,
    ) => { kind: 'needs'; facts: FactName[] } | { kind: 'plan'; plan: T } | { kind: 'checks'; results: T },
  ): Promise<T> {
    for (;;) {
      const evaluation = evaluate(this.facts);
      if (evaluation.kind === 'plan') return evaluation.plan;
      if (evaluation.kind === 'checks') return evaluation.results;
      const wantsAnswers = evaluation.facts.includes('answers') || evaluation.facts.includes('similar');
      const missing = evaluation.facts.filter(
        (name) => name !== 'answers' && name !== 'similar' && !this.fetched.has(name),
      );
      if (wantsAnswers && (await this.answer())) continue;
      if (missing.length === 0) {
        throw new Error(`${this.provider.capabilities.name} did not provide ${evaluation.facts.join(', ')}`);
      }
      if (
        this.withAssociations &&
        missing.includes('timeline') &&
        !this.fetched.has('associations') &&
        this.provider.capabilities.facts.has('associations')
      )
        missing.push('associations');
      missing.forEach((name) => this.fetched.add(name));
      const key = { type: this.item.type, number: this.item.number };
      Object.assign(this.facts, await readFacts(this.provider, key, missing, this.models?.vetoed ?? []));
    }
  }

  /** Asks the questions that decide the item now; false when there were none to ask. */
  private async answer(): Promise<boolean> {
    const questions = this.models?.pending(this.facts) ?? [];
    if (questions.length === 0 || this.models === undefined) return false;
    await answerQuestions(this.item, this.facts, questions, this.models.answerer, this.models.similar);
    return true;
  }
}

/** How a FactCache gets the rules' model questions answered. */
export interface ModelQuestions {
  answerer?: ModelAnswerer;
  /** The questions that decide the item with these facts (see `pendingQuestions`). */
  pending: (facts: ItemFacts) => ModelQuestion[];
  /** The rules `vetoed` conditions name (whose comments `ruleComments` reads). */
  vetoed?: readonly string[];
  /** What `similar` compares with (absent where no model is asked). */
  similar?: SimilarContext;
}

/** The provider's listings one after the other, each read lazily as the walk reaches it. */
async function* listings(provider: Provider, queries: readonly ItemQuery[]): AsyncGenerator<Item> {
  for (const query of queries) yield* provider.items(query);
}

function quotaOf(provider: Provider): { quota: Quota } | null {
  const quota = provider.quota?.();
  return quota ? { quota } : null;
}

function refOf(item: Item): ItemRef {
  return { type: item.type, number: item.number, title: item.title, url: item.url };
}

function readFailure(item: Item, error: unknown): ItemOutcome {
  return {
    item: refOf(item),
    rules: [],
    error: `could not read what the rules need: ${error instanceof Error ? error.message : String(error)}`,
  };
}

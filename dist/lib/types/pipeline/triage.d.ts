import type { CommandComment, CommandSettings } from '../model/commands.js';
import { type Trigger } from '../engine/index.js';
import { type Clock, type ItemOutcome } from '../executor/index.js';
import type { ModelQuestion } from '../model/answers.js';
import type { FactName, Item, ItemFacts } from '../model/item.js';
import type { ModelAnswerer } from '../models/answerer.js';
import { type RuleSet } from '../model/rules.js';
import { type Provider } from '../providers/provider.js';
import { type TriageResult } from '../report/result.js';
import { type SimilarContext } from './model-questions.js';
import { type SafetyLimits } from './safety.js';
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
export declare const DEFAULT_CONCURRENCY = 4;
export declare function triage(options: TriageOptions): Promise<TriageResult>;
/** What the run does with commands: the rules file's, and the event (absent in a sweep). */
export interface CommandsRun {
    settings: CommandSettings;
    /** The repository's labels, read once a run by the first item whose comments hold commands. */
    labels?: Promise<string[]>;
    /** The repository's milestone titles, read once a run by the first `/milestone` that names one. */
    milestones?: Promise<string[]>;
    event?: {
        name: string;
        action?: string;
        commentId?: string;
    };
}
/**
 * What the forge says about the names the comments' commands give, read before planning so a name it
 * would refuse or drop is refused with the reason: the repository's labels (when `/label` is listed),
 * which named logins it cannot assign, and its milestones (when a `/milestone` names one). The
 * repository-wide lists are read once a run (cached on `run`).
 */
export declare function commandNames(provider: Provider, comments: readonly CommandComment[], run: Pick<CommandsRun, 'settings' | 'labels' | 'milestones'>): Promise<Pick<ItemFacts, 'repositoryLabels' | 'unknownUsers' | 'repositoryMilestones'>>;
/**
 * The facts of one item, fetched when the engine asks for them and only once each, shared by the
 * plan and the checks of that item.
 */
export declare class FactCache {
    private readonly provider;
    private readonly item;
    private readonly models?;
    /** Read `associations` beside the timeline (see countsMaintainers), where the provider has them. */
    private readonly withAssociations;
    private readonly facts;
    private readonly fetched;
    constructor(provider: Provider, item: Item, models?: ModelQuestions | undefined, 
    /** Read `associations` beside the timeline (see countsMaintainers), where the provider has them. */
    withAssociations?: boolean);
    /**
     * The item's comments with commands, for the run's scope (the event's comment, or every comment
     * within `commands-since` in a sweep), when the rules file has commands: one read, before planning.
     */
    readCommands(commands: CommandsRun | undefined, now: Date): Promise<void>;
    /** Evaluates until the engine has what it needs. */
    settle<T>(evaluate: (facts: ItemFacts) => {
        kind: 'needs';
        facts: FactName[];
    } | {
        kind: 'plan';
        plan: T;
    } | {
        kind: 'checks';
        results: T;
    }): Promise<T>;
    /** Asks the questions that decide the item now; false when there were none to ask. */
    private answer;
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

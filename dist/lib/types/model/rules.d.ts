/**
 * Compiled rules: what the config layer produces from the YAML file and what the engine evaluates.
 * Every value here is already validated; the engine does not re-check anything.
 */
import type { CommandSettings } from './commands.js';
import type { ClassifySpec, ModelSettings, SimilarSpec } from './answers.js';
import type { MetricSpec } from './activity.js';
import type { CloseReason, ItemType, LockReason } from './item.js';
import type { ProjectCondition, ProjectSet } from './projects.js';
/** Where a node sits in the rules file, for error messages and explanations. */
export interface SourcePos {
    file: string;
    line: number;
    col: number;
}
/**
 * Whose activity a clock condition counts (`by:`), besides the rule that it is a person's: the item's
 * author, or its maintainers (association OWNER, MEMBER or COLLABORATOR). Absent: anyone.
 */
export type ActorGroup = 'author' | 'maintainers';
/** A pull request's review decision, as the rules file spells it. */
export type ReviewDecision = 'approved' | 'changes-requested' | 'review-required' | 'none';
export declare const REVIEW_DECISIONS: readonly ReviewDecision[];
/** `checks:` an overall state, or `{ failing: [globs] }` (some check whose name matches failed). */
export type ChecksValue = 'success' | 'failure' | 'pending' | 'none' | {
    failing: string[];
};
export type WaitingOn = 'author' | 'reviewers' | 'none';
/** Conditions on a pull request's review, merge and check state (false on issues, never on discussions). */
export declare const PULL_STATE_CONDITIONS: readonly ["review-decision", "mergeable", "checks", "size", "requested-reviewers", "waiting-on"];
/** Milliseconds. */
export type Duration = number;
export interface Bounds {
    min?: number;
    max?: number;
}
export interface AgeBounds {
    /** The timestamp is at least this long ago. */
    olderThan?: Duration;
    /** The timestamp is less than this long ago. */
    newerThan?: Duration;
    /** The timestamp is at or after this instant (epoch milliseconds; a date alone is its midnight UTC). */
    after?: number;
    /** The timestamp is before this instant (epoch milliseconds), so `before` and `after` of one date never overlap. */
    before?: number;
}
/** Globs such as `area/*`, matched case-insensitively as GitHub treats label names. */
export interface LabelSet {
    any?: string[];
    all?: string[];
    none?: string[];
}
export type Condition = {
    kind: 'type';
    value: ItemType;
} | {
    kind: 'state';
    value: 'open' | 'closed' | 'all';
} | {
    kind: 'draft';
    value: boolean;
} | {
    kind: 'locked';
    value: boolean;
} | {
    kind: 'labels';
    value: LabelSet;
} | {
    kind: 'title';
    value: RegExp;
} | {
    kind: 'body';
    value: RegExp;
} | {
    kind: 'author';
    value: string[];
} | {
    kind: 'author-association';
    value: string[];
} | {
    kind: 'assignees';
    value: 'none' | 'any' | string[];
} | {
    kind: 'milestone';
    value: 'none' | 'any' | string;
} | {
    kind: 'created';
    value: AgeBounds;
} | {
    kind: 'updated';
    value: AgeBounds;
}
/** No activity for the span; `by` narrows whose activity counts (absent: anyone's). */
 | {
    kind: 'inactive';
    value: Duration;
    by?: ActorGroup;
} | {
    kind: 'labeled';
    value: Record<string, Duration>;
} | {
    kind: 'comments';
    value: Bounds;
}
/** Comments by humans (not bots, not Sift). Needs the timeline. */
 | {
    kind: 'human-comments';
    value: Bounds;
}
/** Total reactions on the description. */
 | {
    kind: 'reactions';
    value: Bounds;
}
/** 👍 on the description. */
 | {
    kind: 'thumbs-up';
    value: Bounds;
}
/** Changed files of a pull request (globs); false for issues. Needs `files`. */
 | {
    kind: 'files';
    value: LabelSet;
}
/** Base / head branch of a pull request (globs); false for issues. Needs `branches`. */
 | {
    kind: 'base';
    value: string[];
} | {
    kind: 'head';
    value: string[];
}
/** Whether the item has a linked item (an issue: an open PR that closes it; a PR: an issue it closes). */
 | {
    kind: 'linked';
    value: boolean;
}
/**
 * GitHub's issue type (an organisation's Bug, Feature, Task...): `none`, `any`, or names matched
 * case-insensitively. Pull requests have none. Needs `issueType` where the listing lacks it.
 */
 | {
    kind: 'issue-type';
    value: 'none' | 'any' | string[];
}
/** Counts of an issue's sub-issues, all and open ones (a pull request has none). Needs `subIssues`. */
 | {
    kind: 'sub-issues';
    value: SubIssueBounds;
}
/** The item's parent issue: none, any, or one in that state. Needs `parent`. */
 | {
    kind: 'parent';
    value: 'none' | 'any' | 'open' | 'closed';
}
/** The issue form the issue was written from, and its answers. Needs `form`. */
 | {
    kind: 'form';
    value: FormCondition;
}
/** GitHub Projects (v2): in no project, in any, or in this one with these field values. Needs `projects`. */
 | {
    kind: 'project';
    value: ProjectCondition;
}
/** A discussion's category is one of these (names or globs, case-insensitive). */
 | {
    kind: 'category';
    value: string[];
}
/** A discussion has (true) or lacks (false) a chosen answer. */
 | {
    kind: 'answered';
    value: boolean;
}
/** A pull request's review decision is one of these (false for issues). Needs `reviews`. */
 | {
    kind: 'review-decision';
    value: ReviewDecision[];
}
/** A pull request merges cleanly (true), conflicts (false), or the forge has not computed it (unknown). */
 | {
    kind: 'mergeable';
    value: boolean | 'unknown';
}
/** The checks of a pull request's head commit: their overall state, or some named ones failing. */
 | {
    kind: 'checks';
    value: ChecksValue;
}
/** A pull request's size: lines changed (added + deleted) and files changed. */
 | {
    kind: 'size';
    value: {
        lines?: Bounds;
        files?: Bounds;
    };
}
/** Reviews requested and not yet given: none, any, or one of these logins (globs). */
 | {
    kind: 'requested-reviewers';
    value: 'none' | 'any' | string[];
}
/** Whose move it is on a pull request (see waitingOn in the engine). */
 | {
    kind: 'waiting-on';
    value: WaitingOn;
}
/** A human was active after the label was last applied (the "remove stale on reply" test). */
 | {
    kind: 'active-after-label';
    value: string;
    by?: ActorGroup;
}
/** A model chose one of `into` with enough confidence (an answer read before evaluating). */
 | {
    kind: 'classify';
    value: ClassifySpec;
}
/** Items of `among` are at least `min` similar (embeddings computed before evaluating). */
 | {
    kind: 'similar';
    value: SimilarSpec;
}
/** Someone gave a thumbs-down to Sift's comment of that rule, or the item's author replied after it. */
 | {
    kind: 'vetoed';
    value: string;
} | {
    kind: 'all';
    value: Condition[];
} | {
    kind: 'any';
    value: Condition[];
} | {
    kind: 'not';
    value: Condition;
};
export interface SubIssueBounds {
    total?: Bounds;
    open?: Bounds;
}
/** One field's test in a `form` condition. */
export type FormFieldTest = {
    kind: 'empty';
} | {
    kind: 'filled';
}
/** Equal to one of these, ignoring case (for checkboxes and multiple dropdowns: one chosen is). */
 | {
    kind: 'one-of';
    values: string[];
} | {
    kind: 'regex';
    regex: RegExp;
};
/** `form: none | any`, or `{ template, fields, missing }`, all of which must hold. */
export type FormCondition = 'none' | 'any' | {
    /** File names of forms (any of them), e.g. `bug_report.yml`. */
    template?: string[];
    fields: {
        id: string;
        test: FormFieldTest;
    }[];
    /** At least one of these fields is empty. */
    missing?: string[];
};
export type ConditionKind = Condition['kind'];
export type ActionSpec = {
    kind: 'label';
    labels: string[];
} | {
    kind: 'unlabel';
    labels: string[];
} | {
    kind: 'comment';
    template: string;
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
}
/** Sets GitHub's issue type by name (issues only); null clears it. */
 | {
    kind: 'issue-type';
    name: string | null;
}
/** Adds the parent issue's labels that match these globs (a sub-issue inherits its parent's `area/*`). */
 | {
    kind: 'inherit-labels';
    labels: string[];
}
/** Adds the item to a GitHub project (v2) if it is not there, and sets field values that differ. */
 | {
    kind: 'project';
    target: ProjectSet;
}
/** Deletes a closed pull request's head branch, if it is in this repository, not default, not protected. */
 | {
    kind: 'delete-branch';
};
export type ActionKind = ActionSpec['kind'];
export interface Rule {
    id: string;
    description?: string;
    /**
     * Events the rule answers, as `event` or `event.action` (`issues.opened`, `pull_request`). Absent:
     * the rule runs in sweeps and on every event.
     */
    on?: string[];
    /** All must hold (an implicit `all`). */
    when: Condition[];
    /** Actions; may be empty for a check rule. */
    then: ActionSpec[];
    /** Makes the rule a check: for items `when` selects, `require` must hold or the check fails. */
    check?: CheckSpec;
    pos: SourcePos;
}
export interface CheckSpec {
    /** What a failing item is told, e.g. "A pull request needs one type/* label." */
    message: string;
    /** All must hold for the check to pass. */
    require: Condition[];
}
/** How the human-activity clock counts (rules file `activity:`). */
export interface ActivitySettings {
    /** Logins whose actions are not human activity, besides bots and Sift itself (globs). */
    ignoreActors: string[];
    /** Reactions count as activity. */
    reactions: boolean;
    /** Activity on linked items (an issue's linked PR) counts as activity. */
    linked: boolean;
}
export declare const DEFAULT_ACTIVITY: ActivitySettings;
export interface RuleSet {
    /** Path of the rules file, as given. */
    file: string;
    rules: Rule[];
    activity: ActivitySettings;
    /** Report issues (rules file `reports:`); absent or empty when there are none. */
    reports?: ReportSpec[];
    /** Commands in comments (rules file `commands:`); absent when there are none. */
    commands?: CommandSettings;
    /** The `models:` section; absent when no rule asks a model. */
    models?: ModelSettings;
}
/** A report issue: one issue per report, found by its hidden marker and edited in place each run. */
export interface ReportSpec {
    id: string;
    title: string;
    /** The rules whose matches the report lists, in the rules file's order. */
    rules: string[];
    /** Labels the report issue carries; also how Sift finds it again. */
    labels: string[];
    /** Reopen the report issue when a maintainer closed it (default false: edit it, leave it closed). */
    reopen: boolean;
    /** Response-time metrics over `period` (rules file `metrics:`); absent when the report asks none. */
    metrics?: {
        specs: MetricSpec[];
        period: Duration;
        periodText: string;
    };
    pos: SourcePos;
}
/** Every condition kind, for capability sets and schema checks. */
export declare const CONDITION_KINDS: readonly ConditionKind[];
/** Every action kind, for capability sets and schema checks. */
export declare const ACTION_KINDS: readonly ActionKind[];
/**
 * Whether the rule is about discussions: a top-level `type: discussion` in its `when`. Only such
 * rules see discussions (walking them costs requests, and a rules file written for issues and pull
 * requests must not start acting on discussions); they see nothing else.
 */
export declare function selectsDiscussions(rule: Pick<Rule, 'when'>): boolean;
/** Every `similar` in these conditions, in file order. */
export declare function similarSpecs(conditions: readonly Condition[], out?: SimilarSpec[]): SimilarSpec[];
/** The rule ids the `vetoed` conditions among these name, in file order. */
export declare function vetoTargets(conditions: readonly Condition[], out?: string[]): string[];
/** Every rule id a `vetoed` condition of the file names: whose comments a provider reads reactions of. */
export declare function vetoedRules(rules: readonly Rule[]): string[];

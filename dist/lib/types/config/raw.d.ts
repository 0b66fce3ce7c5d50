/**
 * The shape schema/sift.schema.json guarantees, as TypeScript types. The compiler casts a value to
 * these types only after the validator found nothing wrong at or below it.
 */
import type { RawProject } from './compile-project.js';
export type OneOrMany = string | string[];
export interface RawLabelSet {
    any?: OneOrMany;
    all?: OneOrMany;
    none?: OneOrMany;
}
export interface RawAgeBounds {
    'older-than'?: string;
    'newer-than'?: string;
    after?: string;
    before?: string;
}
export type RawCount = number | {
    min?: number;
    max?: number;
};
export interface RawCheck {
    message: string;
    require: RawConditions;
}
export interface RawActivity {
    'ignore-actors'?: OneOrMany;
    reactions?: boolean;
    linked?: boolean;
}
/** `by:` of a clock condition; `anyone` is the default, compiled to no filter. */
export type RawActorGroup = 'anyone' | 'author' | 'maintainers';
export type RawForm = 'none' | 'any' | {
    template?: OneOrMany;
    fields?: Record<string, string | string[]>;
    missing?: OneOrMany;
};
export interface RawClassify {
    into: string[];
    guide?: string;
    'min-confidence'?: number;
    'max-confidence'?: number;
}
export interface RawSimilar {
    min?: number;
    among?: 'open' | 'closed' | 'all';
    limit?: number;
}
export interface RawModels {
    endpoint?: string;
    model?: string;
    'embedding-model'?: string;
    'max-calls'?: number;
    'max-input-tokens'?: number;
    timeout?: number;
}
export interface RawConditions {
    type?: 'issue' | 'pull_request' | 'discussion';
    state?: 'open' | 'closed' | 'all';
    draft?: boolean;
    locked?: boolean;
    labels?: RawLabelSet;
    title?: string;
    body?: string;
    author?: OneOrMany;
    'author-association'?: OneOrMany;
    assignees?: OneOrMany;
    milestone?: string;
    created?: RawAgeBounds;
    updated?: RawAgeBounds;
    inactive?: string | {
        for: string;
        by?: RawActorGroup;
    };
    labeled?: Record<string, string>;
    comments?: RawCount;
    'human-comments'?: RawCount;
    reactions?: RawCount;
    'thumbs-up'?: RawCount;
    files?: RawLabelSet;
    base?: OneOrMany;
    head?: OneOrMany;
    linked?: boolean;
    'issue-type'?: OneOrMany;
    'review-decision'?: OneOrMany;
    mergeable?: boolean | 'unknown';
    checks?: 'success' | 'failure' | 'pending' | 'none' | {
        failing: OneOrMany;
    };
    size?: {
        lines?: RawCount;
        files?: RawCount;
    };
    'requested-reviewers'?: OneOrMany;
    'waiting-on'?: 'author' | 'reviewers' | 'none';
    'sub-issues'?: {
        total?: RawCount;
        open?: RawCount;
    };
    parent?: 'none' | 'any' | 'open' | 'closed';
    form?: RawForm;
    project?: 'none' | 'any' | RawProject;
    'active-after-label'?: string | {
        label: string;
        by?: RawActorGroup;
    };
    category?: OneOrMany;
    answered?: boolean;
    classify?: RawClassify;
    similar?: RawSimilar;
    vetoed?: string;
    any?: RawConditions[];
    all?: RawConditions[];
    not?: RawConditions;
}
export interface RawActions {
    label: OneOrMany;
    unlabel: OneOrMany;
    comment: string;
    close: 'completed' | 'not_planned' | 'resolved' | 'outdated' | 'duplicate' | true;
    reopen: true;
    lock: true | 'off-topic' | 'too heated' | 'resolved' | 'spam';
    unlock: true;
    assign: OneOrMany;
    unassign: OneOrMany;
    milestone: string | null;
    'request-review': OneOrMany;
    'issue-type': string | null;
    'delete-branch': true;
    'inherit-labels': OneOrMany;
    project: RawProject;
}
export declare function toList(value: OneOrMany): string[];
export declare function isPlainMap(value: unknown): value is Record<string, unknown>;

import type { ItemRef } from '../model/plan.js';
import { type RuleSet } from '../model/rules.js';
import { type Provider } from '../providers/provider.js';
export interface PreviewOptions {
    provider: Provider;
    /** The base branch's rules; null when it has no rules file (the pull request adds it). */
    before: RuleSet | null;
    /** The pull request's rules; null when it deletes the rules file. */
    after: RuleSet | null;
    /** The instant both plans are computed at. */
    now: Date;
}
/** What one rule id does on each side. A rule only in one file has 0 on the other. */
export interface RuleDelta {
    rule: string;
    /** Items the base rules change with this rule. */
    before: number;
    after: number;
    /** Items the rule starts changing with the pull request (walk order). */
    added: ItemRef[];
    /** Items it stops changing. */
    removed: ItemRef[];
    inBefore: boolean;
    inAfter: boolean;
    /** The rule answers events only (`on` without schedule): a sweep, and so this preview, never runs it. */
    eventsOnly: boolean;
}
export interface PreviewResult {
    repository: string;
    walked: number;
    rules: RuleDelta[];
    /** Items whose facts could not be read: neither plan counts them. */
    failures: {
        item: ItemRef;
        error: string;
    }[];
    /** The walk stopped early (a rate limit): the counts cover the items walked. */
    stop?: string;
    requests: {
        reads: number;
        writes: number;
    };
}
export declare function previewRules(options: PreviewOptions): Promise<PreviewResult>;

import type { Rule } from '../model/rules.js';
/**
 * Which run a rule set is evaluated for: a sweep over every item (a schedule, a manual dispatch, the
 * CLI), or one event (`issues.opened`). Event names are GitHub's workflow events; other forges map
 * their webhooks onto them.
 */
export type Trigger = 'sweep' | RuleEvent;
export interface RuleEvent {
    /** `issues`, `pull_request`, ... */
    name: string;
    /** The payload's `action` (`opened`, `synchronize`); absent for events without one (`schedule`). */
    action?: string;
}
/** Events a rule's `on` may name. The rules file validates the event part against this list. */
export declare const RULE_EVENTS: readonly ["issues", "issue_comment", "pull_request", "pull_request_target", "pull_request_review", "discussion", "discussion_comment", "schedule", "workflow_dispatch"];
/** Events that start a sweep: a rule naming one of them runs in sweeps too. */
export declare const SWEEP_EVENTS: readonly string[];
/**
 * Whether the rule runs for this trigger:
 * - a rule without `on` runs in sweeps and on every event (the rules file of a plain stale bot);
 * - a rule with `on` runs only on the events it names (`issues` = any action, `issues.opened` = that
 *   action) and not in sweeps, unless `on` names `schedule` or `workflow_dispatch`: a welcome comment
 *   `on: issues.opened` must not be posted on every old issue by the nightly sweep.
 * Event names compare exactly: `pull_request` does not answer `pull_request_target`; name both.
 */
export declare function ruleRunsOn(rule: Rule, trigger: Trigger): boolean;
/** A stable cache key: `sweep`, `issues`, `issues.opened`. */
export declare function triggerKey(trigger: Trigger): string;

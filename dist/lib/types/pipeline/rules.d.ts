import type { RuleSet } from '../model/rules.js';
import type { Capabilities } from '../providers/provider.js';
/**
 * Fails the run before its first request when a rule asks for something the provider cannot do,
 * instead of halfway through it.
 */
export declare function assertSupported(rules: RuleSet, capabilities: Capabilities): void;
/** Loads the rules file and checks it against what the provider can do. */
export declare function loadCheckedRules(path: string, capabilities: Capabilities): Promise<RuleSet>;
/** The rules with their `on` lists dropped: a backfill runs event rules over every existing item once. */
export declare function forBackfill(rules: RuleSet): RuleSet;

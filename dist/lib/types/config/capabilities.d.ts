import { type RuleSet } from '../model/rules.js';
import type { Capabilities } from '../providers/provider.js';
import type { ConfigProblem } from './errors.js';
/**
 * Problems for every condition and action a rule uses (in `when` and in a check's `require`) that the
 * provider cannot evaluate or carry out, including conditions whose facts it cannot read, at the
 * rule's position, so the run fails before its first request rather than on every item. Empty when
 * all is supported.
 */
export declare function checkCapabilities(ruleSet: RuleSet, caps: Capabilities): ConfigProblem[];

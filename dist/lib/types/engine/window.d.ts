import type { RuleSet } from '../model/rules.js';
import { type CompiledRules } from './compile.js';
/**
 * How far back the rules look at activity and label timers: the longest `inactive` or `labeled` span
 * in them (ms), or null when they use none. A provider reading repository-wide feeds needs to read no
 * further back than `now` minus this (see `recentSince` on the provider's query); anything older is
 * decided by the item's own timestamps or, rarely, by its full history.
 */
export declare function activityWindow(rules: RuleSet | CompiledRules): number | null;

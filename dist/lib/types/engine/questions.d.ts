/**
 * Which model questions decide an item now. The pipeline asks this when the engine needs the fact
 * `answers`, so only the questions of rules that are reached, and whose other conditions do not
 * already decide them, cost a call: a rule whose `labels: { none: ['kind/*'] }` is false asks nothing.
 * Pure, like the rest of the engine: it walks the rules as `planItem` does.
 */
import type { ModelQuestion } from '../model/answers.js';
import type { Item, ItemFacts } from '../model/item.js';
import type { RuleSet } from '../model/rules.js';
import { type CompiledRules } from './compile.js';
export declare function pendingQuestions(item: Item, facts: ItemFacts, rules: RuleSet | CompiledRules, now: Date): ModelQuestion[];

/**
 * The rules file's model parts: the `models:` section, `classify` conditions, and the checks that tie
 * them together (a rule's question is keyed by its id; `{{classified}}` needs a `classify` in its rule).
 */
import { type ClassifySpec, type ModelSettings } from '../model/answers.js';
import { type Condition, type Rule } from '../model/rules.js';
import type { CompileContext } from './context.js';
import type { DataPath } from './positions.js';
import { type RawClassify, type RawSimilar } from './raw.js';
/** The `models:` section with its defaults, or undefined when absent (or broken, already reported). */
export declare function compileModels(value: unknown, path: DataPath, ctx: CompileContext): ModelSettings | undefined;
/** A sound `classify:` map; its key (the rule's id) is set by `checkModelRule`. */
export declare function compileClassify(raw: RawClassify, path: DataPath, ctx: CompileContext): Condition;
/** A sound `similar:` map with its defaults; its key (the rule's id) is set by `checkModelRule`. */
export declare function compileSimilar(raw: RawSimilar): Condition;
/**
 * Keys the rule's `classify` to its id and checks how the rule uses models: one question per rule
 * (fixtures and the cache pin answers by rule id), a `models:` section to ask, and `{{classified}}` only
 * where a `classify` gives it a value, and as a whole label, so a label is always one of `into`.
 */
export declare function checkModelRule(rule: Rule, hasModels: boolean, ctx: CompileContext): void;
/** Every `classify` in these conditions, in file order (a valid rule has at most one). */
export declare function classifySpecs(conditions: readonly Condition[], out?: ClassifySpec[]): ClassifySpec[];

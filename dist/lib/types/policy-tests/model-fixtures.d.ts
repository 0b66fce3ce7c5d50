/**
 * A test's `model:` map: the answers a model would give, by rule id, so policies with `classify` are
 * tested without a model. Checked against the rules file: the rule must exist and ask a question, and
 * a choice must be one of its `into` (or `none`), as a real answer is checked on arrival.
 */
import type { CompileContext } from '../config/context.js';
import type { DataPath } from '../config/positions.js';
import type { ModelAnswers, SimilarAnswers } from '../model/answers.js';
import type { Item } from '../model/item.js';
import type { RuleSet } from '../model/rules.js';
export declare function compileModelFixture(value: unknown, path: DataPath, ctx: CompileContext, rules: RuleSet): ModelAnswers | undefined;
/**
 * A test's `similar:` (validated by the schema): the same answer for every `among`, each candidate with
 * an address beside the item's own (`.../issues/12`), as a forge would give it.
 */
export declare function compileSimilarFixture(value: unknown, item: Item): SimilarAnswers | undefined;

/**
 * A test's `model:` map: the answers a model would give, by rule id, so policies with `classify` are
 * tested without a model. Checked against the rules file: the rule must exist and ask a question, and
 * a choice must be one of its `into` (or `none`), as a real answer is checked on arrival.
 */
import type { CompileContext } from '../config/context.js';
import type { DataPath } from '../config/positions.js';
import type { ModelAnswers } from '../model/answers.js';
import type { RuleSet } from '../model/rules.js';
export declare function compileModelFixture(value: unknown, path: DataPath, ctx: CompileContext, rules: RuleSet): ModelAnswers | undefined;

import type { FactName } from '../model/item.js';
import { type ActivitySettings, type Condition } from '../model/rules.js';
import type { Projection } from './projection.js';
import { type Truth } from './truth.js';
export { isDraft } from './field-tests.js';
/**
 * Conditions compiled into closures over precompiled matchers, so an evaluation does no parsing, glob
 * compilation or allocation. Combinators evaluate cheap children first; with three-valued (Kleene)
 * logic the order changes nothing but how soon a decisive `false`/`true` stops the work — and, above
 * all, whether a fact that costs a request is ever asked for.
 */
export interface CompiledCondition {
    readonly source: Condition;
    readonly test: (p: Projection) => Truth;
    /** Relative cost, for ordering: see `COST`. */
    readonly cost: number;
    /** Facts this condition (or a descendant) may need. */
    readonly facts: readonly FactName[];
    /** For all/any/not: children in file order (explanations follow the file, not the cost order). */
    readonly children: readonly CompiledCondition[];
    /** For leaves whose needs depend on the item: the facts that would decide it (default: `facts`). */
    readonly missing?: (p: Projection, out: Set<FactName>) => void;
}
/** `activity` is the rules file's `activity:` settings: the activity clock depends on them. */
export declare function compileCondition(cond: Condition, activity?: ActivitySettings): CompiledCondition;
/** The facts a leaf condition of this kind may need under these activity settings (capability checks). */
export { factsOfKind as conditionFacts } from './fact-tests.js';
/** The facts whose absence makes `cond` unknown for this projection, limited to decisive subtrees. */
export declare function missingFacts(cond: CompiledCondition, p: Projection, out: Set<FactName>): void;
/** Conditions `all` and `not` of already compiled parts, for check rules (`when` and not `require`). */
export declare function allOfCompiled(source: Condition, children: CompiledCondition[]): CompiledCondition;
export declare function notOfCompiled(source: Condition, child: CompiledCondition): CompiledCondition;

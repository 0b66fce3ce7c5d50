import type { Change } from '../model/plan.js';
import type { ItemKey, Write } from '../providers/provider.js';
import type { CommentResolution } from './apply-change.js';
import type { ChangeOutcome, RuleOutcome } from './outcome.js';
export interface Step {
    rule: RuleOutcome;
    index: number;
    /** Null: the change is settled without a request (`outcome` says how). */
    write: Write | null;
    /** The change's last write: once it succeeds the change is applied. */
    last: boolean;
    /** The outcome when the change completes. */
    outcome: ChangeOutcome;
}
/** Comments first, then the other changes, each in plan order (see Executor's applicationOrder). */
export declare function stepsOf(key: ItemKey, rules: RuleOutcome[], comments: ReadonlyMap<Change, CommentResolution>): Step[];

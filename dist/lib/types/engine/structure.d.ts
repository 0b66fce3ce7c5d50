import type { SubIssueBounds } from '../model/rules.js';
import { type Projection } from './projection.js';
import { type Truth } from './truth.js';
/** `sub-issues: { total: { min: 1 }, open: { max: 0 } }`: counts of the item's sub-issues. */
export declare function subIssuesTest(bounds: SubIssueBounds): (p: Projection) => Truth;
/** `parent: none | any | open | closed`. */
export declare function parentTest(value: 'none' | 'any' | 'open' | 'closed'): (p: Projection) => Truth;
export declare function describeSubIssueBounds(bounds: SubIssueBounds): string;
export declare function observeSubIssues(p: Projection): string;
export declare function observeParent(p: Projection): string;
/** `{{parent}}`: the parent's reference, or empty when there is none (or it was not read). */
export declare function parentValue(p: Projection): string;
/** `{{sub_issues}}`: one Markdown list line per sub-issue, with its state: `- #12 Title (closed)`. */
export declare function subIssuesValue(p: Projection): string;
/**
 * The parent's labels matching the globs that the (projected) item lacks, spelled as the parent spells
 * them. Undefined while the parent is not read; empty when there is nothing to add.
 */
export declare function inheritedLabels(p: Projection, globs: readonly string[]): string[] | undefined;

import { type Explanation } from '../engine/index.js';
import { type RuleSet } from '../model/rules.js';
import type { ModelAnswerer } from '../models/answerer.js';
import type { Provider } from '../providers/provider.js';
/** Which item to explain: an issue or pull request by number, a GitLab merge request, or a discussion. */
export interface ExplainTarget {
    number: number;
    discussion?: boolean;
    /** `!12`: GitLab's merge request 12 (GitLab numbers them apart from issues; `#12` is issue 12). */
    mergeRequest?: boolean;
}
/**
 * `#123` or `123` (an issue or pull request on GitHub, an issue on GitLab), `!123` (a GitLab merge
 * request), `discussion #12` or `discussion 12` (a discussion: discussions share numbers with issues
 * and pull requests, so the word says which is meant). Null for anything else.
 */
export declare function parseExplainTarget(text: string): ExplainTarget | null;
export declare function explainItem(provider: Provider, unresolved: RuleSet, target: number | ExplainTarget, now: Date, models?: ModelAnswerer): Promise<Explanation>;

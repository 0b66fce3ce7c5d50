/**
 * What one repository's sweep cost in the forge's own unit, so a maintainer can size shards: GitHub
 * REST counts requests (a 304 answer to a conditional request is free), GitHub GraphQL counts points
 * (each query's reported cost), GitLab counts requests. Read from the provider after its sweep: the
 * budget left before and after is shared with other shards running at the same time, so only the
 * provider's own count says what this repository spent.
 */
import type { Provider } from '../providers/provider.js';
export interface BudgetSpent {
    /** `REST requests`, `GraphQL points` or `requests` (GitLab). */
    kind: string;
    amount: number;
}
export declare function spentBy(provider: Provider): BudgetSpent;

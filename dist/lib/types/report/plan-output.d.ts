/** The machine-readable plan: the `plan` output of the Action and `--json` of the CLI. */
import type { Change } from '../model/plan.js';
import type { ChangeStatus } from '../executor/index.js';
import type { TriageResult } from './result.js';
export interface PlanEntry {
    number: number;
    type: string;
    url: string;
    title: string;
    rules: {
        rule: string;
        actions: (PlannedAction & {
            status: ChangeStatus;
        })[];
    }[];
    error?: string;
}
/**
 * A change as the plan shows it. A comment's `since` (its cycle's start) is the executor's business,
 * and its precision differs by forge (GitHub keeps seconds, GitLab milliseconds): left out.
 */
export type PlannedAction = DistributiveOmit<Change, 'since'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export declare function planEntries(result: TriageResult): PlanEntry[];
export {};

import type { IssueTypeTarget } from './issue-type.js';
/** Who can be assigned in the repository, asked once per login and run. */
export declare class Assignable {
    private readonly target;
    private readonly known;
    constructor(target: IssueTypeTarget);
    /** The logins GitHub cannot assign here: `GET .../assignees/{assignee}` answers 404 (204: it can). */
    unknown(logins: readonly string[]): Promise<string[]>;
    private canBeAssigned;
}
/** Every milestone title of the repository, open and closed. */
export declare function readMilestoneTitles(target: IssueTypeTarget): Promise<string[]>;

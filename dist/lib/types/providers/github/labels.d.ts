import type { IssueTypeTarget } from './issue-type.js';
export declare function readLabelNames(target: IssueTypeTarget): Promise<string[]>;

/** What became of one report issue in one run. */
export interface ReportOutcome {
    /** The report's id in the rules file. */
    id: string;
    /**
     * created / edited / unchanged (already said the same) / would-create / would-edit (dry run) /
     * deferred (max-operations had no write left) / blocked (the run was not trusted: circuit breaker) /
     * failed.
     */
    status: 'created' | 'edited' | 'unchanged' | 'would-create' | 'would-edit' | 'deferred' | 'blocked' | 'failed';
    /** The issue, when there is one. */
    issue?: {
        number: number;
        url: string;
        state: 'open' | 'closed';
    };
    /** Why it failed, or a note (closed by a maintainer, left closed). */
    note?: string;
    /** Write requests it made. */
    writes: number;
}

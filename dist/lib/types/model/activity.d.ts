/**
 * What a report's metrics are computed from: the items of one repository that were active in the
 * report's period, each with the part of its history the metrics read. A forge reads them
 * (FleetForge.readActivity); report/metrics.ts computes the figures without any I/O.
 */
/** A metric a report may ask for (rules file `reports[].metrics`). */
export type MetricSpec = {
    kind: 'time-to-first-response';
} | {
    kind: 'time-to-close';
} | {
    kind: 'time-in-label';
    label: string;
};
export interface ActivityActor {
    login: string;
    /** A bot account (GitHub: user type Bot; GitLab: a project or group bot user). */
    bot: boolean;
}
export interface ActivityRecord {
    kind: 'issue' | 'pull_request';
    number: number;
    title: string;
    url: string;
    /** Null when the author's account is gone (GitHub's ghost). */
    author: ActivityActor | null;
    createdAt: string;
    /** When it was last closed (merged counts as closed); null while it is open. */
    closedAt: string | null;
    /** Current label names. */
    labels: string[];
    /**
     * Comments and submitted reviews by anyone (filtered in the computation), oldest first. Empty when
     * the read did not ask for them.
     */
    responses: {
        at: string;
        by: ActivityActor | null;
    }[];
    /** Label history, oldest first; empty when the read did not ask for it. */
    labelEvents: {
        label: string;
        action: 'labeled' | 'unlabeled';
        at: string;
    }[];
}
/** What one repository's read must cover: the union of its reports' needs. */
export interface ActivityRequest {
    /** Start of the longest period asked (ISO 8601): items created, closed or labelled since then. */
    since: string;
    /** Read comments and reviews (time-to-first-response), for the items created since `since`. */
    responses: boolean;
    /** Labels whose history to read (time-in-label); open items carrying one are read whatever their age. */
    labels: readonly string[];
}
export interface ActivityRead {
    items: ActivityRecord[];
    /** The account Sift runs as, whose comments are no response; null when not asked or unknown. */
    self: string | null;
}
/** Puts an item's responses and label events in time order (forges list them in their own orders). */
export declare function sortHistory(item: ActivityRecord): ActivityRecord;

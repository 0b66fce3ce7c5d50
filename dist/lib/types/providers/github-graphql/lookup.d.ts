/**
 * Node ids for the names writes use (item numbers, label names, logins, milestone titles), cached for
 * the provider's life. The listing fills the cache for items and their labels as it goes, so most
 * writes need no lookup at all; the rest of a batch is looked up in one query. Labels a write adds that
 * the repository lacks are created first (REST's "add labels" creates them too; GraphQL's needs ids).
 */
import type { ItemType } from '../../model/item.js';
import { type Ids, type Write } from './mutations.js';
import type { GraphqlTransport } from './transport.js';
export interface Repo {
    owner: string;
    name: string;
}
/** Thrown when GitHub answers RATE_LIMITED; the batch turns it into a clean stop. */
export declare class LookupRateLimited extends Error {
    constructor();
}
export declare class IdResolver {
    private readonly transport;
    private readonly repo;
    /** By itemSlot (a number, so a key costs no string: 10,000 of them were 0.3 MB); the newest last. */
    private readonly items;
    /** By lower-cased name; null: the repository has no such label. */
    private readonly labels;
    private readonly users;
    private milestones;
    private repositoryId;
    constructor(transport: GraphqlTransport, repo: Repo);
    rememberItem(type: ItemType, number: number, id: string): void;
    rememberLabel(id: string, name: string): void;
    /**
     * Ids for every name the writes use: one lookup query for what is not cached, one mutation request
     * creating the labels to add that do not exist, and the milestones (read once) when a write sets one.
     * Throws for failures below GraphQL (HTTP) and LookupRateLimited; GitHub's per-name answers
     * (NOT_FOUND for a login) are returned as the reason that name has no id.
     */
    prepare(writes: readonly Write[]): Promise<Ids>;
    /**
     * One query for the items, labels and users the writes name that are not cached (and the
     * repository's id when asked). Returns errors that concern all of them (the repository itself).
     */
    private lookUp;
    private createLabels;
    private loadMilestones;
}

import type { ProjectMembership, ProjectRef } from '../../model/projects.js';
import { type ItemKey, type ProjectLookup } from '../provider.js';
import type { GraphqlAnswer, SendOptions } from '../github-graphql/transport.js';
/** Sends one GraphQL document: a GraphqlTransport's `send`, bound to the client projects use. */
export type GraphqlSend = <T extends object>(document: string, variables: Record<string, unknown>, options?: SendOptions) => Promise<GraphqlAnswer<T>>;
/**
 * An item is rarely in more than a few projects; 20 of them are read with it. Values are read by name
 * (at most 50 fields per project on GitHub), so no connection of values is paged.
 */
export declare const PROJECTS_PER_ITEM = 20;
/** `projectItems` with the values of `fields` (names as the projects spell them), as aliases v0, v1... */
export declare function projectItemsField(fields: readonly string[]): string;
interface ProjectItemNode {
    id: string;
    project: {
        id: string;
        number: number;
        owner: {
            __typename: string;
            login?: string;
        } | null;
    } | null;
    [alias: string]: unknown;
}
export interface ProjectItemsNode {
    projectItems?: {
        pageInfo: {
            hasNextPage: boolean;
        };
        nodes: (ProjectItemNode | null)[] | null;
    } | null;
}
/** The projects an item is in (`projectItems` as projectItemsField reads it). */
export declare function membershipsOf(node: ProjectItemsNode): ProjectMembership[] | undefined;
/** What GitHub answers when a token cannot see a project, so the message can say what to do. */
export interface ProjectAccess {
    /** The run uses the workflow's token for projects (no `project-token` given). */
    workflowToken: boolean;
}
/** The permissions a token needs for projects (checked against GitHub's docs; see docs/structured-triage.md). */
export declare const PROJECT_TOKEN_ADVICE = "set the `project-token` input to a token that can: a fine-grained personal access token with the organization permission \"Projects\" (read and write) for an organisation's project, a classic personal access token with the `project` scope (and `repo` for private repositories' items), or a GitHub App installation token with the organization permission \"Projects\" (read and write); the workflow's GITHUB_TOKEN cannot reach projects";
export declare class GitHubProjects {
    private readonly send;
    private readonly repo;
    private readonly access;
    private readonly secrets;
    private schemasRead;
    /** The field names (as the projects spell them) whose values item reads carry. */
    private fieldNames;
    /** Project item ids by `${projectId} ${contentId}`, from reads and adds. */
    private readonly itemIds;
    /** Issues' and pull requests' node ids by number (the content a project item points at). */
    private readonly contentIds;
    constructor(send: GraphqlSend, repo: {
        owner: string;
        name: string;
    }, access: ProjectAccess, secrets?: readonly string[]);
    /**
     * An item's projects as a listing node carries them (`projectItemsField`), remembered for writes;
     * undefined when the node does not carry them.
     */
    fromNode(number: number, node: ProjectItemsNode & {
        id: string;
    }): ProjectMembership[] | undefined;
    /**
     * The projects of many items in one request (`nodes(ids:)`, up to 100 ids): the REST provider's way
     * (its items carry `node_id`), and the GraphQL provider's when projects have their own token.
     */
    readMany(items: readonly {
        number: number;
        id: string;
    }[]): Promise<Map<number, ProjectMembership[]>>;
    /** One issue's or pull request's projects, by number (an event's item, or one the listing did not carry). */
    readOne(item: ItemKey): Promise<ProjectMembership[]>;
    private readFailure;
    /** Field names item reads carry (set by `schemas`). */
    fields(): readonly string[];
    /**
     * The projects, in one query. `fields`: the names the rules use (any case); item reads then carry
     * those fields' values, spelled as each project spells them.
     */
    schemas(refs: readonly ProjectRef[], fields?: readonly string[]): Promise<ProjectLookup[]>;
    /** Why a project could not be read, and what to do about it. */
    private unreachable;
    private redact;
    /** Remembers the item's node id and its project item ids (so writes need no lookup). */
    private remember;
    /** The node id of an item whose projects were read this run. */
    private contentId;
    /** Adds the item to the project; already there is success (GitHub answers the existing item). */
    add(item: ItemKey, ref: ProjectRef): Promise<void>;
    /** Sets one field, by the field's type; the item must be in the project (read or added this run). */
    set(item: ItemKey, ref: ProjectRef, fieldName: string, value: string): Promise<void>;
    private schema;
    private writeFailure;
}
export {};

import type { ItemKey, Write } from '../provider.js';
import type { MutationOp } from './query.js';
import type { GraphqlError } from './types.js';
/** One logical change to one item, as data that can be batched: the Provider's neutral Write. */
export type { Write } from '../provider.js';
/** A mutation ready to send, with what the batcher needs to know about it. */
export interface WriteOp extends MutationOp {
    /** Sending it twice does what sending it once does. Only posting a comment is not. */
    idempotent: boolean;
    /** For a comment: its body, to see whether it went through before a failed batch is retried. */
    commentBody?: string;
    /** A message when GitHub accepted the mutation but did not do all of it (assignees it dropped). */
    verify?: (payload: unknown) => string | null;
    /** For a comment: the new comment's node id, from the answer. */
    created?: (payload: unknown) => string | undefined;
}
/** A node id, or why there is none. */
export type Resolved<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    errors: GraphqlError[];
};
/** Node ids for a write's names; a label that does not exist resolves to null. */
export interface Ids {
    item(key: ItemKey): Resolved<string>;
    label(name: string): Resolved<string | null>;
    user(login: string): Resolved<string>;
    /** Null: the repository has no milestone of that title. */
    milestone(title: string): Resolved<string | null>;
}
/** What the write does, in the words of error messages: `adding label "bug" to issue #4`. */
export declare function describeWrite(write: Write): string;
/** The `permissions:` entry a workflow token needs for the write. */
export declare function permissionOf(write: Write): string;
/** The names a write needs node ids for. */
export declare function namesOf(write: Write): {
    labels: string[];
    users: string[];
    milestone: string | null;
};
export type Planned = {
    kind: 'send';
    op: WriteOp;
}
/** Nothing to do: the state wanted already holds. */
 | {
    kind: 'done';
}
/** GitHub said why a name could not be resolved. */
 | {
    kind: 'failed';
    errors: GraphqlError[];
}
/** Cannot be done at all. */
 | {
    kind: 'invalid';
    message: string;
    status: number;
};
/** The mutation for a write, `done` when there is nothing to do, or why it cannot be sent. */
export declare function plan(write: Write, ids: Ids): Planned;

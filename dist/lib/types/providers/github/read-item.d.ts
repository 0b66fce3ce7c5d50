/**
 * One issue or pull request by number through REST, for both GitHub providers: an event whose payload
 * lacks fields, or an item to explain. REST's issue is the shape webhook payloads carry, so the item
 * read here is the one a complete payload would have given.
 */
import type { Item } from '../../model/item.js';
import type { IssueTypeTarget } from './issue-type.js';
/**
 * The item, or null when it is not in this repository: 404 (never was, or no access), 410 (deleted),
 * or an answer for another repository (GitHub redirects a transferred issue to its new home).
 */
export declare function readItem(target: IssueTypeTarget, number: number): Promise<Item | null>;

/**
 * Reading a result file back (a merge): kept apart from writing one (result-document.ts), so that a
 * sweep, which only writes, does not load the result file's validator.
 */
import { type ResultDocument } from './result-document.js';
/**
 * A result file's text as a document; throws, naming `source`, when it is not one Sift can merge
 * (not JSON, another format, a newer version, or not the shape of schema/sift-result.schema.json).
 */
export declare function parseResultDocument(text: string, source: string): ResultDocument;

/**
 * Reading a result file back (a merge): kept apart from writing one (result-document.ts), so that a
 * sweep, which only writes, does not load the result file's validator.
 */
import { RESULT_FORMAT, RESULT_VERSION, type ResultDocument } from './result-document.js';
import { resultShapeProblems } from './result-schema.js';

/**
 * A result file's text as a document; throws, naming `source`, when it is not one Sift can merge
 * (not JSON, another format, a newer version, or not the shape of schema/sift-result.schema.json).
 */
export function parseResultDocument(text: string, source: string): ResultDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not JSON (${error instanceof Error ? error.message : String(error)}).`, {
      cause: error,
    });
  }
  const doc = data as Partial<ResultDocument> | null;
  if (typeof doc !== 'object' || doc === null || doc.format !== RESULT_FORMAT) {
    throw new Error(`${source} is not a Sift result file (no "format": "${RESULT_FORMAT}").`);
  }
  if (doc.version !== RESULT_VERSION) {
    throw new Error(
      `${source} is a version ${String(doc.version)} result file; this Sift reads version ${RESULT_VERSION}. ` +
        `Run the shards and the merge with the same version of Sift.`,
    );
  }
  const problems = resultShapeProblems(data);
  if (problems.length > 0) {
    throw new Error(`${source} is not a valid result file: ${problems.join('; ')}.`);
  }
  return doc as ResultDocument;
}

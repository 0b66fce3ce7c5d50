export declare const RESULT_SCHEMA: Readonly<Record<string, unknown>>;
/** What is wrong with `data` as a result document, in words ('' when nothing is). */
export declare function resultShapeProblems(data: unknown): string[];

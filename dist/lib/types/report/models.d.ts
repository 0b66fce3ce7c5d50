/**
 * The models part of a run's report: calls made and left, answers from the cache, failures by kind
 * (each leaves its rule undecided: it did not fire) and every answer with its confidence and source.
 * Item titles are someone else's text: escaped in tables. The model's own words are never shown,
 * only its choice (one of the rule's `into`) and a number.
 */
import type { ModelAnswer, SimilarAnswer } from '../model/answers.js';
import type { ModelReport } from '../models/answerer.js';
import { type Forge } from './describe.js';
/** One line: `3 calls of 50, 2 from the cache, 1 deferred; failures: 429 rate limited 1`. */
export declare function modelTotals(report: ModelReport): string;
/**
 * `kind/bug 0.92 (cache)`, `none 0.30`, `similar #12 0.95, #7 0.91 (cache)`, `no similar items`,
 * `failed: 429 ...`, `deferred`.
 */
export declare function describeModelAnswer(answer: ModelAnswer | SimilarAnswer): string;
/** `1 embeddings call to openai/text-embedding-3-small: 40 items embedded, 12 from the cache`. */
export declare function embeddingTotals(report: ModelReport): string | undefined;
export declare function renderModelSection(report: ModelReport, forge?: Forge): string;
export declare function modelTextLines(report: ModelReport, forge?: Forge): string[];

/**
 * The models part of a run's report: calls made and left, answers from the cache, failures by kind
 * (each leaves its rule undecided: it did not fire) and every answer with its confidence and source.
 * Item titles are someone else's text: escaped in tables. The model's own words are never shown,
 * only its choice (one of the rule's `into`) and a number.
 */
import type { ModelAnswer } from '../model/answers.js';
import type { ModelReport } from '../models/answerer.js';
/** One line: `3 calls of 50, 2 from the cache, 1 deferred; failures: 429 rate limited 1`. */
export declare function modelTotals(report: ModelReport): string;
/** `kind/bug 0.92 (cache)`, `none 0.30`, `failed: 429 ...`, `deferred`. */
export declare function describeModelAnswer(answer: ModelAnswer): string;
export declare function renderModelSection(report: ModelReport): string;
export declare function modelTextLines(report: ModelReport): string[];

/** An explanation for a terminal or a log: every rule, every condition, its value and outcome. */
import type { Explanation } from '../engine/index.js';
export declare function renderExplanation(explanation: Explanation): string;

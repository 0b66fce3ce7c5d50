import { type TriageResult } from './result.js';
export declare function renderText(result: TriageResult): string;

export { renderSummary, type SummaryContext } from './summary.js';
export { renderText } from './text.js';
export { planEntries, type PlanEntry } from './plan-output.js';
export { changedOutcomes, failedChecks, failedOutcomes, countsPerRule, type TriageResult } from './result.js';

export { renderSummary, type SummaryContext } from './summary.js';
export { renderText, stopLine } from './text.js';
export { planEntries, type PlanEntry } from './plan-output.js';
export { changedOutcomes, failedChecks, failedOutcomes, countsPerRule, tallyWords, type TriageResult, } from './result.js';
export { boundedOutputs, fitChunks, fitJsonArray, utf8Bytes, OUTPUTS_BUDGET_BYTES, type FittedJsonArray, } from './budget.js';
export { SUMMARY_BUDGET_BYTES } from './summary.js';

/**
 * Sift as a library, for people who embed it in their own bot: load rules, pick or write a provider,
 * run `triage`. Nothing here touches @actions/*.
 */
export { triage, type TriageOptions } from './pipeline/triage.js';
export { explainItem, parseExplainTarget, type ExplainTarget } from './pipeline/explain.js';
export { loadCheckedRules } from './pipeline/rules.js';
export { SAFETY_DEFAULTS, type SafetyLimits } from './pipeline/safety.js';
export { loadRules, parseRules, checkCapabilities, ConfigError, type ConfigProblem } from './config/index.js';
export { compileRules, planItem, explain } from './engine/index.js';
export { createProvider, PROVIDERS, type ProviderSettings } from './providers/registry.js';
export { createGitHubRestProvider } from './providers/github-rest/index.js';
export { createGitLabProvider } from './providers/gitlab/index.js';
export { MemoryProvider, memoryItem, type MemoryItem } from './providers/memory/index.js';
export { ItemWriteError, RateLimitStop, type Provider, type Capabilities, type ItemQuery, type ItemKey, type OwnComment, } from './providers/provider.js';
export { renderSummary, renderText, planEntries, type TriageResult } from './report/index.js';
export { renderExplanation } from './report/explain.js';
export { loadPolicyTests, parsePolicyTests, runPolicyTests, type PolicyTestFile, type PolicyTestReport, } from './policy-tests/index.js';
export { renderTestsText, renderTestsMarkdown } from './report/policy-tests.js';
export { previewRules, type PreviewResult, type RuleDelta } from './pipeline/preview.js';
export { renderPreview, previewEntries } from './report/preview.js';
export type { Item, ItemFacts, ActivityEvent, ItemType, DiscussionFields } from './model/item.js';
export type { RuleSet, Rule, Condition, ActionSpec } from './model/rules.js';
export { selectsDiscussions } from './model/rules.js';
export type { ItemPlan, Change } from './model/plan.js';
export { VERSION } from './version.js';
export type { FleetForge, RepositoryEntry, ReportIssues } from './fleet/forge.js';
export { createGitHubFleet } from './providers/github/fleet.js';
export { createGitLabFleet } from './providers/gitlab/fleet.js';
export { selectRepositories, splitShards, matrixJson } from './fleet/shards.js';
export { sweepEach, type RepositoryRun } from './fleet/sweep.js';
export { resultDocument, mergeResults, type ResultDocument } from './fleet/result-document.js';
export { parseResultDocument } from './fleet/result-parse.js';
export { publishReports } from './fleet/reports.js';
export { renderFleetSummary } from './report/fleet-summary.js';

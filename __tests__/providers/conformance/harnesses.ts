/**
 * Every provider the conformance suite (suite.test.ts) runs against. A provider is done when its
 * harness is listed here and the suite passes; where a forge legitimately lacks something, the suite
 * reads the provider's capabilities and skips that scenario by name instead of weakening it.
 */
import { githubGraphqlHarness } from './harness-github-graphql.js';
import { githubRestHarness } from './harness-github-rest.js';
import { gitlabHarness } from './harness-gitlab.js';
import type { ProviderHarness } from './harness.js';
import { memoryHarness } from './harness-memory.js';

export const HARNESSES: ProviderHarness[] = [
  memoryHarness,
  githubRestHarness,
  githubGraphqlHarness,
  gitlabHarness,
];

/**
 * For end-to-end tests on the GitHub emulator: closes it after a test and fails the test if any REST
 * request Sift sent, or any answer the emulator gave, was unlike GitHub's REST description
 * (`gh.nonconforming`, src/emulator/github/openapi/conformance.ts). An emulator that answers unlike
 * GitHub lets tests pass that GitHub would fail; a request unlike the description is a bug in Sift.
 */
import { expect } from '@jest/globals';
import type { GitHubEmulator } from '../../src/emulator/github/index.js';

export async function closeConforming(gh: GitHubEmulator | undefined): Promise<void> {
  if (gh === undefined) return;
  const problems = [...gh.nonconforming];
  await gh.close();
  expect(problems).toEqual([]);
}

/**
 * Issue 18, point 7, through the bundled Action the way the runner runs it: `mode: merge` over a
 * results directory holding a good result file and three tampered ones. The merge writes the good
 * repository's summary and outputs, names each bad file (annotation and summary) with what is wrong,
 * fails the step so the missing shards are seen, and nothing from the files lands raw in the summary.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeWorkspace, runAction, type ActionRun } from '../helpers/run-action.js';
import { expectInert, writeAttack } from '../helpers/tampered-results.js';

let run: ActionRun | undefined;
let results: string;
beforeAll(() => {
  results = mkdtempSync(join(tmpdir(), 'sift-results-'));
  // As actions/download-artifact lays out several artifacts: a folder each.
  mkdirSync(join(results, 'sift-result-1'));
  writeAttack(join(results, 'sift-result-1'));
});
afterAll(() => {
  if (run) removeWorkspace(run);
  rmSync(results, { recursive: true, force: true });
});

it('mode: merge keeps the good file, names the tampered ones, and writes nothing of theirs raw', async () => {
  run = await runAction({ inputs: { mode: 'merge', results }, env: { GITHUB_REPOSITORY: 'acme/api' } });
  const bad = run;
  expect(bad.code).toBe(1);
  expect(bad.stdout).toMatch(
    /::warning::Skipped .*null-outcome\.json is not a valid result file: runs\[0\]\.result\.outcomes\[0\] must be object/,
  );
  expect(bad.stdout).toMatch(
    /::warning::Skipped .*requests\.json is not a valid result file: runs\[0\]\.result\.requests\.reads must be integer/,
  );
  expect(bad.stdout).toMatch(
    /::warning::Skipped .*evil-rule\.json is not a valid result file: runs\[0\]\.result\.ruleIds\[0\] must match pattern/,
  );
  expect(bad.stdout).toMatch(/3 result files were skipped \(not valid\)/);
  expect(bad.summary).toMatch(/1 repository from 1 result file/);
  expect(bad.summary).toMatch(/3 result files were skipped/);
  expect(bad.summary).toMatch(/\| acme\/good \| done \| 2 \| 1 \|/);
  expect(bad.outputs.changed).toBe('1');
  expect(JSON.parse(bad.outputs.repositories).map((r: { repository: string }) => r.repository)).toEqual([
    'acme/good',
  ]);
  await expectInert(bad.summary);
  expect(bad.stdout).not.toMatch(/^## Approved|<img/m);
});

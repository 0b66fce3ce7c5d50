/**
 * The GitHub client's own cap on requests at once: however many reads a run fans out (a comment lookup
 * for each comment posted, say), GitHub never sees more than MAX_REQUESTS_AT_ONCE of them together, as
 * with the throttling plugin's global group, which the client replaces by a queue without timer turns.
 * Counted by the emulator holding each request, never timed.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import { concurrencyCap, createClient, MAX_REQUESTS_AT_ONCE } from '../../src/providers/github/client.js';
import { closeConforming } from '../helpers/conforming.js';

const TOKEN = 'ghs_ClientCapToken0123';

let gh: GitHubEmulator;
beforeAll(async () => {
  gh = await startGitHubEmulator({ token: TOKEN });
  const repo = gh.store.addRepo('octo/cap');
  for (let i = 0; i < 25; i++) repo.addIssue({ title: `Issue ${i + 1}`, user: 'alice' });
});
afterAll(() => closeConforming(gh));

it(`sends at most ${MAX_REQUESTS_AT_ONCE} requests at once, and every one of them`, async () => {
  const meter = { held: 0, maxHeld: 0 };
  gh.onRequest = async () => {
    meter.held++;
    meter.maxHeld = Math.max(meter.maxHeld, meter.held);
    await sleep(30);
    meter.held--;
    return undefined;
  };
  const client = createClient({ token: TOKEN, baseUrl: gh.url });
  const numbers = Array.from({ length: 25 }, (_, i) => i + 1);
  const answers = await Promise.all(
    numbers.map((issue_number) =>
      client.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
        owner: 'octo',
        repo: 'cap',
        issue_number,
      }),
    ),
  );
  gh.onRequest = undefined;
  expect(answers.map((a) => (a.data as { number: number }).number)).toEqual(numbers);
  expect(meter.maxHeld).toBe(MAX_REQUESTS_AT_ONCE);
  expect(client.counts.reads).toBe(25);
});

it('lets requests through in the order they came, a place passing straight to the next in line', async () => {
  const cap = concurrencyCap(2).key('any');
  const started: number[] = [];
  const gates = Array.from({ length: 5 }, () => {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  });
  const runs = gates.map((gate, i) =>
    cap.schedule({}, async () => {
      started.push(i);
      await gate.promise;
      return i;
    }),
  );
  await sleep(5);
  expect(started).toEqual([0, 1]);
  gates[1].resolve();
  await sleep(5);
  expect(started).toEqual([0, 1, 2]);
  gates[0].resolve();
  await sleep(5);
  expect(started).toEqual([0, 1, 2, 3]);
  for (const gate of gates) gate.resolve();
  expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
});

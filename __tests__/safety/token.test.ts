/**
 * The token never appears in a message, even from a server that echoes it back in every error it
 * sends: not from the providers' errors, not from the shared client's own, not from a whole run.
 */
import { createClient } from '../../src/providers/github/client.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import type { Fault } from '../../src/emulator/github/index.js';
import { FAST, TOKEN, messagesOf, runSift, seededEmulator } from './harness.js';

const echo = (status: number, headers: Record<string, string> = {}): Fault => ({
  status,
  headers,
  body: {
    message: `token ${TOKEN} rejected`,
    errors: [{ resource: 'Issue', field: 'title', code: 'invalid', message: `not for ${TOKEN}` }],
    documentation_url: `https://docs.github.com/rest?token=${TOKEN}`,
  },
});

/** Every answer an echoing server might send: errors, rate limits, secondary limits. */
const ECHOES: [string, Fault][] = [
  ['401', echo(401)],
  ['403', echo(403)],
  ['404', echo(404)],
  ['422', echo(422)],
  ['500', echo(500)],
  [
    'secondary limit',
    { status: 403, body: { message: `You have exceeded a secondary rate limit, ${TOKEN}` } },
  ],
  ['primary limit', echo(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '4102444800' })],
  ['429', echo(429, { 'retry-after': '7200' })],
];

/** Everything about an error a log or a summary could show. */
function visible(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return [String(error), error.message, error.stack, JSON.stringify(error)].join('\n');
}

describe.each(ECHOES)('a server that echoes the token (%s)', (_name, fault) => {
  it('never gets it into an error from a provider, the client, or a whole run', async () => {
    const { gh } = await seededEmulator();
    try {
      gh.onRequest = () => fault;
      const provider = createGitHubRestProvider({
        token: TOKEN,
        repository: 'octo/demo',
        baseUrl: gh.url,
        client: FAST,
      });
      const issue = { type: 'issue', number: 1 } as const;
      const errors: unknown[] = [];
      const attempts: (() => Promise<unknown>)[] = [
        async () => {
          for await (const item of provider.items({ state: 'open' })) void item;
        },
        () => provider.findComment(issue, '<!-- sift -->'),
        () => provider.facts(issue, ['labelAppliedAt']),
        () => provider.addLabels(issue, ['bug']),
        () => provider.removeLabel(issue, 'bug'),
        () => provider.createComment(issue, 'hi'),
        () => provider.setMilestone(issue, 'v1'),
        () => createClient({ ...FAST, token: TOKEN, baseUrl: gh.url }).octokit.request('GET /rate_limit'),
      ];
      for (const attempt of attempts) await attempt().catch((error: unknown) => errors.push(error));
      expect(errors).toHaveLength(attempts.length);
      for (const error of errors) expect(visible(error)).not.toContain(TOKEN);

      const run = await runSift(gh);
      const messages = messagesOf(run);
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) expect(message).not.toContain(TOKEN);
      if (run.error) expect(visible(run.error)).not.toContain(TOKEN);
    } finally {
      await gh.close();
    }
  });
});

/**
 * Attack 9's GitHub points through the bundled Action: a branch deletion whose answer is lost, and a
 * `Link` header naming another host. (GitLab's bot-like names are in gitlab.test.ts.)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APIS, Attack, REPO, TOKEN } from './harness.js';

const attack = new Attack();
afterEach(() => attack.stop());

const CLOSE_ABANDONED = `version: 1
rules:
  - id: close-abandoned
    when: { type: pull_request, labels: { all: [abandoned] } }
    then:
      - close: not_planned
      - delete-branch: true
`;

describe.each(APIS)('over %s', (api) => {
  beforeEach(() => attack.start());

  it('a deletion whose answer was lost is retried, meets 422, and is reported as deleted', async () => {
    attack.repo.addIssue({
      number: 7,
      title: 'Fix crash',
      pull_request: true,
      labels: ['abandoned'],
      pull: { head: 'fix/crash' },
    });
    let lost = false;
    attack.gh.onRequest = (request) => {
      if (request.method !== 'DELETE' || lost) return undefined;
      lost = true;
      // GitHub deleted the branch, but its answer never arrived: the client sees a 502 and retries.
      attack.repo.branches.delete('fix/crash');
      return { status: 502, body: { message: 'Bad Gateway' } };
    };
    const run = await attack.action(
      { api, 'max-change-ratio': '1' },
      {},
      { '.github/sift.yml': CLOSE_ABANDONED },
    );
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(
      attack.gh
        .writes()
        .filter((w) => w.method === 'DELETE')
        .map((w) => w.status),
    ).toEqual([502, 422]);
    expect(run.summary).toContain('close (not planned); delete head branch');
    expect(run.summary).not.toContain('kept branch fix/crash');
    expect(attack.repo.require(7).state).toBe('closed');
  });
});

describe('a Link header naming another host', () => {
  let other: Server;
  const seen: (string | undefined)[] = [];
  beforeEach(async () => {
    await attack.start();
    other = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  });
  afterEach(() => new Promise<void>((resolve) => other.close(() => resolve())));

  it('the Action refuses to follow it with the token, fails, and writes nothing', async () => {
    for (let n = 1; n <= 3; n++) attack.repo.addIssue({ number: n, title: `Issue ${n}` });
    const otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    attack.gh.onRequest = (request) => {
      if (request.method !== 'GET' || !request.path.startsWith(`/repos/${REPO}/issues`)) return undefined;
      return {
        status: 200,
        body: [],
        headers: { link: `<${otherUrl}/repos/${REPO}/issues?page=2>; rel="next"` },
      };
    };
    const run = await attack.action(
      { api: 'rest', 'dry-run': 'false' },
      {},
      {
        '.github/sift.yml': `version: 1\nrules:\n  - id: all\n    when: { state: open }\n    then: [{ label: seen }]\n`,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Refused to send the token to ${otherUrl}`);
    expect(seen).toEqual([]);
    expect(attack.gh.writes()).toEqual([]);
    // The token appears once: in the runner's own add-mask command, which hides it from the log.
    const log = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect([...log, run.stderr, run.summary].join('\n')).not.toContain(TOKEN);
  });
});

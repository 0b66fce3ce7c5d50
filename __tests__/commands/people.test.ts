/**
 * Commands in comments, as the people who write them: a maintainer, the item's author, a contributor,
 * an outsider, a bot. The whole pipeline (config -> provider -> engine -> executor) over the
 * in-memory provider, with examples/commands.yml as the rules file.
 */
import { readFileSync } from 'node:fs';
import { parseRules } from '../../src/config/index.js';
import { explainItem } from '../../src/pipeline/explain.js';
import { triage } from '../../src/pipeline/triage.js';
import { renderExplanation } from '../../src/report/explain.js';
import { ItemWriteError } from '../../src/providers/provider.js';
import { MemoryProvider, memoryItem, type MemoryComment } from '../../src/providers/memory/index.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();
const RULES = parseRules(readFileSync('examples/commands.yml', 'utf8'), 'examples/commands.yml');

function repo(comments: Partial<MemoryComment>[], seed: Parameters<typeof memoryItem>[0] = { number: 7 }) {
  const commentList = comments.map((c, i) => ({
    id: String(100 + i),
    author: 'alice',
    body: '',
    createdAt: hoursAgo(2),
    ...c,
  }));
  return new MemoryProvider(
    [
      memoryItem({
        author: 'olivia',
        labels: ['triage'],
        updatedAt: hoursAgo(1),
        ...seed,
        commentList,
        comments: commentList.length,
      }),
    ],
    { now: () => NOW, milestones: ['v2.0'] },
  );
}

async function run(provider: MemoryProvider, options: Partial<Parameters<typeof triage>[0]> = {}) {
  return triage({ provider, rules: RULES, now: NOW, dryRun: false, maxChangeRatio: 1, ...options });
}

const reactionsOn = (provider: MemoryProvider, id = '100') =>
  (provider.get(7)!.commentList.find((c) => c.id === id)?.reactions ?? []).map((r) => r.content);
const replies = (provider: MemoryProvider) =>
  provider
    .get(7)!
    .commentList.filter((c) => c.author === 'sift[bot]')
    .map((c) => c.body);

describe('a maintainer', () => {
  it('labels with /label, and Sift answers 👍', async () => {
    const provider = repo([
      { body: 'Looks like a bug in the CLI.\n/label kind/bug area/cli', association: 'MEMBER' },
    ]);
    const result = await run(provider);
    expect(provider.get(7)!.labels).toEqual(['triage', 'kind/bug', 'area/cli']);
    expect(reactionsOn(provider)).toEqual(['+1']);
    expect(replies(provider)).toEqual([]);
    const asked = result.outcomes[0].rules.find((r) => r.rule === '/label');
    expect(asked?.changes.map((c) => [c.change, c.status])).toEqual([
      [{ kind: 'label', labels: ['kind/bug', 'area/cli'] }, 'applied'],
    ]);
  });

  it('writes /SIFT LABEL in any case, and the /sift form works on GitHub too', async () => {
    const provider = repo([{ body: '/SIFT LABEL kind/docs', association: 'OWNER' }]);
    await run(provider);
    expect(provider.get(7)!.labels).toContain('kind/docs');
  });

  it('runs several commands of one comment in order, then the rules see their changes', async () => {
    const provider = repo([
      { body: '/label needs-info\n/assign @me\n/milestone v2.0', association: 'MEMBER', author: 'maria' },
    ]);
    const result = await run(provider);
    const item = provider.get(7)!;
    expect(item.labels).toEqual(['needs-info']); // the ask-for-info rule took `triage` off
    expect(item.assignees).toEqual(['maria']);
    expect(item.milestone).toBe('v2.0');
    expect(replies(provider)).toEqual([expect.stringContaining('@olivia, could you tell us more')]);
    expect(result.outcomes[0].rules.map((r) => r.rule)).toEqual([
      '/label',
      '/assign',
      '/milestone',
      'commands',
      'ask-for-info',
    ]);
  });

  it('runs a command of the rules file, with {{commenter}}', async () => {
    const provider = repo([{ body: '/freeze', association: 'OWNER', author: 'omar' }], {
      number: 7,
      labels: ['stale'],
    });
    await run(provider);
    expect(provider.get(7)!.labels).toEqual(['lifecycle/frozen']);
    expect(replies(provider)).toEqual([
      expect.stringMatching(/^omar froze this issue: it will not go stale\./),
    ]);
    expect(reactionsOn(provider)).toEqual(['+1']);
  });

  it('closes as a duplicate, which links the other issue', async () => {
    const provider = repo([{ body: '/close duplicate #3', association: 'MEMBER' }]);
    await run(provider);
    expect(provider.get(7)!.state).toBe('closed');
    expect(provider.get(7)!.closeReason).toBe('not_planned');
    expect(replies(provider)).toEqual([expect.stringMatching(/^Duplicate of #3\n/)]);
  });

  it('is not heard in a code block, a quote or indented code', async () => {
    const provider = repo([
      {
        body: 'To label, write:\n```\n/label kind/bug\n```\n> /label kind/bug\n\n    /label kind/bug\n',
        association: 'OWNER',
      },
    ]);
    const result = await run(provider);
    expect(provider.get(7)!.labels).toEqual(['triage']);
    expect(reactionsOn(provider)).toEqual([]);
    expect(result.outcomes).toEqual([]);
  });

  it("writes a command the rules file does not list: it is another bot's, ignored without an answer", async () => {
    const provider = repo([{ body: '/retest\n/lgtm', association: 'OWNER' }]);
    expect((await run(provider)).outcomes).toEqual([]);
    expect(reactionsOn(provider)).toEqual([]);
  });

  it('writes 11 commands: the first 10 run, the 11th is refused and said so', async () => {
    const lines = Array.from({ length: 11 }, (_, i) => `/label area/part-${i + 1}`);
    const provider = repo([{ body: lines.join('\n'), association: 'MEMBER' }]);
    await run(provider);
    const labels = provider.get(7)!.labels;
    expect(labels).toContain('area/part-10');
    expect(labels).not.toContain('area/part-11');
    expect(reactionsOn(provider)).toEqual(['confused']);
    expect(replies(provider)).toHaveLength(1);
    expect(replies(provider)[0]).toContain(
      '`/label area/part-11`: only the first 10 commands of a comment run',
    );
    expect(replies(provider)[0]).not.toContain('part-10`');
  });
});

describe('the item’s author', () => {
  it('closes their own issue with /close and labels it, being allowed as author', async () => {
    const provider = repo([{ body: '/label kind/question\n/close', association: 'NONE', author: 'olivia' }]);
    await run(provider);
    expect(provider.get(7)!.state).toBe('closed');
    expect(provider.get(7)!.closeReason).toBe('completed');
    expect(provider.get(7)!.labels).toContain('kind/question');
    expect(reactionsOn(provider)).toEqual(['+1']);
  });

  it('cannot /reopen, which only collaborators may', async () => {
    const provider = repo([{ body: '/reopen', association: 'NONE', author: 'olivia' }], {
      number: 7,
      state: 'closed',
    });
    await run(provider, { items: one(provider) });
    expect(provider.get(7)!.state).toBe('closed');
    expect(reactionsOn(provider)).toEqual(['confused']);
    expect(replies(provider)[0]).toContain('`/reopen`: not allowed for you');
  });
});

describe('an outsider', () => {
  it('labels: refused, 😕, and one reply that says why', async () => {
    const provider = repo([{ body: '/label kind/bug', association: 'NONE', author: 'mallory' }]);
    const result = await run(provider);
    expect(provider.get(7)!.labels).toEqual(['triage']);
    expect(reactionsOn(provider)).toEqual(['confused']);
    expect(replies(provider)).toEqual([
      expect.stringContaining(
        "@mallory Sift did not run this command:\n\n- `/label kind/bug`: not allowed for you (it needs association OWNER, MEMBER, COLLABORATOR or the issue's author; yours is NONE)",
      ),
    ]);
    const refused = result.outcomes[0].rules.find((r) => r.rule === '/label');
    expect(refused?.command).toEqual(
      expect.objectContaining({
        by: 'mallory',
        line: '/label kind/bug',
        refused: expect.stringContaining('not allowed'),
      }),
    );
  });

  it('cannot mention anyone or start a quick action through the reply', async () => {
    const provider = repo([{ body: '/label @everyone `x` /close', association: 'NONE', author: 'mallory' }]);
    await run(provider);
    const reply = replies(provider)[0];
    expect(reply).not.toMatch(/@everyone/);
    expect(reply).toContain('@\u200Beveryone');
    expect(reply).not.toMatch(/\n\s*\/close/);
  });
});

describe('a collaborator', () => {
  it('adds a label outside the allowlist: refused, the allowed ones still run', async () => {
    const provider = repo([{ body: '/label wontfix\n/label kind/bug', association: 'COLLABORATOR' }]);
    await run(provider);
    expect(provider.get(7)!.labels).toEqual(['triage', 'kind/bug']);
    expect(reactionsOn(provider)).toEqual(['confused']);
    expect(replies(provider)[0]).toContain(
      '`/label wontfix`: label "wontfix" is not allowed for /label (allowed: kind/*, area/*, good-first-issue, needs-info)',
    );
  });
});

describe('a contributor with `logins: self`', () => {
  it('takes the issue with /assign @me', async () => {
    const provider = repo([{ body: '/assign @me', association: 'CONTRIBUTOR', author: 'carl' }]);
    await run(provider);
    expect(provider.get(7)!.assignees).toEqual(['carl']);
  });

  it('cannot assign someone else', async () => {
    const provider = repo([{ body: '/assign @bob', association: 'CONTRIBUTOR', author: 'carl' }]);
    await run(provider);
    expect(provider.get(7)!.assignees).toEqual([]);
    expect(replies(provider)[0]).toContain(
      '`/assign @\u200Bbob`: you may only name yourself (@\u200Bme) with /assign',
    );
  });
});

describe('a bot', () => {
  it('never runs commands, even as a member, and gets no answer', async () => {
    const provider = repo([{ body: '/label kind/bug', association: 'MEMBER', author: 'renovate[bot]' }]);
    expect((await run(provider)).outcomes).toEqual([]);
    expect(provider.get(7)!.labels).toEqual(['triage']);
    expect(reactionsOn(provider)).toEqual([]);
  });
});

describe('answered comments never run again', () => {
  it('a rerun and a later sweep change nothing', async () => {
    const provider = repo([{ body: '/label kind/bug\n/label nope', association: 'MEMBER' }]);
    await run(provider);
    const writes = provider.requestCounts().writes;
    expect((await run(provider)).outcomes).toEqual([]);
    expect(provider.requestCounts().writes).toBe(writes);
    expect(replies(provider)).toHaveLength(1);
  });

  it('a comment edited after Sift reacted runs nothing', async () => {
    const provider = repo([
      {
        body: '/label kind/bug\n/close',
        updatedAt: hoursAgo(1),
        association: 'MEMBER',
        reactions: [{ content: '+1', user: 'sift[bot]' }],
      },
    ]);
    expect((await run(provider)).outcomes).toEqual([]);
    expect(provider.get(7)!.state).toBe('open');
  });

  it("another person's 👍 does not count as Sift's answer", async () => {
    const provider = repo([
      { body: '/label kind/bug', association: 'MEMBER', reactions: [{ content: '+1', user: 'bob' }] },
    ]);
    await run(provider);
    expect(provider.get(7)!.labels).toContain('kind/bug');
  });

  it('a sweep reads no comments of an item that has none, nor of one not updated within commands-since', async () => {
    const provider = new MemoryProvider(
      [
        memoryItem({ number: 1, updatedAt: hoursAgo(1) }),
        memoryItem({ number: 2, updatedAt: hoursAgo(9 * 24), comments: 3 }),
      ],
      { now: () => NOW },
    );
    await run(provider);
    // The listing's one page, and nothing per item.
    expect(provider.requestCounts().reads).toBe(1);
  });

  it('a sweep leaves comments older than commands-since alone', async () => {
    const provider = repo([{ body: '/label kind/bug', association: 'MEMBER', createdAt: hoursAgo(8 * 24) }]);
    expect((await run(provider)).outcomes).toEqual([]);
  });
});

describe('a fault between the label and the reaction', () => {
  it('the rerun adds the reaction only: no command runs twice, no second reply', async () => {
    let failReaction = true;
    const provider = new MemoryProvider(
      [
        memoryItem({
          number: 7,
          author: 'olivia',
          updatedAt: hoursAgo(1),
          comments: 1,
          commentList: [
            {
              id: '100',
              author: 'maria',
              body: '/label kind/bug\n/label wontfix',
              createdAt: hoursAgo(2),
              association: 'MEMBER',
            },
          ],
        }),
      ],
      {
        now: () => NOW,
        beforeWrite: (_key, n) => {
          // Writes: the reply (1), the label (2), the reaction (3).
          if (n === 3 && failReaction) throw new ItemWriteError('Server Error (502)', 502);
        },
      },
    );
    const first = await run(provider);
    expect(first.outcomes[0].error).toMatch(/react failed: Server Error/);
    expect(provider.get(7)!.labels).toEqual(['kind/bug']);
    expect(reactionsOn(provider)).toEqual([]);

    failReaction = false;
    const second = await run(provider);
    expect(second.outcomes[0].error).toBeUndefined();
    expect(reactionsOn(provider)).toEqual(['confused']);
    const labeled = provider.get(7)!.timeline!.filter((e) => e.kind === 'labeled');
    expect(labeled).toHaveLength(1);
    expect(replies(provider)).toHaveLength(1);
    expect(second.outcomes[0].rules.find((r) => r.rule === '/label')?.changes).toEqual([]);
  });
});

describe('the same executor', () => {
  it('a dry run plans the commands and writes nothing', async () => {
    const provider = repo([{ body: '/label kind/bug', association: 'MEMBER' }]);
    const result = await run(provider, { dryRun: true });
    expect(provider.requestCounts().writes).toBe(0);
    expect(result.outcomes[0].rules.flatMap((r) => r.changes.map((c) => [c.change.kind, c.status]))).toEqual([
      ['label', 'dry-run'],
      ['react', 'dry-run'],
    ]);
  });

  it('the budget counts them: a plan that does not fit is deferred whole', async () => {
    const provider = repo([{ body: '/label kind/bug', association: 'MEMBER' }]);
    const result = await run(provider, { maxOperations: 1 });
    expect(provider.requestCounts().writes).toBe(0);
    expect(result.outcomes[0].rules.flatMap((r) => r.changes.map((c) => c.status))).toEqual([
      'deferred',
      'deferred',
    ]);
  });
});

describe('explain', () => {
  it("shows what a comment's commands would do, and why one is refused, before the rules; writes nothing", async () => {
    const provider = repo([
      { body: '/label needs-info', association: 'MEMBER', author: 'maria' },
      { body: '/close', association: 'NONE', author: 'mallory' },
    ]);
    const text = renderExplanation(await explainItem(provider, RULES, 7, NOW));
    expect(text).toContain('command "/label needs-info" by @maria: runs\n  => label needs-info');
    expect(text).toContain('command "/close" by @mallory: refused, not allowed for you');
    expect(text).toContain("answer to @maria's comment: react +1 to comment 100");
    // The rules are explained against what the commands leave: ask-for-info matches.
    expect(text).toMatch(/rule ask-for-info: matches/);
    expect(provider.requestCounts().writes).toBe(0);
  });

  it('refuses in explain what a run would refuse: a milestone the repository lacks', async () => {
    const provider = repo([{ body: '/milestone v9.9', association: 'MEMBER', author: 'maria' }]);
    const text = renderExplanation(await explainItem(provider, RULES, 7, NOW));
    expect(text).toContain('command "/milestone v9.9" by @maria: refused, no such milestone: "v9.9"');
  });
});

describe('events', () => {
  it("issue_comment.created runs that comment's commands only", async () => {
    const provider = repo([
      { body: '/label kind/bug', association: 'MEMBER' },
      { body: '/label kind/docs', association: 'MEMBER' },
    ]);
    await run(provider, {
      trigger: { name: 'issue_comment', action: 'created' },
      eventCommentId: '101',
      items: one(provider),
    });
    expect(provider.get(7)!.labels).toEqual(['triage', 'kind/docs']);
  });

  it('other events run no commands', async () => {
    const provider = repo([{ body: '/label kind/bug', association: 'MEMBER' }]);
    await run(provider, { trigger: { name: 'issues', action: 'edited' }, items: one(provider) });
    expect(provider.get(7)!.labels).toEqual(['triage']);
  });
});

async function* one(provider: MemoryProvider) {
  yield (await provider.getItem(7))!;
}

/** Every built-in a maintainer may run, and an assign limited to some logins. */
const ALL_BUILT_INS = parseRules(
  `version: 1
commands:
  - { name: label, allow: { association: [MEMBER] } }
  - { name: close, allow: { association: [MEMBER] } }
  - { name: lock, allow: { association: [MEMBER] } }
  - { name: milestone, allow: { association: [MEMBER] } }
  - { name: request-review, allow: { association: [MEMBER] } }
  - { name: assign, allow: { association: [MEMBER], logins: ['team-*'] } }
rules:
  - { id: x, when: { labels: { any: [never] } }, then: [{ label: y }] }
`,
  'sift.yml',
);

describe('a maintainer whose command cannot run is told why, and nothing changes', () => {
  it.each([
    ['/label', 'it names no label'],
    ['/close duplicate', 'it names no item: write /close duplicate #NUMBER'],
    ['/close duplicate #7', '#7 is this issue itself'],
    ['/close maybe', 'unknown close reason (use completed, not_planned or duplicate #NUMBER)'],
    ['/lock angry', 'unknown lock reason (use off-topic, too heated, resolved, spam)'],
    ['/milestone', "it names no milestone (use 'none' to clear it)"],
    ['/milestone v9.9', 'no such milestone: "v9.9"'],
    ['/request-review @bob', 'only pull requests have reviewers'],
    ['/request-review', 'it names no one'],
    ['/assign @alice', 'login "alice" is not allowed for /assign'],
  ])('%s: refused, "%s"', async (body, why) => {
    const provider = repo([{ body, author: 'maria', association: 'MEMBER' }]);
    const before = structuredClone(provider.get(7)!);
    const result = await run(provider, { rules: ALL_BUILT_INS });
    expect(result.outcomes.map((o) => o.error)).toEqual([undefined]);
    expect(reactionsOn(provider)).toEqual(['confused']);
    expect(replies(provider)).toEqual([expect.stringContaining(`: ${why}`)]);
    const after = provider.get(7)!;
    expect([after.labels, after.state, after.locked, after.milestone, after.assignees]).toEqual([
      before.labels,
      before.state,
      before.locked,
      before.milestone,
      before.assignees,
    ]);
    // Answered: the next run runs nothing and says nothing more.
    const again = await run(provider, { rules: ALL_BUILT_INS });
    expect(again.outcomes).toEqual([]);
    expect(replies(provider)).toHaveLength(1);
  });
});

/**
 * A rule's comment per cycle (issue 9): with a `since` (the item's last human activity), an earlier
 * comment counts only when posted after it; the overlapping-run check after posting looks only after
 * it too. Real providers: the in-memory reference, GitHub REST (one by one) and GitHub GraphQL
 * (batched writes) over the emulator on 127.0.0.1.
 */
import { Executor, commentMarker, preparePlan, type ItemOutcome } from '../../src/executor/index.js';
import type { Change, ItemPlan } from '../../src/model/plan.js';
import { createGitHubGraphqlProvider } from '../../src/providers/github-graphql/index.js';
import { createGitHubRestProvider } from '../../src/providers/github-rest/index.js';
import { MemoryProvider, memoryItem } from '../../src/providers/memory/index.js';
import type { Provider } from '../../src/providers/provider.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';

const TOKEN = 'cycle-token-0123456789';
const NOW = Date.now();
const ago = (days: number) => new Date(NOW - days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const MARKER = commentMarker('warn');
const SINCE = ago(5); // the last human activity: a comment posted before it belongs to the cycle before
const text = (body: string) => `${body}\n\n${MARKER}`;

interface Forge {
  /** A provider for this run, and one for another run over the same forge. */
  provider: Provider;
  other: Provider;
  /** Comment bodies on item #1, oldest first. */
  comments(): string[];
  close(): Promise<void>;
}

/** #1 carries Sift's warning of an earlier cycle (10 days ago) and, when asked, one of this cycle (3). */
type Start = (thisCycle: boolean) => Promise<Forge>;

const seedComments = (thisCycle: boolean) => [
  { body: text('Old warning'), at: ago(10) },
  ...(thisCycle ? [{ body: text('Warning'), at: ago(3) }] : []),
];

const memory: Start = async (thisCycle) => {
  const provider = new MemoryProvider([
    memoryItem({
      number: 1,
      commentList: seedComments(thisCycle).map((c, i) => ({
        id: `s${i}`,
        author: 'sift[bot]',
        body: c.body,
        createdAt: c.at,
      })),
    }),
  ]);
  return {
    provider,
    other: provider,
    comments: () => provider.get(1)!.commentList.map((c) => c.body),
    close: async () => {},
  };
};

function github(api: 'rest' | 'graphql'): Start {
  return async (thisCycle) => {
    const gh: GitHubEmulator = await startGitHubEmulator({ token: TOKEN });
    const repo = gh.store.addRepo('octo/cycle');
    repo.addIssue({
      title: 'Crash',
      created_at: ago(20),
      comments: seedComments(thisCycle).map((c) => ({ body: c.body, user: 'sift[bot]', created_at: c.at })),
    });
    const make = () =>
      api === 'rest'
        ? createGitHubRestProvider({ token: TOKEN, repository: 'octo/cycle', baseUrl: gh.url })
        : createGitHubGraphqlProvider({ token: TOKEN, repository: 'octo/cycle', graphqlUrl: gh.graphqlUrl });
    return {
      provider: make(),
      other: make(),
      comments: () => repo.require(1).commentList.map((c) => c.body),
      async close() {
        const invalid = [...gh.graphql.invalid, ...gh.graphql.unemulated];
        await gh.close();
        if (gh.serverErrors.length > 0) throw gh.serverErrors[0];
        if (invalid.length > 0) throw new Error(`refused GraphQL: ${JSON.stringify(invalid[0])}`);
      },
    };
  };
}

function planFor(change: Change): ItemPlan {
  return {
    item: { type: 'issue', number: 1, title: 'Crash', url: 'https://example.test/1' },
    rules: [{ rule: 'warn', changes: [change] }],
  };
}

/** Looks up, then applies, as the pipeline does; `between` runs after the look-up (another run). */
async function run(forge: Forge, change: Change, between?: () => Promise<unknown>): Promise<ItemOutcome> {
  const prepared = await preparePlan(forge.provider, planFor(change));
  await between?.();
  const executor = new Executor(forge.provider, {
    dryRun: false,
    maxOperations: Infinity,
    commentsPerMinute: 0,
  });
  const outcomes: ItemOutcome[] = [];
  await executor.applyAll([prepared], (o) => outcomes.push(o));
  expect(outcomes).toHaveLength(1);
  return outcomes[0];
}

const statusOf = (o: ItemOutcome) => {
  const { status, note } = o.rules[0].changes[0];
  return note === undefined ? { status } : { status, note };
};

describe.each([
  ['memory', memory],
  ['github-rest (one by one)', github('rest')],
  ['github-graphql (batched)', github('graphql')],
] as const)('a comment per cycle through %s', (_name, start) => {
  /** The rule's comment in the cycle that started at SINCE; `status: true` for a check's (no cycle). */
  const warn = (body: string, status = false): Change =>
    status
      ? { kind: 'comment', body, marker: 'warn' }
      : { kind: 'comment', body, marker: 'warn', since: SINCE };

  it('posts a new comment when the only earlier one is of an earlier cycle, and keeps the old one', async () => {
    const forge = await start(false);
    try {
      const outcome = await run(forge, warn('Warning'));
      expect(statusOf(outcome)).toEqual({ status: 'applied' });
      // The check after posting looked only after `since`: the old warning is no duplicate of ours.
      expect(forge.comments()).toEqual([text('Old warning'), text('Warning')]);
    } finally {
      await forge.close();
    }
  });

  it('leaves a comment of the same cycle as it is when the text is the same', async () => {
    const forge = await start(true);
    try {
      expect(statusOf(await run(forge, warn('Warning')))).toEqual({
        status: 'unchanged',
        note: 'already commented',
      });
      expect(forge.comments()).toEqual([text('Old warning'), text('Warning')]);
    } finally {
      await forge.close();
    }
  });

  it('edits the comment of the same cycle in place when the text changed, not the older one', async () => {
    const forge = await start(true);
    try {
      expect(statusOf(await run(forge, warn('Warning, 2 days left')))).toEqual({
        status: 'applied',
        note: 'edited its earlier comment',
      });
      expect(forge.comments()).toEqual([text('Old warning'), text('Warning, 2 days left')]);
    } finally {
      await forge.close();
    }
  });

  it("without a since (a check's status), edits the oldest comment whatever its cycle", async () => {
    const forge = await start(true);
    try {
      expect(statusOf(await run(forge, warn('Status: failing', true)))).toEqual({
        status: 'applied',
        note: 'edited its earlier comment',
      });
      expect(forge.comments()).toEqual([text('Status: failing'), text('Warning')]);
    } finally {
      await forge.close();
    }
  });

  it("overlapping runs: another run's comment of this cycle wins, the earlier cycle's is not counted", async () => {
    const forge = await start(false);
    try {
      // Both runs found no comment of this cycle; the other one posts between our look and our post.
      const outcome = await run(forge, warn('Warning'), () =>
        forge.other.createComment({ type: 'issue', number: 1 }, text('Warning')),
      );
      expect(statusOf(outcome)).toEqual({
        status: 'unchanged',
        note: 'another run posted it first; removed the duplicate',
      });
      expect(forge.comments()).toEqual([text('Old warning'), text('Warning')]);
    } finally {
      await forge.close();
    }
  });
});

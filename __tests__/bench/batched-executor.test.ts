/**
 * The executor's batched path (Provider.applyBatch): several items' changes go together, one write
 * per item per round, and everything one-by-one application promises still holds: comments first
 * within an item, an item stops at its first failure while the others go on, the write budget
 * defers whole items, and a dry run sends nothing.
 */
import { Executor, preparePlan, type ItemOutcome } from '../../src/executor/index.js';
import type { Change, ItemPlan } from '../../src/model/plan.js';
import { MemoryProvider, memoryItem } from '../../src/providers/memory/index.js';
import { ItemWriteError, type Write, type WriteResult } from '../../src/providers/provider.js';

/** The in-memory provider with batched writes: each batch is one call, recorded. */
class BatchingProvider extends MemoryProvider {
  readonly batches: Write[][] = [];
  failOn: (write: Write) => boolean = () => false;

  async applyBatch(writes: readonly Write[]): Promise<WriteResult[]> {
    this.batches.push([...writes]);
    const results: WriteResult[] = [];
    for (const write of writes) {
      try {
        if (this.failOn(write))
          throw new ItemWriteError(`refused ${write.kind} on #${write.item.number}`, 403);
        await this.send(write);
        results.push({ write, ok: true });
      } catch (error) {
        results.push({ write, ok: false, error: error as Error });
      }
    }
    return results;
  }

  private send(write: Write): Promise<void> {
    switch (write.kind) {
      case 'addLabels':
        return this.addLabels(write.item, write.labels);
      case 'createComment':
        return this.createComment(write.item, write.body).then(() => undefined);
      case 'close':
        return this.close(write.item, write.reason);
      default:
        throw new Error(`not used here: ${write.kind}`);
    }
  }
}

const markStale = (number: number): ItemPlan => ({
  item: { type: 'issue', number, title: `#${number}`, url: `https://example.test/${number}` },
  rules: [
    {
      rule: 'mark-stale',
      changes: [
        { kind: 'label', labels: ['stale'] },
        { kind: 'comment', body: 'stale now', marker: 'mark-stale' },
      ] satisfies Change[],
    },
  ],
});

async function applyAll(
  provider: BatchingProvider,
  plans: ItemPlan[],
  options: { dryRun?: boolean; max?: number } = {},
) {
  const executor = new Executor(provider, {
    dryRun: options.dryRun ?? false,
    maxOperations: options.max ?? Infinity,
    commentsPerMinute: 0,
  });
  const prepared = [];
  for (const plan of plans) prepared.push(await preparePlan(provider, plan));
  const outcomes: ItemOutcome[] = [];
  await executor.applyAll(prepared, (o) => outcomes.push(o));
  return outcomes;
}

const statuses = (o: ItemOutcome) =>
  o.rules.flatMap((r) => r.changes.map((c) => `${c.change.kind}:${c.status}`));

function repo(count: number): BatchingProvider {
  return new BatchingProvider(Array.from({ length: count }, (_, i) => memoryItem({ number: i + 1 })));
}

describe('batched executor', () => {
  it('sends the comments of all items first, then their labels, in two batches', async () => {
    const provider = repo(3);
    const outcomes = await applyAll(provider, [1, 2, 3].map(markStale));
    expect(provider.batches.map((b) => b.map((w) => `${w.kind}#${w.item.number}`))).toEqual([
      ['createComment#1', 'createComment#2', 'createComment#3'],
      ['addLabels#1', 'addLabels#2', 'addLabels#3'],
    ]);
    expect(outcomes.map((o) => o.item.number)).toEqual([1, 2, 3]);
    expect(outcomes.map(statuses)).toEqual(Array(3).fill(['label:applied', 'comment:applied']));
  });

  it('stops an item at its first failure and goes on with the others', async () => {
    const provider = repo(3);
    provider.failOn = (w) => w.kind === 'createComment' && w.item.number === 2;
    const outcomes = await applyAll(provider, [1, 2, 3].map(markStale));
    expect(statuses(outcomes[1])).toEqual(['label:not-attempted', 'comment:failed']);
    expect(outcomes[1].error).toBe('mark-stale: comment failed: refused createComment on #2');
    expect(statuses(outcomes[0])).toEqual(['label:applied', 'comment:applied']);
    expect(statuses(outcomes[2])).toEqual(['label:applied', 'comment:applied']);
    expect(provider.batches[1].map((w) => w.item.number)).toEqual([1, 3]);
  });

  it('defers whole items the budget cannot cover, counting the writes really made', async () => {
    const provider = repo(3);
    const outcomes = await applyAll(provider, [1, 2, 3].map(markStale), { max: 3 });
    expect(outcomes.map(statuses)).toEqual([
      ['label:applied', 'comment:applied'],
      ['label:deferred', 'comment:deferred'],
      ['label:deferred', 'comment:deferred'],
    ]);
  });

  it('sends nothing in a dry run', async () => {
    const provider = repo(2);
    const outcomes = await applyAll(provider, [1, 2].map(markStale), { dryRun: true });
    expect(provider.batches).toEqual([]);
    expect(provider.requestCounts().writes).toBe(0);
    expect(outcomes.map(statuses)).toEqual(Array(2).fill(['label:dry-run', 'comment:dry-run']));
  });
});

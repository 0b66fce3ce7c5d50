/**
 * Interleaves several sorted async streams into one sorted stream, lazily: a source is pulled only when
 * its previous head has been handed to the consumer and the consumer asks for more, so a source pages
 * no further ahead than the walk has reached.
 */
export async function* mergeSorted<T>(
  sources: readonly AsyncIterable<T>[],
  compare: (a: T, b: T) => number,
): AsyncGenerator<T> {
  const iterators = sources.map((s) => s[Symbol.asyncIterator]());
  // undefined: not pulled yet; null: exhausted.
  const heads: ({ value: T } | null | undefined)[] = iterators.map(() => undefined);
  try {
    for (;;) {
      for (const [i, iterator] of iterators.entries()) {
        if (heads[i] !== undefined) continue;
        const next = await iterator.next();
        heads[i] = next.done ? null : { value: next.value };
      }
      let pick = -1;
      for (const [i, head] of heads.entries()) {
        const best = pick < 0 ? null : heads[pick];
        // Ties go to the earlier source, so the order given for equal keys is kept.
        if (head && (!best || compare(head.value, best.value) < 0)) pick = i;
      }
      if (pick < 0) return;
      const { value } = heads[pick]!;
      heads[pick] = undefined;
      yield value;
    }
  } finally {
    // The consumer stopped early (break) or a source failed: let the others clean up.
    await Promise.all(iterators.map((it, i) => (heads[i] === null ? undefined : it.return?.())));
  }
}

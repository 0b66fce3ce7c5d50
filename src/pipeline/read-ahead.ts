/**
 * Reading an async iterable ahead of its consumer, so a provider's next listing page is on its way
 * while the pipeline still works on the items of the current one.
 *
 * The source is asked for one value at a time (never two `next()` calls at once, so any AsyncIterator
 * is safe, not only async generators), and at most `size` values are held that the consumer has not
 * taken yet. Values and errors come out in the source's order: an error (a RateLimitStop from the
 * listing, say) is thrown to the consumer where it happened, after every value read before it. When the
 * consumer stops early (`break` out of `for await`, which calls `return()`), the `next()` still in flight
 * is waited for and its value or error dropped, then the source is closed: no read outlives the walk and
 * no rejected promise is left unhandled. With `eager` the reading starts at once (a provider reads one
 * connection ahead while the consumer still takes items of another); without, at the first `next()`.
 */

type Settled<T> = { ok: true; result: IteratorResult<T> } | { ok: false; error: unknown };

export function readAhead<T>(
  source: AsyncIterable<T>,
  size = 1,
  options: { eager?: boolean } = {},
): AsyncIterableIterator<T> {
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`read-ahead size must be an integer of at least 1, not ${size}`);
  }
  const ahead = new ReadAhead(source[Symbol.asyncIterator](), size);
  // Eager: the first read goes out now, not at the consumer's first next() (a walk run beside another).
  if (options.eager) ahead.start();
  return ahead;
}

class ReadAhead<T> implements AsyncIterableIterator<T> {
  /** Read from the source, not yet taken by the consumer; the last may be the end or an error. */
  private readonly buffer: Settled<T>[] = [];
  /** The one `next()` on the source in flight; it never rejects (errors go to the buffer). */
  private pending: Promise<void> | null = null;
  /** The source said done or threw: nothing more to read from it. */
  private exhausted = false;
  /** The consumer has had the end, an error, or called return(): every next() now says done. */
  private finished = false;

  constructor(
    private readonly source: AsyncIterator<T>,
    private readonly size: number,
  ) {}

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  /** Starts reading before the consumer asks; an error waits in the buffer for the consumer. */
  start(): void {
    this.fill();
  }

  async next(): Promise<IteratorResult<T>> {
    for (;;) {
      if (this.finished) return { done: true, value: undefined };
      const head = this.buffer.shift();
      if (head) {
        this.fill();
        if (!head.ok) {
          this.finished = true;
          throw head.error;
        }
        if (head.result.done) this.finished = true;
        return head.result;
      }
      this.fill();
      // Nothing buffered and nothing to read would mean the source ended unseen: cannot happen, as the
      // end itself is buffered; say done rather than wait forever.
      if (!this.pending) return { done: true, value: undefined };
      await this.pending;
    }
  }

  async return(value?: unknown): Promise<IteratorResult<T>> {
    if (!this.finished) {
      this.finished = true;
      this.buffer.length = 0;
      await this.pending;
      if (!this.exhausted) {
        this.exhausted = true;
        await this.source.return?.(value);
      }
    }
    return { done: true, value: value as T };
  }

  /** Asks the source for the next value when there is room and no request in flight. */
  private fill(): void {
    if (this.pending || this.exhausted || this.finished || this.buffer.length >= this.size) return;
    // `new Promise` turns a next() that throws instead of rejecting into a rejection.
    this.pending = new Promise<IteratorResult<T>>((resolve) => resolve(this.source.next())).then(
      (result) => this.settle({ ok: true, result }),
      (error: unknown) => this.settle({ ok: false, error }),
    );
  }

  private settle(entry: Settled<T>): void {
    this.pending = null;
    if (!entry.ok || entry.result.done) this.exhausted = true;
    // After return() the value or error is dropped: the consumer asked for no more.
    if (this.finished) return;
    this.buffer.push(entry);
    this.fill();
  }
}

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
export declare function readAhead<T>(source: AsyncIterable<T>, size?: number, options?: {
    eager?: boolean;
}): AsyncIterableIterator<T>;

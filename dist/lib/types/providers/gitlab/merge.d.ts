/**
 * Interleaves several sorted async streams into one sorted stream, lazily: a source is pulled only when
 * its previous head has been handed to the consumer and the consumer asks for more, so a source pages
 * no further ahead than the walk has reached.
 */
export declare function mergeSorted<T>(sources: readonly AsyncIterable<T>[], compare: (a: T, b: T) => number): AsyncGenerator<T>;

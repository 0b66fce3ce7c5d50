/**
 * Records keyed by strings someone else chooses (rule ids, labels). A plain `{}` inherits `toString`,
 * `constructor` and `__proto__` from Object.prototype: `counts['toString'] ?? 0` is a function, and
 * assigning `counts['__proto__']` replaces the prototype instead of adding a key. These have none.
 */
/** An empty record with no prototype: every key, `__proto__` included, is an own key. */
export declare function keyedRecord<T>(): Record<string, T>;
/** `record[key]` when the record itself has it (never an inherited property), else undefined. */
export declare function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined;

/**
 * Relay connections over the store's lists: `first`/`last`/`after`/`before`, `pageInfo`, `totalCount`.
 *
 * A cursor encodes the sort key of its item, not a position, and `after: X` means "the items that sort
 * after X's key". So a cursor stays valid while the list changes under it (an item closed mid-walk
 * leaves an open-items listing without shifting the items after it), as GitHub's cursors do.
 */
import { GitHubGraphqlError } from './errors.js';
import type { RequestContext } from './context.js';

/** Compared element by element. */
export type SortKey = readonly (string | number)[];

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** A list in its connection order, read through `at` so a descending view needs no copy. */
export interface OrderedList<T> {
  length: number;
  at(index: number): T;
  key(item: T): SortKey;
  /** 1: ascending keys; -1: descending. */
  direction: 1 | -1;
}

export function ascending<T>(items: readonly T[], key: (item: T) => SortKey): OrderedList<T> {
  return { length: items.length, at: (i) => items[i], key, direction: 1 };
}

export function descending<T>(items: readonly T[], key: (item: T) => SortKey): OrderedList<T> {
  const n = items.length;
  return { length: n, at: (i) => items[n - 1 - i], key, direction: -1 };
}

export interface Connection<V> {
  __typename: string;
  totalCount: number;
  nodes: V[];
  edges: { __typename: string; cursor: string; node: V }[];
  pageInfo: {
    __typename: 'PageInfo';
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/**
 * One page of `list`. `view` turns a record into its GraphQL object; only the page's items are
 * viewed. Each item returned counts toward the request's per-node latency.
 */
export function connection<T, V>(
  typename: string,
  list: OrderedList<T>,
  args: ConnectionArgs,
  view: (item: T) => V,
  ctx: RequestContext,
  extra: Record<string, unknown> = {},
): Connection<V> & Record<string, unknown> {
  let start = args.after ? boundary(list, decodeCursor(args.after), 'after') : 0;
  let end = args.before ? boundary(list, decodeCursor(args.before), 'before') : list.length;
  end = Math.max(start, end);
  const windowStart = start;
  const windowEnd = end;
  if (typeof args.first === 'number') end = Math.min(end, start + args.first);
  if (typeof args.last === 'number') start = Math.max(start, end - args.last);

  const edges: Connection<V>['edges'] = [];
  const nodes: V[] = [];
  for (let i = start; i < end; i++) {
    const item = list.at(i);
    const node = view(item);
    nodes.push(node);
    edges.push({
      __typename: typename.replace(/Connection$/, 'Edge'),
      cursor: encodeCursor(list.key(item)),
      node,
    });
  }
  ctx.nodesReturned += nodes.length;
  return {
    __typename: typename,
    totalCount: list.length,
    nodes,
    edges,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: end < windowEnd,
      hasPreviousPage: start > windowStart,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    ...extra,
  };
}

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(['cursor:v1', ...key])).toString('base64');
}

function decodeCursor(cursor: string): SortKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'));
    if (
      Array.isArray(value) &&
      value[0] === 'cursor:v1' &&
      value.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return value.slice(1) as SortKey;
    }
  } catch {
    // fall through to GitHub's error
  }
  throw new GitHubGraphqlError(
    'INVALID_CURSOR_ARGUMENTS',
    `\`${cursor}\` does not appear to be a valid cursor.`,
  );
}

/**
 * Index of the first item past the cursor (`after`) or at it (`before`), by binary search: the list
 * is sorted by key in its direction, whether or not the cursor's own item is still in it.
 */
function boundary<T>(list: OrderedList<T>, key: SortKey, side: 'after' | 'before'): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const order = list.direction * compareKeys(list.key(list.at(mid)), key);
    if (order < 0 || (side === 'after' && order === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/**
 * Node ids for the names writes use (item numbers, label names, logins, milestone titles), cached for
 * the provider's life. The listing fills the cache for items and their labels as it goes, so most
 * writes need no lookup at all; the rest of a batch is looked up in one query. Labels a write adds that
 * the repository lacks are created first (REST's "add labels" creates them too; GraphQL's needs ids).
 */
import type { ItemType } from '../../model/item.js';
import type { ItemKey } from '../provider.js';
import { isRateLimited } from './errors.js';
import { namesOf, type Ids, type Resolved, type Write } from './mutations.js';
import { lookupQuery, milestonesQuery, mutationDocument, type MutationOp } from './query.js';
import type { GraphqlAnswer, GraphqlTransport } from './transport.js';
import type { GraphqlError, PageInfo } from './types.js';

/** GitHub's colour for labels it creates on the fly. */
const NEW_LABEL_COLOR = 'ededed';
/** createLabel mutations per request. */
const CREATE_BATCH = 10;

export interface Repo {
  owner: string;
  name: string;
}

/** Thrown when GitHub answers RATE_LIMITED; the batch turns it into a clean stop. */
export class LookupRateLimited extends Error {
  constructor() {
    super('GitHub answered RATE_LIMITED');
    this.name = 'LookupRateLimited';
  }
}

type LookupAnswer = {
  repository: ({ id: string } & Record<string, { id: string; name?: string } | null | string>) | null;
} & Record<string, unknown>;

/** Item node ids kept from listings (about 100 bytes each, the map's share included). */
const REMEMBERED_ITEMS = 10_000;

export class IdResolver {
  /** By itemSlot (a number, so a key costs no string: 10,000 of them were 0.3 MB); the newest last. */
  private readonly items = new Map<number, string>();
  /** By lower-cased name; null: the repository has no such label. */
  private readonly labels = new Map<string, { id: string; name: string } | null>();
  private readonly users = new Map<string, string>();
  private milestones: Promise<Resolved<Map<string, string>>> | null = null;
  private repositoryId: string | null = null;

  constructor(
    private readonly transport: GraphqlTransport,
    private readonly repo: Repo,
  ) {}

  rememberItem(type: ItemType, number: number, id: string): void {
    const key = itemSlot({ type, number });
    // Newest last, and at most REMEMBERED_ITEMS: a walk of 100,000 items keeps flat memory; a write
    // to an item forgotten costs a share of one lookup request, as for an item never listed.
    this.items.delete(key);
    this.items.set(key, id);
    if (this.items.size > REMEMBERED_ITEMS) {
      const oldest = this.items.keys().next();
      if (!oldest.done) this.items.delete(oldest.value);
    }
  }

  rememberLabel(id: string, name: string): void {
    this.labels.set(name.toLowerCase(), { id, name });
  }

  /**
   * Ids for every name the writes use: one lookup query for what is not cached, one mutation request
   * creating the labels to add that do not exist, and the milestones (read once) when a write sets one.
   * Throws for failures below GraphQL (HTTP) and LookupRateLimited; GitHub's per-name answers
   * (NOT_FOUND for a login) are returned as the reason that name has no id.
   */
  async prepare(writes: readonly Write[]): Promise<Ids> {
    const failures = new Map<string, GraphqlError[]>();
    const general = await this.lookUp(writes, failures);

    const toCreate = unique(
      writes.flatMap((w) => (w.kind === 'addLabels' ? w.labels : [])),
      (n) => n.toLowerCase(),
    ).filter((n) => this.labels.get(n.toLowerCase()) === null);
    if (general.length === 0 && toCreate.length > 0) {
      if (this.repositoryId === null) general.push(...(await this.lookUp([], failures, true)));
      if (this.repositoryId !== null) await this.createLabels(toCreate, this.repositoryId, failures);
    }

    let milestones = new Map<string, string>();
    if (writes.some((w) => w.kind === 'setMilestone' && w.title !== null)) {
      const loaded = await (this.milestones ??= this.loadMilestones());
      // A failed read is not cached: a later batch tries again.
      if (loaded.ok) milestones = loaded.value;
      else {
        this.milestones = null;
        failures.set('milestones', loaded.errors);
      }
    }

    const known = <T>(key: string, value: T | undefined): Resolved<T> => {
      if (general.length > 0) return { ok: false, errors: general };
      const errors = failures.get(key);
      if (errors) return { ok: false, errors };
      return value === undefined ? { ok: false, errors: [noAnswer(key)] } : { ok: true, value };
    };
    return {
      item: (key) => known(`item:${itemKey(key)}`, this.items.get(itemSlot(key))),
      label: (name) => {
        const label = this.labels.get(name.toLowerCase());
        return known(`label:${name.toLowerCase()}`, label === undefined ? undefined : (label?.id ?? null));
      },
      user: (login) => known(`user:${login.toLowerCase()}`, this.users.get(login.toLowerCase())),
      // Titles match exactly, as REST's milestone lookup does.
      milestone: (title) => known('milestones', milestones.get(title) ?? null),
    };
  }

  /**
   * One query for the items, labels and users the writes name that are not cached (and the
   * repository's id when asked). Returns errors that concern all of them (the repository itself).
   */
  private async lookUp(
    writes: readonly Write[],
    failures: Map<string, GraphqlError[]>,
    repositoryId = false,
  ): Promise<GraphqlError[]> {
    const items = unique(
      writes.filter((w) => w.kind !== 'updateComment').map((w) => w.item),
      itemKey,
    ).filter((k) => !this.items.has(itemSlot(k)));
    const labelNames = unique(
      writes.flatMap((w) => namesOf(w).labels),
      (n) => n.toLowerCase(),
    ).filter((n) => !this.labels.has(n.toLowerCase()));
    const logins = unique(
      writes.flatMap((w) => namesOf(w).users),
      (l) => l.toLowerCase(),
    ).filter((l) => !this.users.has(l.toLowerCase()));
    if (items.length + labelNames.length + logins.length === 0 && !repositoryId) return [];

    const variables: Record<string, unknown> = { owner: this.repo.owner, name: this.repo.name };
    items.forEach((item, k) => (variables[`i${k}`] = item.number));
    labelNames.forEach((label, k) => (variables[`l${k}`] = label));
    logins.forEach((login, k) => (variables[`u${k}`] = login));
    const query = lookupQuery({
      items: items.map((item, k) => ({ alias: `i${k}`, type: item.type })),
      labels: labelNames.map((_, k) => `l${k}`),
      users: logins.map((_, k) => `u${k}`),
    });
    const answer = await this.transport.send<LookupAnswer>(query, variables);
    if (isRateLimited(answer.errors)) throw new LookupRateLimited();
    const errorsAt = (...path: string[]) =>
      answer.errors.filter((e) => path.every((p, i) => e.path?.[i] === p));
    const repository = answer.data?.repository ?? null;
    if (!repository) return answer.errors.length > 0 ? answer.errors : [noAnswer('the repository')];
    this.repositoryId = repository.id;

    items.forEach((item, k) => {
      const node = repository[`i${k}`];
      if (typeof node === 'object' && node) this.items.set(itemSlot(item), node.id);
      else failures.set(`item:${itemKey(item)}`, orNoAnswer(errorsAt('repository', `i${k}`), item));
    });
    labelNames.forEach((label, k) => {
      const node = repository[`l${k}`];
      const errors = errorsAt('repository', `l${k}`);
      if (typeof node === 'object' && node?.name) this.rememberLabel(node.id, node.name);
      else if (errors.length > 0) failures.set(`label:${label.toLowerCase()}`, errors);
      // GitHub answers null, without an error, for a label the repository does not have.
      else this.labels.set(label.toLowerCase(), null);
    });
    logins.forEach((login, k) => {
      const node = answer.data?.[`u${k}`] as { id: string } | null | undefined;
      if (node) this.users.set(login.toLowerCase(), node.id);
      else failures.set(`user:${login.toLowerCase()}`, orNoAnswer(errorsAt(`u${k}`), login));
    });
    return [];
  }

  private async createLabels(
    names: string[],
    repositoryId: string,
    failures: Map<string, GraphqlError[]>,
  ): Promise<void> {
    for (let start = 0; start < names.length; start += CREATE_BATCH) {
      const chunk = names.slice(start, start + CREATE_BATCH);
      const ops: MutationOp[] = chunk.map((name) => ({
        field: 'createLabel',
        inputType: 'CreateLabelInput',
        input: { repositoryId, name, color: NEW_LABEL_COLOR },
        selection: 'label { id name }',
      }));
      // Creating a label twice fails harmlessly ("already taken"): safe to retry.
      const answer = await this.transport.send<
        Record<string, { label: { id: string; name: string } | null } | null>
      >(
        mutationDocument('SiftCreateLabels', ops),
        Object.fromEntries(ops.map((op, k) => [`m${k}`, op.input])),
        { idempotent: true },
      );
      if (isRateLimited(answer.errors)) throw new LookupRateLimited();
      chunk.forEach((name, k) => {
        const label = answer.data?.[`m${k}`]?.label;
        if (label) this.rememberLabel(label.id, label.name);
        else {
          const own = answer.errors.filter((e) => e.path?.[0] === `m${k}`);
          failures.set(`label:${name.toLowerCase()}`, own.length > 0 ? own : answer.errors);
        }
      });
    }
  }

  private async loadMilestones(): Promise<Resolved<Map<string, string>>> {
    const byTitle = new Map<string, string>();
    let after: string | null = null;
    do {
      const answer: MilestonesAnswer = await this.transport.send<MilestonesData>(milestonesQuery(), {
        owner: this.repo.owner,
        name: this.repo.name,
        after,
      });
      if (isRateLimited(answer.errors)) throw new LookupRateLimited();
      const page = answer.data?.repository?.milestones;
      if (!page || answer.errors.length > 0) {
        return { ok: false, errors: answer.errors.length > 0 ? answer.errors : [noAnswer('the milestones')] };
      }
      for (const m of page.nodes ?? []) if (m) byTitle.set(m.title, m.id);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
    return { ok: true, value: byTitle };
  }
}

interface MilestonesData {
  repository: {
    milestones: { pageInfo: PageInfo; nodes: ({ id: string; title: string } | null)[] | null } | null;
  } | null;
}
type MilestonesAnswer = GraphqlAnswer<MilestonesData>;

function itemKey(key: ItemKey): string {
  return `${key.type}#${key.number}`;
}

const TYPE_SLOTS: Record<ItemType, number> = { issue: 0, pull_request: 1, discussion: 2 };

/** An item's key in the id memo: its number and type in one number (a small integer for any real number). */
function itemSlot(key: ItemKey): number {
  return key.number * 4 + TYPE_SLOTS[key.type];
}

function unique<T>(values: T[], key: (value: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const value of values) if (!seen.has(key(value))) seen.set(key(value), value);
  return [...seen.values()];
}

function noAnswer(what: unknown): GraphqlError {
  return { message: `GitHub returned no id for ${typeof what === 'string' ? what : JSON.stringify(what)}` };
}

function orNoAnswer(errors: GraphqlError[], what: unknown): GraphqlError[] {
  return errors.length > 0 ? errors : [noAnswer(what)];
}

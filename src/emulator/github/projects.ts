/**
 * GitHub Projects (v2), as GitHub's GraphQL schema and its "Using the API to manage Projects" docs
 * describe them: a project belongs to an organisation or a user and has a number there; its fields
 * are the built-in Title and Status (a single select with Todo, In Progress, Done, as a new project's
 * is) plus text, number, date, single select and iteration fields; its items point at issues and pull
 * requests of any repository, each with a value per field. GitHub has no REST API for them; GraphQL
 * serves them (graphql/project-views.ts, mutations in graphql/mutations.ts).
 *
 * ```ts
 * const board = projectsOf(gh.store).add('acme', {
 *   number: 7,
 *   fields: [
 *     { name: 'Priority', type: 'SINGLE_SELECT', options: ['P0', 'P1', 'P2'] },
 *     { name: 'Estimate', type: 'NUMBER' },
 *     { name: 'Sprint', type: 'ITERATION', duration: 14, iterations: [{ title: 'Sprint 1', startDate: '2026-03-02' }] },
 *   ],
 * });
 * const item = projectsOf(gh.store).addItem(board, 'acme/app', 1);
 * projectsOf(gh.store).setValue(board, item, 'Priority', { option: 'P1' });
 * ```
 *
 * Not modelled: draft issues, archived items, views, workflows, the Labels / Assignees / Milestone /
 * Repository fields (they mirror the issue), who may read or write a project (any token may).
 */
import type { GitHubStore } from './store.js';

export type ProjectFieldType = 'TITLE' | 'TEXT' | 'NUMBER' | 'DATE' | 'SINGLE_SELECT' | 'ITERATION';

export interface IterationRecord {
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  startDate: string;
  /** Days. */
  duration: number;
}

export interface ProjectFieldRecord {
  id: number;
  name: string;
  dataType: ProjectFieldType;
  /** Single select. */
  options?: { id: string; name: string }[];
  /** Iteration: every iteration, past ones included; which are completed depends on the day. */
  iterations?: IterationRecord[];
  /** Iteration: the default length in days. */
  duration?: number;
}

/** A field's value on an item, by the field's type. */
export type ProjectValue =
  { text: string } | { number: number } | { date: string } | { optionId: string } | { iterationId: string };

export interface ProjectItemRecord {
  id: number;
  /** `owner/name` of the content's repository and its number there. */
  repo: string;
  number: number;
  createdAt: string;
  updatedAt: string;
  /** By field id. */
  values: Map<number, ProjectValue & { updatedAt: string }>;
}

export interface ProjectRecord {
  id: number;
  owner: string;
  ownerType: 'Organization' | 'User';
  number: number;
  title: string;
  closed: boolean;
  fields: ProjectFieldRecord[];
  items: ProjectItemRecord[];
}

export type ProjectFieldSeed =
  | { name: string; type: 'TEXT' | 'NUMBER' | 'DATE' }
  | { name: string; type: 'SINGLE_SELECT'; options: string[] }
  | {
      name: string;
      type: 'ITERATION';
      /** Days; default 14. */
      duration?: number;
      iterations: { title: string; startDate: string; duration?: number }[];
    };

export interface ProjectSeed {
  /** Default: the owner's next number. */
  number?: number;
  title?: string;
  ownerType?: 'Organization' | 'User';
  closed?: boolean;
  /** Status's options instead of Todo, In Progress, Done. */
  status?: string[];
  fields?: ProjectFieldSeed[];
}

/** A seeded value: the text, number or date itself, a single select option's name, an iteration's title. */
export type ProjectValueSeed =
  { text: string } | { number: number } | { date: string } | { option: string } | { iteration: string };

export class ProjectsStore {
  private readonly projects: ProjectRecord[] = [];

  constructor(private readonly store: GitHubStore) {}

  add(owner: string, seed: ProjectSeed = {}): ProjectRecord {
    const number = seed.number ?? 1 + Math.max(0, ...this.ownedBy(owner).map((p) => p.number));
    if (this.find(owner, number)) throw new Error(`${owner} already has project ${number}`);
    const nextId = () => this.store.context.nextId();
    const field = (name: string, dataType: ProjectFieldType): ProjectFieldRecord => ({
      id: nextId(),
      name,
      dataType,
    });
    const options = (names: string[]) =>
      names.map((name) => ({ id: nextId().toString(16).padStart(8, '0'), name }));
    const fields: ProjectFieldRecord[] = [
      field('Title', 'TITLE'),
      {
        ...field('Status', 'SINGLE_SELECT'),
        options: options(seed.status ?? ['Todo', 'In Progress', 'Done']),
      },
    ];
    for (const f of seed.fields ?? []) {
      if (fields.some((existing) => existing.name.toLowerCase() === f.name.toLowerCase())) {
        throw new Error(`project field "${f.name}" exists already`);
      }
      if (f.type === 'SINGLE_SELECT') fields.push({ ...field(f.name, f.type), options: options(f.options) });
      else if (f.type === 'ITERATION') {
        const duration = f.duration ?? 14;
        fields.push({
          ...field(f.name, f.type),
          duration,
          iterations: f.iterations.map((i) => ({
            id: nextId().toString(16).padStart(8, '0'),
            title: i.title,
            startDate: i.startDate,
            duration: i.duration ?? duration,
          })),
        });
      } else fields.push(field(f.name, f.type));
    }
    const project: ProjectRecord = {
      id: nextId(),
      owner,
      ownerType: seed.ownerType ?? 'Organization',
      number,
      title: seed.title ?? `Project ${number}`,
      closed: seed.closed ?? false,
      fields,
      items: [],
    };
    this.projects.push(project);
    return project;
  }

  ownedBy(owner: string): ProjectRecord[] {
    return this.projects.filter((p) => p.owner.toLowerCase() === owner.toLowerCase());
  }

  find(owner: string, number: number): ProjectRecord | undefined {
    return this.ownedBy(owner).find((p) => p.number === number);
  }

  byId(id: number): ProjectRecord | undefined {
    return this.projects.find((p) => p.id === id);
  }

  /** Every project item of an issue or pull request, in the order they were added. */
  itemsOf(repo: string, number: number): { project: ProjectRecord; item: ProjectItemRecord }[] {
    return this.projects.flatMap((project) =>
      project.items
        .filter((i) => i.repo.toLowerCase() === repo.toLowerCase() && i.number === number)
        .map((item) => ({ project, item })),
    );
  }

  /** Adds the issue or pull request, or answers its item when it is there already (as GitHub does). */
  addItem(project: ProjectRecord, repo: string, number: number): ProjectItemRecord {
    const existing = project.items.find(
      (i) => i.repo.toLowerCase() === repo.toLowerCase() && i.number === number,
    );
    if (existing) return existing;
    const target = this.store.repo(repo)?.issue(number);
    if (!target) throw new Error(`no item ${repo}#${number} to add to project ${project.number}`);
    const now = this.now();
    const item: ProjectItemRecord = {
      id: this.store.context.nextId(),
      repo: this.store.repo(repo)!.fullName,
      number,
      createdAt: now,
      updatedAt: now,
      values: new Map(),
    };
    project.items.push(item);
    return item;
  }

  field(project: ProjectRecord, name: string): ProjectFieldRecord {
    const field = project.fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
    if (!field) throw new Error(`project ${project.number} has no field "${name}"`);
    return field;
  }

  /** A seed's way to set a value, by names. */
  setValue(project: ProjectRecord, item: ProjectItemRecord, fieldName: string, seed: ProjectValueSeed): void {
    const field = this.field(project, fieldName);
    let value: ProjectValue;
    if ('option' in seed) {
      const option = field.options?.find((o) => o.name === seed.option);
      if (!option) throw new Error(`field "${field.name}" has no option "${seed.option}"`);
      value = { optionId: option.id };
    } else if ('iteration' in seed) {
      const iteration = field.iterations?.find((i) => i.title === seed.iteration);
      if (!iteration) throw new Error(`field "${field.name}" has no iteration "${seed.iteration}"`);
      value = { iterationId: iteration.id };
    } else value = seed;
    this.write(item, field, value);
  }

  /** Sets (or with null clears) a field's value, checked against the field's type as GitHub checks it. */
  write(item: ProjectItemRecord, field: ProjectFieldRecord, value: ProjectValue | null): void {
    const now = this.now();
    item.updatedAt = now;
    if (value === null) {
      item.values.delete(field.id);
      return;
    }
    item.values.set(field.id, { ...value, updatedAt: now });
  }

  now(): string {
    return new Date(this.store.context.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /**
   * An iteration field's iterations split as GitHub splits them on the day `now` falls in: completed
   * (ended before today), the others (current and upcoming), each in start order.
   */
  iterationsOf(field: ProjectFieldRecord): { iterations: IterationRecord[]; completed: IterationRecord[] } {
    const today = this.now().slice(0, 10);
    const sorted = [...(field.iterations ?? [])].sort((a, b) => a.startDate.localeCompare(b.startDate));
    const end = (i: IterationRecord) => addDays(i.startDate, i.duration);
    return {
      iterations: sorted.filter((i) => end(i) > today),
      completed: sorted.filter((i) => end(i) <= today),
    };
  }
}

/** YYYY-MM-DD plus days, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const stores = new WeakMap<GitHubStore, ProjectsStore>();

/** The store's projects (created on first use). */
export function projectsOf(store: GitHubStore): ProjectsStore {
  let projects = stores.get(store);
  if (!projects) {
    projects = new ProjectsStore(store);
    stores.set(store, projects);
  }
  return projects;
}

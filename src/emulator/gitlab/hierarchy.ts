/**
 * GitLab's work-item hierarchy, as its docs describe it ("Tasks"; GraphQL `WorkItemWidgetHierarchy`:
 * `parent`, `children`, `hasParent`, `hasChildren`):
 * - a task is a work item of type Task; its parent is an issue (an issue's parent, in Premium, is an
 *   epic of a group: not modelled here); a work item has at most one parent;
 * - an issue lists its child items in the order they were added (GitLab orders them by relative
 *   position, which starts as the order of adding);
 * - tasks are listed by the REST issues API with `issue_type: "task"` (`type: "TASK"`);
 * - the REST issue links API (`/issues/:iid/links`) is `relates_to` / `blocks` / `is_blocked_by`
 *   only, and says nothing of parents and children: this module is not reachable through it.
 * Kept beside the store's records (weak maps keyed by them), as the GitHub emulator keeps sub-issues.
 */
import type { NoteableRecord } from './records.js';
import type { ProjectStore } from './store.js';

export interface WorkItemRef {
  project: ProjectStore;
  iid: number;
}

const parents = new WeakMap<NoteableRecord, WorkItemRef>();
const children = new WeakMap<NoteableRecord, WorkItemRef[]>();

function recordOf(ref: WorkItemRef): NoteableRecord {
  const record = ref.project.issue(ref.iid);
  if (!record) throw new Error(`issue ${ref.iid} is not in ${ref.project.path}`);
  return record;
}

/**
 * Makes `child` a child item of `parent` (appended last), or detaches it (`parent` null). GitLab's
 * restrictions: only a task takes an issue as its parent, and an issue takes no issue or task as one.
 */
export function setParent(child: WorkItemRef, parent: WorkItemRef | null): void {
  const c = recordOf(child);
  const old = parents.get(c);
  if (old) {
    const siblings = children.get(recordOf(old)) ?? [];
    children.set(
      recordOf(old),
      siblings.filter((s) => recordOf(s) !== c),
    );
    parents.delete(c);
  }
  if (parent === null) return;
  const p = recordOf(parent);
  if (c.issue_type !== 'task' || p.issue_type !== 'issue') {
    throw new Error(
      `${c.issue_type} ${child.project.path}#${child.iid} cannot be a child of ${p.issue_type} ` +
        `${parent.project.path}#${parent.iid}: on GitLab only a task has an issue for a parent`,
    );
  }
  parents.set(c, parent);
  children.set(p, [...(children.get(p) ?? []), child]);
}

export function parentOf(record: NoteableRecord): WorkItemRef | null {
  return parents.get(record) ?? null;
}

export function childrenOf(record: NoteableRecord): WorkItemRef[] {
  return children.get(record) ?? [];
}

/** The record a reference names (for the GraphQL resolvers). */
export function resolveRef(ref: WorkItemRef): NoteableRecord {
  return recordOf(ref);
}

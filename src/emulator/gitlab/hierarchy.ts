/**
 * GitLab's work-item hierarchy, as its docs describe it ("Tasks"; GraphQL `WorkItemWidgetHierarchy`:
 * `parent`, `children`, `hasParent`, `hasChildren`):
 * - a task is a work item of type Task; its parent is an issue; an issue's parent, in Premium, is an
 *   epic of a group (`store.addEpic`); a work item has at most one parent;
 * - an issue lists its child items in the order they were added (GitLab orders them by relative
 *   position, which starts as the order of adding);
 * - tasks are listed by the REST issues API with `issue_type: "task"` (`type: "TASK"`);
 * - the REST issue links API (`/issues/:iid/links`) is `relates_to` / `blocks` / `is_blocked_by`
 *   only, and says nothing of parents and children: this module is not reachable through it.
 * Kept beside the store's records (weak maps keyed by them), as the GitHub emulator keeps sub-issues.
 */
import type { EpicRecord, NoteableRecord } from './records.js';
import type { ProjectStore } from './store.js';

/** An issue or task of a project. */
export interface WorkItemRef {
  project: ProjectStore;
  iid: number;
}

/** A parent: an issue of a project, or a group's epic. */
export type ParentRef = WorkItemRef | { epic: EpicRecord };

type Node = NoteableRecord | EpicRecord;
const parents = new WeakMap<Node, ParentRef>();
const children = new WeakMap<Node, WorkItemRef[]>();

function recordOf(ref: WorkItemRef): NoteableRecord;
function recordOf(ref: ParentRef): Node;
function recordOf(ref: ParentRef): Node {
  if ('epic' in ref) return ref.epic;
  const record = ref.project.issue(ref.iid);
  if (!record) throw new Error(`issue ${ref.iid} is not in ${ref.project.path}`);
  return record;
}

function describe(ref: ParentRef): string {
  if ('epic' in ref) return `epic ${ref.epic.group}&${ref.epic.iid}`;
  return `${recordOf(ref).issue_type} ${ref.project.path}#${ref.iid}`;
}

/**
 * Makes `child` a child item of `parent` (appended last), or detaches it (`parent` null). GitLab's
 * restrictions: a task takes an issue as its parent, an issue takes an epic.
 */
export function setParent(child: WorkItemRef, parent: ParentRef | null): void {
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
  const allowed =
    c.issue_type === 'task' ? p.kind === 'issue' && p.issue_type === 'issue' : p.kind === 'epic';
  if (!allowed) {
    throw new Error(
      `${describe(child)} cannot be a child of ${describe(parent)}: on GitLab a task's parent is an issue, an issue's an epic`,
    );
  }
  parents.set(c, parent);
  children.set(p, [...(children.get(p) ?? []), child]);
}

export function parentOf(record: Node): ParentRef | null {
  return parents.get(record) ?? null;
}

export function childrenOf(record: Node): WorkItemRef[] {
  return children.get(record) ?? [];
}

/** The issue a reference names (for the GraphQL resolvers). */
export function resolveRef(ref: WorkItemRef): NoteableRecord {
  return recordOf(ref);
}

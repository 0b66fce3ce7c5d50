/**
 * Which earlier rule (or command) left each part of the item as an explanation shows it. Rules see
 * the item as the rules before them leave it: `explain` says `state: closed` of an open issue when an
 * earlier rule closes it, and a reader must be told that this came from that rule, not from the forge.
 * Built from the changes each rule planned, in order; the last one to touch a part is named.
 */
import type { Change } from '../model/plan.js';
import type { Condition } from '../model/rules.js';

/** Who changed something: `rule close-stale`, or `the command "/close" of @alice`. */
type Source = string;

interface Touched {
  by: Source;
  added: boolean;
}

export class Provenance {
  private state?: Source;
  private locked?: Source;
  private milestone?: Source;
  private issueType?: Source;
  /** By lower-cased label; likewise assignees and requested reviewers by lower-cased login. */
  private readonly labels = new Map<string, Touched & { name: string }>();
  private readonly assignees = new Map<string, Touched & { name: string }>();
  private readonly reviewers = new Map<string, Touched & { name: string }>();

  /** Notes what `changes` (planned by `by`, in order) did to the item. */
  record(changes: readonly Change[], by: Source): void {
    for (const change of changes) {
      switch (change.kind) {
        case 'label':
        case 'unlabel':
          for (const name of change.labels) touch(this.labels, name, by, change.kind === 'label');
          break;
        case 'close':
        case 'reopen':
          this.state = by;
          break;
        case 'lock':
        case 'unlock':
          this.locked = by;
          break;
        case 'assign':
        case 'unassign':
          for (const name of change.logins) touch(this.assignees, name, by, change.kind === 'assign');
          break;
        case 'request-review':
          for (const name of change.logins) touch(this.reviewers, name, by, true);
          break;
        case 'milestone':
          this.milestone = by;
          break;
        case 'issue-type':
          this.issueType = by;
          break;
        case 'comment':
        case 'delete-branch':
        case 'react':
          // Nothing a condition reads.
          break;
      }
    }
  }

  /**
   * ` (by rule close-stale, earlier in this run)` after what `cond` observed, when an earlier rule made
   * it so; '' when the forge's item says it. `labeled` is noted per label by `labelNote`.
   */
  note(cond: Condition): string {
    switch (cond.kind) {
      case 'state':
        return single(this.state);
      case 'locked':
        return single(this.locked);
      case 'milestone':
        return single(this.milestone);
      case 'issue-type':
        return single(this.issueType);
      case 'labels':
        return several(this.labels, 'added', 'removed');
      case 'assignees':
        return several(this.assignees, 'assigned', 'unassigned');
      case 'requested-reviewers':
        return several(this.reviewers, 'review requested', '');
      default:
        return '';
    }
  }

  /** For one label of a `labeled` condition: who applied or removed it earlier, if anyone. */
  labelNote(label: string): string {
    const touched = this.labels.get(label.toLowerCase());
    if (touched === undefined) return '';
    return ` (${touched.added ? '' : 'removed '}by ${touched.by}, earlier in this run)`;
  }
}

function touch(map: Map<string, Touched & { name: string }>, name: string, by: Source, added: boolean): void {
  map.set(name.toLowerCase(), { name, by, added });
}

function single(by: Source | undefined): string {
  return by === undefined ? '' : ` (by ${by}, earlier in this run)`;
}

function several(map: Map<string, Touched & { name: string }>, added: string, removed: string): string {
  if (map.size === 0) return '';
  const parts = [...map.values()].map((t) => `${t.name} ${t.added ? added : removed} by ${t.by}`);
  return ` (${parts.join('; ')}, earlier in this run)`;
}

/** How a note names a rule. */
export function ruleSource(id: string): Source {
  return `rule ${id}`;
}

/** How a note names a command in a comment. */
export function commandSource(line: string, by: string): Source {
  return `the command ${JSON.stringify(line)} of @${by}`;
}

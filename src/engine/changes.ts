import type { Change } from '../model/plan.js';
import type { ActionSpec, Rule } from '../model/rules.js';
import { renderTemplate } from '../model/template.js';
import { findIgnoringCase, findLabel, forkProjection, type Projection } from './projection.js';
import { lastActivityAt } from './activity.js';
import { formMissingOf, formValues } from './forms.js';
import { inheritedLabels } from './structure.js';
import { applyProject } from './projects.js';
import type { SimilarSpec } from '../model/answers.js';
import { similarSpecs } from '../model/rules.js';
import { CLASSIFIED, classifiedOf } from './model-tests.js';
import { templateValues } from './template-values.js';

/**
 * Turns a rule's actions into real changes against the projection, in the order the rule lists them,
 * and advances the projection so later actions and later rules see them. An action that would change
 * nothing (label already present, closing a closed item...) is dropped, so a plan lists only work the
 * executor must really do.
 */
export function applyActions(rule: Rule, p: Projection): Change[] {
  return applyActionList(
    rule.then,
    {
      id: rule.id,
      marker: rule.id,
      cycle: rule.check === undefined,
      formMissing: formMissingOf(rule),
      similar: similarSpecOf(rule),
    },
    p,
  );
}

/** Who the actions run for: a rule, or a command in a comment. */
export interface ActionSource {
  /** `{{rule}}` in a comment. */
  id: string;
  /** The comment's marker, so a rerun edits it instead of posting again. */
  marker: string;
  /**
   * The comment is said once per activity cycle (a rule's comment); false: any earlier comment with
   * the marker counts (a check's status, a command's answer).
   */
  cycle: boolean;
  /** `{{commenter}}`: who asked, for a command. */
  commenter?: string;
  /** `{{form_missing}}`: the field ids the rule's `form` conditions list as `missing`. */
  formMissing?: readonly string[];
  /** `{{similar}}`: the rule's `similar` condition. */
  similar?: SimilarSpec;
}

/** `applyActions` for any list of actions (a command's `then`, a built-in command's one action). */
export function applyActionList(
  actions: readonly ActionSpec[],
  source: ActionSource,
  p: Projection,
): Change[] {
  const out: Change[] = [];
  for (const action of actions) {
    const change = applyAction(action, source, p);
    if (change !== null) out.push(change);
  }
  return out;
}

/** Whether the rule would change anything, without touching `p`. */
export function wouldChange(rule: Rule, p: Projection): boolean {
  return applyActions(rule, forkProjection(p)).length > 0;
}

function applyAction(action: ActionSpec, source: ActionSource, p: Projection): Change | null {
  switch (action.kind) {
    case 'project':
      return applyProject(action.target, templateValues(p, source.id, source.commenter, source.similar), p);
    case 'inherit-labels': {
      const labels = inheritedLabels(p, action.labels);
      // An unread parent counts as a change (see wouldChange): `advance` reads it before applying.
      if (labels === undefined) return { kind: 'label', labels: [] };
      return applyAction({ kind: 'label', labels }, source, p);
    }
    case 'label': {
      const added: string[] = [];
      for (const name of modelLabels(action.labels, source.id, p)) {
        if (findLabel(p, name) === undefined && findIgnoringCase(added, name) === undefined) added.push(name);
      }
      if (added.length === 0) return null;
      p.labels = [...p.labels, ...added];
      p.appliedNow = [...p.appliedNow, ...added.map((l) => l.toLowerCase())];
      return { kind: 'label', labels: added };
    }
    case 'unlabel': {
      // Report the label as the item spells it: that is the name the provider's API knows.
      const removed = present(p.labels, action.labels);
      if (removed.length === 0) return null;
      p.labels = p.labels.filter((l) => !removed.includes(l));
      const lower = removed.map((l) => l.toLowerCase());
      p.appliedNow = p.appliedNow.filter((l) => !lower.includes(l));
      return { kind: 'unlabel', labels: removed };
    }
    case 'comment':
      // Always a change: the marker lets the executor edit the rule's earlier comment instead of adding one.
      return {
        kind: 'comment',
        body: renderTemplate(
          action.template,
          templateValues(p, source.id, source.commenter, source.similar),
          formValues(p, source.formMissing ?? []),
        ),
        marker: source.marker,
        // A check's comment is a status, edited in place; any other comment is said once per cycle:
        // an earlier one counts only if no one was active after it.
        ...(source.cycle ? { since: new Date(lastActivityAt(p)).toISOString() } : {}),
      };
    case 'close':
      if (p.state === 'closed') return null;
      p.state = 'closed';
      return { kind: 'close', reason: action.reason };
    case 'reopen':
      if (p.state === 'open') return null;
      p.state = 'open';
      return { kind: 'reopen' };
    case 'lock':
      // Re-locking with another reason is not worth an unlock/lock round trip: already locked is enough.
      if (p.locked) return null;
      p.locked = true;
      return { kind: 'lock', reason: action.reason };
    case 'unlock':
      if (!p.locked) return null;
      p.locked = false;
      return { kind: 'unlock' };
    case 'assign': {
      const added = absent(p.assignees, action.logins);
      if (added.length === 0) return null;
      p.assignees = [...p.assignees, ...added];
      return { kind: 'assign', logins: added };
    }
    case 'unassign': {
      const removed = present(p.assignees, action.logins);
      if (removed.length === 0) return null;
      p.assignees = p.assignees.filter((a) => !removed.includes(a));
      return { kind: 'unassign', logins: removed };
    }
    case 'milestone':
      if (p.milestone === action.title) return null;
      p.milestone = action.title;
      return { kind: 'milestone', title: action.title };
    case 'request-review': {
      // Only pull requests have reviewers, and GitHub refuses a review request to the PR's author. The
      // item listing does not say who is already requested, so only this run's requests are deduplicated.
      if (p.item.type !== 'pull_request') return null;
      const logins = absent([p.item.author, ...p.reviewRequested], action.logins);
      if (logins.length === 0) return null;
      p.reviewRequested = [...p.reviewRequested, ...logins.map((l) => l.toLowerCase())];
      return { kind: 'request-review', logins };
    }
    case 'delete-branch':
      // Only once the pull request is closed: deleting an open one's head branch would close it
      // behind the rules' back. Whether the forge lets it go is decided when applying.
      if (p.item.type !== 'pull_request' || p.state !== 'closed' || p.branchDeleted) return null;
      p.branchDeleted = true;
      return { kind: 'delete-branch' };
    case 'issue-type': {
      // Only issues have types. An unread type counts as different: `advance` reads it before applying.
      if (p.item.type !== 'issue') return null;
      if (action.name === CLASSIFIED) {
        const chosen = classifiedOf(p, source.id).classified;
        return chosen === '' ? null : applyAction({ kind: 'issue-type', name: chosen }, source, p);
      }
      const current = p.issueType;
      const same =
        current !== undefined &&
        (current === null || action.name === null
          ? current === action.name
          : current.toLowerCase() === action.name.toLowerCase());
      if (same) return null;
      p.issueType = action.name;
      return { kind: 'issue-type', name: action.name };
    }
  }
}

/**
 * `label: '{{classified}}'` is the model's choice, always one of the rule's `into` (the config allows
 * the placeholder only as a whole label, and the engine only reads validated choices); without an
 * answer it labels nothing.
 */
function modelLabels(labels: readonly string[], ruleId: string, p: Projection): readonly string[] {
  if (!labels.includes(CLASSIFIED)) return labels;
  const chosen = classifiedOf(p, ruleId).classified;
  return labels.flatMap((name) => (name !== CLASSIFIED ? [name] : chosen === '' ? [] : [chosen]));
}

/** The wanted names not in `current` (ignoring case), deduplicated, spelled as the rule spells them. */
function absent(current: readonly string[], wanted: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of wanted) {
    if (findIgnoringCase(current, name) === undefined && findIgnoringCase(out, name) === undefined)
      out.push(name);
  }
  return out;
}

/** The entries of `current` named in `wanted` (ignoring case), spelled as `current` spells them. */
function present(current: readonly string[], wanted: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of wanted) {
    const found = findIgnoringCase(current, name);
    if (found !== undefined && !out.includes(found)) out.push(found);
  }
  return out;
}

/** The rule's first `similar` condition (in `when`), whose candidates `{{similar}}` lists. */
function similarSpecOf(rule: Rule): SimilarSpec | undefined {
  return similarSpecs(rule.when)[0];
}

import type { ActivityEvent, ActivityKind, Item } from '../model/item.js';
import type { ActorGroup, Condition, RuleSet } from '../model/rules.js';

/** The associations that make someone a maintainer of the repository (`by: maintainers`). */
export const MAINTAINER_ASSOCIATIONS: readonly string[] = ['OWNER', 'MEMBER', 'COLLABORATOR'];

/**
 * What only someone with triage or write access can do on another person's item. An event of these
 * kinds whose actor's association the forge does not state (GitHub names associations on comments and
 * reviews only) is a maintainer's: a label, an assignee, a milestone or a lock is not something a
 * passer-by can set.
 */
const TRIAGE_KINDS: ReadonlySet<ActivityKind> = new Set<ActivityKind>([
  'labeled',
  'unlabeled',
  'assigned',
  'unassigned',
  'milestoned',
  'locked',
  'unlocked',
  'closed',
  'reopened',
]);

export type ActorFilter = (event: ActivityEvent) => boolean;

/**
 * Which events a `by:` group counts. `author`: the item's author (logins compare case-insensitively,
 * as the forges treat them). `maintainers`: an actor whose association is OWNER, MEMBER or
 * COLLABORATOR, as stated on the event, on another event of the same actor (a maintainer's label
 * change is theirs too, once one of their comments names them), or on the item for its author; an
 * actor nothing states is a maintainer only for what needs triage access (see TRIAGE_KINDS), and
 * never for closing or reopening their own item. `associations` (facts.associations, where the
 * forge's history carries none) fills in whom the events leave unknown.
 */
export function actorFilter(
  item: Item,
  events: readonly ActivityEvent[],
  group: ActorGroup,
  associations: Readonly<Record<string, string>> = {},
): ActorFilter {
  const author = item.author.toLowerCase();
  if (group === 'author') return (event) => event.actor.toLowerCase() === author;
  const known = new Map<string, string>([[author, item.authorAssociation.toUpperCase()]]);
  for (const event of events) {
    if (event.association !== undefined)
      known.set(event.actor.toLowerCase(), event.association.toUpperCase());
  }
  for (const [login, association] of Object.entries(associations)) {
    const stated = known.get(login.toLowerCase());
    if (stated === undefined || stated === 'NONE') known.set(login.toLowerCase(), association.toUpperCase());
  }
  return (event) => {
    const actor = event.actor.toLowerCase();
    const association = known.get(actor);
    if (association !== undefined && association !== 'NONE')
      return MAINTAINER_ASSOCIATIONS.includes(association);
    if (actor === author) return false;
    return TRIAGE_KINDS.has(event.kind);
  };
}

/**
 * Whether some rule counts only maintainers' activity (`by: maintainers`): then a provider whose
 * history carries no associations (GitLab) is asked for them beside the timeline (facts.associations).
 */
export function countsMaintainers(rules: RuleSet): boolean {
  const uses = (cond: Condition): boolean => {
    if (cond.kind === 'all' || cond.kind === 'any') return cond.value.some(uses);
    if (cond.kind === 'not') return uses(cond.value);
    return (cond.kind === 'inactive' || cond.kind === 'active-after-label') && cond.by === 'maintainers';
  };
  return rules.rules.some((rule) => [...rule.when, ...(rule.check?.require ?? [])].some(uses));
}

import type { ActivityEvent, ActivityKind, Item } from '../model/item.js';
import type { ActorGroup } from '../model/rules.js';

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
 * never for closing or reopening their own item.
 */
export function actorFilter(item: Item, events: readonly ActivityEvent[], group: ActorGroup): ActorFilter {
  const author = item.author.toLowerCase();
  if (group === 'author') return (event) => event.actor.toLowerCase() === author;
  const known = new Map<string, string>([[author, item.authorAssociation.toUpperCase()]]);
  for (const event of events) {
    if (event.association !== undefined)
      known.set(event.actor.toLowerCase(), event.association.toUpperCase());
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

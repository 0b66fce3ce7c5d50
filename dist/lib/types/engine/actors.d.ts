import type { ActivityEvent, Item } from '../model/item.js';
import type { ActorGroup, RuleSet } from '../model/rules.js';
/** The associations that make someone a maintainer of the repository (`by: maintainers`). */
export declare const MAINTAINER_ASSOCIATIONS: readonly string[];
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
export declare function actorFilter(item: Item, events: readonly ActivityEvent[], group: ActorGroup, associations?: Readonly<Record<string, string>>): ActorFilter;
/**
 * Whether some rule counts only maintainers' activity (`by: maintainers`): then a provider whose
 * history carries no associations (GitLab) is asked for them beside the timeline (facts.associations).
 */
export declare function countsMaintainers(rules: RuleSet): boolean;

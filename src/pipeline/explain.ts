/**
 * Explains every rule for one item: fetches the item and every fact the rules could need (reads
 * only), then asks the engine why each rule does or does not fire.
 */
import { resolveRunProjects } from './projects.js';
import { countsMaintainers } from '../engine/actors.js';
import { commandNames } from './triage.js';
import { commandScope, compileRules, explain, factsNeeded, type Explanation } from '../engine/index.js';
import { pendingQuestions } from '../engine/questions.js';
import type { ItemFacts } from '../model/item.js';
import { itemName } from '../model/item-name.js';
import { vetoedRules, type RuleSet } from '../model/rules.js';
import type { ModelAnswerer } from '../models/answerer.js';
import type { Provider } from '../providers/provider.js';
import { answerQuestions, similarContext } from './model-questions.js';
import { readFacts } from './read-facts.js';
import { forBackfill } from './rules.js';

/** Which item to explain: an issue or pull request by number, a GitLab merge request, or a discussion. */
export interface ExplainTarget {
  number: number;
  discussion?: boolean;
  /** `!12`: GitLab's merge request 12 (GitLab numbers them apart from issues; `#12` is issue 12). */
  mergeRequest?: boolean;
}

const TARGET = /^(?:(discussion)\s*#?|([#!]?))(\d+)$/i;

/**
 * `#123` or `123` (an issue or pull request on GitHub, an issue on GitLab), `!123` (a GitLab merge
 * request), `discussion #12` or `discussion 12` (a discussion: discussions share numbers with issues
 * and pull requests, so the word says which is meant). Null for anything else.
 */
export function parseExplainTarget(text: string): ExplainTarget | null {
  const match = TARGET.exec(text.trim());
  const number = match ? Number(match[3]) : NaN;
  if (!match || !Number.isInteger(number) || number <= 0) return null;
  if (match[1]) return { number, discussion: true };
  return match[2] === '!' ? { number, mergeRequest: true } : { number };
}

export async function explainItem(
  provider: Provider,
  unresolved: RuleSet,
  target: number | ExplainTarget,
  now: Date,
  models?: ModelAnswerer,
): Promise<Explanation> {
  // Projects resolved as a run resolves them: `@current` is the iteration a run would set.
  const rules = await resolveRunProjects(provider, unresolved);
  const {
    number,
    discussion = false,
    mergeRequest = false,
  } = typeof target === 'number' ? { number: target } : target;
  // On GitLab `12` and `#12` are issue 12, `!12` merge request 12; GitHub's numbers are shared.
  const type = provider.forge === 'gitlab' ? (mergeRequest ? 'pull_request' : 'issue') : undefined;
  const item = discussion
    ? await findDiscussion(provider, number)
    : provider.getItem
      ? await provider.getItem(number, type)
      : await findByWalking(provider, number, type);
  if (!item) {
    const name = itemName({ type: discussion ? 'discussion' : (type ?? 'issue'), number }, provider.forge);
    throw new Error(`${name} does not exist in ${provider.repository}`);
  }
  // Every rule, whatever events it answers: the question is why a rule did or did not fire.
  const compiled = compileRules(forBackfill(rules));
  const wanted = factsNeeded(compiled).filter((name) => provider.capabilities.facts.has(name));
  // Where the history carries no associations (GitLab), `by: maintainers` needs them read beside it.
  if (
    wanted.includes('timeline') &&
    countsMaintainers(rules) &&
    provider.capabilities.facts.has('associations')
  )
    wanted.push('associations');
  const facts: ItemFacts = {
    ...item.prefetched,
    ...(wanted.length > 0 ? await readFacts(provider, item, wanted, vetoedRules(rules.rules)) : {}),
  };
  // The questions the walk reaches, one after the other (an answer may decide which rule comes next).
  for (let round = 0; models && round < compiled.rules.length; round++) {
    const questions = pendingQuestions(item, facts, compiled, now);
    if (questions.length === 0) break;
    await answerQuestions(item, facts, questions, models, similarContext(provider, rules));
  }
  // The commands a sweep would run now: those of comments within commands-since that Sift has not answered.
  const scope = commandScope(rules.commands, item.updatedAt, now);
  if (scope && provider.commandComments && rules.commands) {
    facts.commands = await provider.commandComments(item, scope);
    // The names the forge would refuse, as a sweep reads them: explain refuses what the run would.
    Object.assign(facts, await commandNames(provider, facts.commands, { settings: rules.commands }));
  }
  return explain(item, facts, compiled, now, provider.forge);
}

async function findDiscussion(provider: Provider, number: number) {
  if (!provider.capabilities.discussions) {
    throw new Error(
      `the ${provider.capabilities.name} provider cannot read discussions; use GitHub's GraphQL API`,
    );
  }
  if (provider.getDiscussion) return provider.getDiscussion(number);
  for await (const item of provider.items({ state: 'all', type: 'discussion' }))
    if (item.number === number) return item;
  return null;
}

async function findByWalking(provider: Provider, number: number, type?: 'issue' | 'pull_request') {
  for await (const item of provider.items({ state: 'all', ...(type ? { type } : {}) }))
    if (item.number === number) return item;
  return null;
}

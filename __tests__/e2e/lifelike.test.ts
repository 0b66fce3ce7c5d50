/**
 * End to end on a repository that looks like a real one (src/emulator/samples/lifelike): the bundled Action on
 * GitHub REST and GraphQL, the bundled CLI on GitLab. Every expectation comes from the item's
 * definition (what the rules mean for it), never from a run of Sift.
 *
 *   1-2. the activity clock: `{{inactive_days}}` for every open item, on every API;
 *   1,2,4 + the headline: the README's stale rules, a default (non-dry) run: no circuit breaker, only
 *        the items a maintainer would call stale are warned, due ones closed (labels without history
 *        dated by updated_at), and a rerun the next day changes nothing;
 *   3.   examples/stale.yml: unstale, then stale anew with a new warning every cycle;
 *   5.   comments mention nobody by accident, and a person's pasted marker does not count.
 */
import { readFileSync } from 'node:fs';
import { STALE_RULES } from '../helpers/rules.js';
import {
  forApi,
  type Api,
  type LifelikeItem,
  type Outcome,
} from '../../src/emulator/samples/lifelike/repository.js';
import {
  DAY,
  EXAMPLE_WARNINGS,
  marker,
  README_WARNINGS,
  type WarningRules,
} from '../../src/emulator/samples/lifelike/seed.js';
import { githubForge, gitlabForge, MENTION, openItems, type Forge } from './lifelike-harness.js';

const EXAMPLE_RULES = readFileSync('examples/stale.yml', 'utf8');
const APIS: Api[] = ['rest', 'graphql', 'gitlab'];

const forge = (api: Api, warnings: WarningRules): Promise<Forge> =>
  api === 'gitlab' ? gitlabForge(warnings) : githubForge(api, warnings);

let current: Forge | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

/** "key (why): what differs", for failures that say which item and why it is expected so. */
function check(problems: string[], item: LifelikeItem, ok: boolean, what: string): void {
  if (!ok) problems.push(`${item.key} (${item.expect.why}): ${what}`);
}

describe.each(APIS)('the lifelike repository on %s', (api) => {
  it('points 1-2: {{inactive_days}} is the whole days since the last human activity, never more than the age', async () => {
    current = await forge(api, README_WARNINGS);
    const rules = `version: 1
rules:
  - id: clock
    when: { state: open, inactive: 1m }
    then:
      - comment: 'inactive {{inactive_days}}'
`;
    const run = await current.run(rules, { dryRun: true, inputs: { 'max-change-ratio': '1' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const said = new Map<string, string>();
    for (const entry of run.plan) {
      const key = current.keyOf(entry.type, entry.number);
      const body = entry.rules.flatMap((r) => r.actions).find((a) => a.kind === 'comment')?.body;
      if (key && body) said.set(key, body);
    }
    const problems: string[] = [];
    for (const item of openItems(current.items)) {
      const days = forApi(item.expect.inactiveDays, api);
      check(
        problems,
        item,
        said.get(item.key) === `inactive ${days}`,
        `said "${said.get(item.key)}", meant ${days}`,
      );
    }
    expect(problems).toEqual([]);
    expect(current.writes()).toBe(0);
  });

  it("the README's stale rules, a default run: no circuit breaker, warns only stale items, closes due ones; the next day changes nothing", async () => {
    current = await forge(api, README_WARNINGS);
    const f = current;
    const before = new Map(f.items.map((i) => [i.key, f.state(i.key)]));
    const changing = openItems(f.items).filter((i) => {
      const o = forApi(i.expect.readme, api);
      return o.mark || o.close;
    });
    // The repository's own property, not Sift's: under half its open items are due.
    expect(changing.length / openItems(f.items).length).toBeLessThan(0.5);

    const run = await f.run(STALE_RULES);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout + run.summary).not.toMatch(/circuit breaker/i);

    const problems = compare(f, api, before, (i) => forApi(i.expect.readme, api), README_WARNINGS, 'readme');
    expect(problems).toEqual([]);

    // The next day: nothing new (no duplicate warning, nothing due yet).
    const writes = f.writes();
    f.age(DAY);
    const rerun = await f.run(STALE_RULES);
    expect(rerun.code).toBe(0);
    expect(f.writes()).toBe(writes);
  });

  it('point 3, examples/stale.yml: a reply takes stale off; a reply long ago puts it back anew with a new warning', async () => {
    current = await forge(api, EXAMPLE_WARNINGS);
    const f = current;
    const before = new Map(f.items.map((i) => [i.key, f.state(i.key)]));
    const started = Date.now();
    const run = await f.run(EXAMPLE_RULES);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const problems = compare(
      f,
      api,
      before,
      (i) => forApi(i.expect.example, api),
      EXAMPLE_WARNINGS,
      'example',
    );
    // Stale anew: its labeled event is from this run, not the old one (the 7-day timer restarts).
    for (const item of f.items) {
      const o = forApi(item.expect.example, api);
      if (o.unstale && o.mark) {
        const applied = f.state(item.key).staleAppliedAt ?? 0;
        check(
          problems,
          item,
          applied >= started - 2000,
          `stale applied at ${new Date(applied).toISOString()}, not anew`,
        );
      }
    }
    expect(problems).toEqual([]);

    const writes = f.writes();
    f.age(DAY);
    const rerun = await f.run(EXAMPLE_RULES);
    expect(rerun.code).toBe(0);
    expect(f.writes()).toBe(writes);
  });

  it('point 5: values people control cannot mention anyone; {{author}} stays a real mention', async () => {
    current = await forge(api, README_WARNINGS);
    const f = current;
    const rules = `version: 1
rules:
  - id: triage-note
    when: { title: '@' }
    then:
      - comment: 'Triage of "{{title}}" [{{labels}}] for @{{author}}'
`;
    const run = await f.run(rules, { inputs: { 'max-change-ratio': '1' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const targets = openItems(f.items).filter((i) => i.title.includes('@'));
    expect(targets.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const item of targets) {
      const comments = f.state(item.key).comments.filter((c) => c.body.includes(marker('triage-note')));
      check(problems, item, comments.length === 1, `${comments.length} triage comments`);
      const body = comments[0]?.body ?? '';
      const author = f.login(item.author);
      // The title, quoted: a zero-width space after every `@` that starts a name.
      const quotedTitle = item.title.replace(MENTION, '@\u200B');
      check(
        problems,
        item,
        body.includes(`"${quotedTitle}"`),
        `title not quoted as expected: ${JSON.stringify(body)}`,
      );
      // The only mention left is the author's.
      const mentions = [
        ...body.replace(marker('triage-note'), '').matchAll(/@([A-Za-z0-9_][\w./-]*(?:\[bot\])?)/g),
      ].map((m) => m[1]);
      check(
        problems,
        item,
        JSON.stringify(mentions) === JSON.stringify([author]),
        `mentions ${JSON.stringify(mentions)}`,
      );
      check(problems, item, !body.includes('@acme/core'), 'the label still mentions @acme/core');
    }
    expect(problems).toEqual([]);
  });
});

/**
 * Every item against its expectation: labels, state and comments. Other people's comments are kept
 * as they were (a pasted marker is never edited); Sift's new comments are exactly the ones the
 * outcome calls for.
 */
function compare(
  f: Forge,
  api: Api,
  before: Map<string, ReturnType<Forge['state']>>,
  outcomeOf: (item: LifelikeItem) => Outcome,
  warnings: WarningRules,
  rules: 'readme' | 'example',
): string[] {
  const problems: string[] = [];
  for (const item of f.items) {
    const o = outcomeOf(item);
    const was = before.get(item.key)!;
    const now = f.state(item.key);
    const days = forApi(item.expect.inactiveDays, api);

    // Labels: stale comes off with unstale, is there after mark, else as it was.
    const hadStale = was.labels.includes('stale');
    const wantStale = o.mark ? true : o.unstale ? false : hadStale;
    const others = (labels: string[]) => labels.filter((l) => l !== 'stale').sort();
    check(
      problems,
      item,
      now.labels.includes('stale') === wantStale,
      `stale ${wantStale ? 'missing' : 'present'} (labels ${now.labels.join(', ')})`,
    );
    check(
      problems,
      item,
      JSON.stringify(others(now.labels)) === JSON.stringify(others(was.labels)),
      `other labels changed: ${now.labels.join(', ')}`,
    );

    // State.
    const wantState = o.close ? 'closed' : was.state;
    check(problems, item, now.state === wantState, `state ${now.state}, meant ${wantState}`);
    // GitHub keeps a close reason on issues only (pull requests are closed, or merged).
    if (o.close && api !== 'gitlab' && item.kind === 'issue') {
      const reason = 'not_planned';
      check(problems, item, now.stateReason === reason, `closed as ${now.stateReason}, meant ${reason}`);
    }

    // Comments: the old ones untouched, then exactly the new ones meant.
    const kept = now.comments.slice(0, was.comments.length);
    check(
      problems,
      item,
      JSON.stringify(kept) === JSON.stringify(was.comments),
      'an earlier comment was changed or removed',
    );
    const added = now.comments.slice(was.comments.length);
    const wanted: RegExp[] = [];
    if (o.close && rules === 'example') {
      const rule = item.kind === 'issue' ? 'close-stale-issues' : 'close-stale-prs';
      wanted.push(
        new RegExp(
          `^Closed because it has been stale for \\d+ days with no activity\\..*\\n\\n${escape(marker(rule))}$`,
          's',
        ),
      );
    }
    if (o.mark) {
      const rule = warnings[item.kind];
      const text =
        rules === 'readme'
          ? `@${f.login(item.author)}, this issue has had no activity for ${days} days. It will close in 7 days.`
          : item.kind === 'issue'
            ? `This issue has had no activity for ${days} days. It will be closed in 7 days unless someone comments.`
            : `This pull request has had no activity for ${days} days. It will be closed in 14 days unless someone comments or pushes.`;
      wanted.push(new RegExp(`^${escape(text)}\\n\\n${escape(marker(rule))}$`));
    }
    check(
      problems,
      item,
      added.length === wanted.length,
      `${added.length} new comments, meant ${wanted.length}: ${JSON.stringify(added.map((c) => c.body))}`,
    );
    for (const [i, pattern] of wanted.entries()) {
      const comment = added[i];
      check(
        problems,
        item,
        comment !== undefined && comment.by === f.sift && pattern.test(comment.body),
        `comment ${i + 1} is ${JSON.stringify(comment?.body)}, meant ${pattern}`,
      );
    }
  }
  return problems;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A repository that looks like a real one, described once and loadable into the GitHub emulator store
 * and the GitLab emulator store (see README.md here). Times are days before a `now` the loader is given,
 * so the same description is the same repository at any date.
 *
 * Each item carries, written by hand in its archetype below, what the rules MEAN for it: how long it has
 * been without human activity (`inactiveDays`, the number `{{inactive_days}}` must show) and what the
 * README's stale rules (`readme`, __tests__/helpers/rules.ts) and examples/stale.yml (`example`) must do
 * to it. Nothing here runs Sift.
 *
 * Plain TypeScript, no jest APIs: usable from tests and from the benchmark.
 */

export type Api = 'rest' | 'graphql' | 'gitlab';
/** The same on every API, or one value per API (where an API cannot tell what another can). */
export type ByApi<T> = T | { rest: T; graphql: T; gitlab: T };

/** What one rules file does to an item, by the rules' meaning. */
export interface Outcome {
  /** The mark rule applies: `stale` is added (anew, with a new labeled event) and a warning posted. */
  mark?: boolean;
  /** The close rule applies: closed (examples/stale.yml also posts its closing comment). */
  close?: boolean;
  /** examples/stale.yml's `unstale` applies: `stale` is removed (and is back if `mark` too). */
  unstale?: boolean;
}

export interface Expectation {
  /** Whole days since the last human activity (or creation, if later). */
  inactiveDays: ByApi<number>;
  why: string;
  readme: ByApi<Outcome>;
  example: ByApi<Outcome>;
}

/** An account: a person's login, or one of the bots below. */
export type Login = string;
/** Sift's account (GITHUB_TOKEN's); on GitLab, the project access token's bot user. */
export const SIFT = 'github-actions[bot]';
export const DEPENDABOT = 'dependabot[bot]';
export const CI_BOT = 'codecov[bot]';

export interface CommentDef {
  by: Login;
  daysAgo: number;
  body: string;
  /** Sift's warning: the body gets the warning rule's marker (`<!-- sift:rule=ID -->`) at its end. */
  siftWarning?: boolean;
  /** A person pasted the warning rule's marker into their comment. */
  pastesMarker?: boolean;
  editedDaysAgo?: number;
}

export interface LifelikeItem {
  /** Unique, stable: `archetype-index`. */
  key: string;
  archetype: string;
  kind: 'issue' | 'pull_request';
  title: string;
  author: Login;
  createdDaysAgo: number;
  state?: 'open' | 'closed';
  closedDaysAgo?: number;
  draft?: boolean;
  /** Labels on the item now. */
  labels: string[];
  /** Labels on the item with no history at all (transferred). */
  labelsWithoutHistory?: string[];
  /** Label history (labels in `labels` without an `add` here were added by the author at creation). */
  labelEvents?: { label: string; action: 'add' | 'remove'; by: Login; daysAgo: number }[];
  comments: CommentDef[];
  /** Description edits (no timeline event on GitHub; a system note on GitLab). */
  edits?: { by: Login; daysAgo: number }[];
  /** Title changes. */
  renames?: { by: Login; daysAgo: number; from: string }[];
  reactions?: { by: Login; daysAgo: number; content: '+1' | 'heart' }[];
  milestone?: string;
  assignees?: string[];
  expect: Expectation;
}

const PEOPLE = [
  'alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory',
  'niaj', 'olivia', 'peggy', 'rupert', 'sybil', 'trent', 'victor', 'walter', 'yusuf',
]; // prettier-ignore
const MAINTAINERS = ['maria', 'tomas'];
const person = (i: number, shift = 0) => PEOPLE[(i * 7 + shift) % PEOPLE.length];
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length];

const WARNING = (author: string, days: number, kind: 'issue' | 'pull_request') =>
  kind === 'issue'
    ? `@${author}, this issue has had no activity for ${days} days. It will close in 7 days.`
    : `This pull request has had no activity for ${days} days. It will be closed in 14 days unless someone comments or pushes.`;

const NOTHING: Outcome = {};
const MARK: Outcome = { mark: true };
const CLOSE: Outcome = { close: true };

interface Archetype {
  name: string;
  /** Items of this kind per ~110 (the proportions of the 1,000-item version are the same). */
  weight: number;
  make(i: number): Omit<LifelikeItem, 'key' | 'archetype'>;
}

const ISSUE_TITLES = [
  'Crash when the config file is empty',
  'Support YAML anchors in rules',
  'Docs: the example for labels is wrong',
  'Timeout on large repositories',
  'Windows paths break the file matcher',
  'Feature: dry run per rule',
  'Wrong count in the summary table',
  'Memory grows during long sweeps',
];
const PR_TITLES = [
  'Fix off-by-one in pagination',
  'Add Spanish translation',
  'Refactor the label matcher',
  'Speed up the timeline reader',
];

const ARCHETYPES: Archetype[] = [
  {
    name: 'discussed',
    weight: 24,
    make: (i) => {
      const last = pick([2, 9, 21, 33, 44], i);
      const author = person(i);
      return {
        kind: 'issue',
        title: pick(ISSUE_TITLES, i),
        author,
        createdDaysAgo: last + 40 + (i % 5) * 30,
        labels: [pick(['bug', 'enhancement', 'docs', 'question'], i)],
        comments: [
          { by: person(i, 3), daysAgo: last + 20, body: 'I can reproduce this on 2.4.' },
          { by: author, daysAgo: last + 5, body: 'Any workaround?' },
          { by: pick(MAINTAINERS, i), daysAgo: last, body: 'Looking into it this week.' },
        ],
        expect: {
          inactiveDays: last,
          why: `a maintainer commented ${last} days ago`,
          readme: NOTHING,
          example: NOTHING,
        },
      };
    },
  },
  {
    name: 'quiet',
    weight: 8,
    make: (i) => {
      const last = pick([75, 120, 200, 340], i);
      const author = person(i, 1);
      return {
        kind: 'issue',
        title: pick(ISSUE_TITLES, i + 3),
        author,
        createdDaysAgo: last + 30,
        labels: [pick(['bug', 'enhancement'], i)],
        comments: [{ by: person(i, 5), daysAgo: last, body: 'Same here.' }],
        expect: {
          inactiveDays: last,
          why: `nobody did anything for ${last} days (last: a comment by a person)`,
          readme: MARK,
          example: MARK,
        },
      };
    },
  },
  {
    name: 'description-edited',
    weight: 6,
    make: (i) => {
      const edited = pick([3, 12, 26], i);
      const author = person(i, 2);
      const editor = i % 2 === 0 ? author : pick(MAINTAINERS, i);
      return {
        kind: 'issue',
        title: pick(ISSUE_TITLES, i + 1),
        author,
        createdDaysAgo: 160,
        labels: ['bug'],
        comments: [{ by: person(i, 9), daysAgo: 90, body: 'Happens to me too.' }],
        edits: [{ by: editor, daysAgo: edited }],
        expect: {
          inactiveDays: edited,
          why: `the description was edited by ${editor} ${edited} days ago (no timeline event; REST sees an update nothing explains, GraphQL names the editor, GitLab writes a system note)`,
          readme: NOTHING,
          example: NOTHING,
        },
      };
    },
  },
  {
    name: 'bots-comment-on-quiet-issue',
    weight: 6,
    make: (i) => {
      const last = pick([100, 150], i);
      return {
        kind: 'issue',
        title: `Flaky test: ${pick(['sweep', 'pagination', 'labels'], i)} suite`,
        author: person(i, 4),
        createdDaysAgo: last + 10,
        labels: ['ci'],
        comments: [
          { by: person(i, 6), daysAgo: last, body: 'Seen again on main.' },
          { by: CI_BOT, daysAgo: 5, body: 'Coverage report: 81.2% (+0.1%)' },
          { by: SIFT, daysAgo: 1, body: 'Nightly run failed again: https://ci.example/run/1' },
        ],
        expect: {
          inactiveDays: last,
          why: `only bots (CI reporters, the workflow bot) wrote in the last ${last} days`,
          readme: MARK,
          example: MARK,
        },
      };
    },
  },
  {
    name: 'quiet-assigned-or-milestoned',
    weight: 4,
    make: (i) => ({
      kind: 'issue',
      title: pick(ISSUE_TITLES, i + 5),
      author: person(i, 8),
      createdDaysAgo: 200,
      labels: ['enhancement'],
      comments: [{ by: person(i, 11), daysAgo: 150, body: '+1, we need this.' }],
      ...(i % 2 === 0 ? { assignees: [pick(MAINTAINERS, i)] } : { milestone: 'v3.0' }),
      expect: {
        inactiveDays: 150,
        why: 'quiet for 150 days; examples/stale.yml exempts assigned and milestoned issues, the README rules do not',
        readme: MARK,
        example: NOTHING,
      },
    }),
  },
  {
    name: 'pinned',
    weight: 2,
    make: (i) => ({
      kind: 'issue',
      title: 'Roadmap 2026',
      author: pick(MAINTAINERS, i),
      createdDaysAgo: 300,
      labels: ['pinned'],
      comments: [],
      expect: { inactiveDays: 300, why: 'pinned: exempt from both', readme: NOTHING, example: NOTHING },
    }),
  },
  {
    name: 'security',
    weight: 1,
    make: (i) => ({
      kind: 'issue',
      title: 'Tokens could be logged in debug mode',
      author: person(i, 12),
      createdDaysAgo: 220,
      labels: ['security'],
      comments: [{ by: pick(MAINTAINERS, i), daysAgo: 200, body: 'Confirmed, fix planned.' }],
      expect: {
        inactiveDays: 200,
        why: 'quiet for 200 days; examples/stale.yml exempts `security`, the README rules do not',
        readme: MARK,
        example: NOTHING,
      },
    }),
  },
  {
    name: 'warned-due',
    weight: 4,
    make: (i) => {
      const author = person(i, 13);
      return {
        kind: 'issue',
        title: pick(ISSUE_TITLES, i + 2),
        author,
        createdDaysAgo: 120,
        labels: ['question', 'stale'],
        labelEvents: [{ label: 'stale', action: 'add', by: SIFT, daysAgo: 10 }],
        comments: [
          { by: person(i, 14), daysAgo: 75, body: 'Did you try the nightly?' },
          { by: SIFT, daysAgo: 10, body: WARNING(author, 65, 'issue'), siftWarning: true },
        ],
        expect: {
          inactiveDays: 75,
          why: 'warned 10 days ago, nobody answered: stale for 7+ days, so it closes',
          readme: CLOSE,
          example: CLOSE,
        },
      };
    },
  },
  {
    name: 'warned-waiting',
    weight: 3,
    make: (i) => {
      const author = person(i, 15);
      return {
        kind: 'issue',
        title: pick(ISSUE_TITLES, i + 4),
        author,
        createdDaysAgo: 90,
        labels: ['stale'],
        labelEvents: [{ label: 'stale', action: 'add', by: SIFT, daysAgo: 3 }],
        comments: [
          { by: person(i, 16), daysAgo: 66, body: 'Works for me.' },
          { by: SIFT, daysAgo: 3, body: WARNING(author, 63, 'issue'), siftWarning: true },
        ],
        expect: {
          inactiveDays: 66,
          why: 'warned 3 days ago, the 7 days are not over',
          readme: NOTHING,
          example: NOTHING,
        },
      };
    },
  },
  {
    name: 'warned-then-answered',
    weight: 4,
    make: (i) => {
      const author = person(i, 17);
      return {
        kind: 'issue',
        title: pick(ISSUE_TITLES, i + 6),
        author,
        createdDaysAgo: 150,
        labels: ['bug', 'stale'],
        labelEvents: [{ label: 'stale', action: 'add', by: SIFT, daysAgo: 12 }],
        comments: [
          { by: person(i, 18), daysAgo: 80, body: 'Any news?' },
          { by: SIFT, daysAgo: 12, body: WARNING(author, 68, 'issue'), siftWarning: true },
          { by: author, daysAgo: 4, body: 'Still happening on 3.1, please keep it open.' },
        ],
        expect: {
          inactiveDays: 4,
          why: 'the author answered the warning 4 days ago; the README rules have no unstale rule and close it (stale for 12 days), examples/stale.yml removes `stale`',
          readme: CLOSE,
          example: { unstale: true },
        },
      };
    },
  },
  {
    name: 'warned-answered-long-ago',
    weight: 3,
    make: (i) => {
      const author = person(i, 19);
      return {
        kind: 'issue',
        title: pick(ISSUE_TITLES, i + 7),
        author,
        createdDaysAgo: 200,
        labels: ['stale'],
        labelEvents: [{ label: 'stale', action: 'add', by: SIFT, daysAgo: 80 }],
        comments: [
          { by: SIFT, daysAgo: 80, body: WARNING(author, 61, 'issue'), siftWarning: true },
          { by: author, daysAgo: 70, body: 'Still relevant for us.' },
        ],
        expect: {
          inactiveDays: 70,
          why: 'answered 10 days after the warning, then nothing for 70 days: README closes it (stale 80 days); examples/stale.yml takes `stale` off (someone replied since) and puts it back anew with a new warning (the reply is 70 days old)',
          readme: CLOSE,
          example: { unstale: true, mark: true },
        },
      };
    },
  },
  {
    name: 'unstaled-earlier-quiet-again',
    weight: 3,
    make: (i) => {
      const author = person(i, 20);
      return {
        kind: 'issue',
        title: pick(ISSUE_TITLES, i),
        author,
        createdDaysAgo: 250,
        labels: ['enhancement'],
        labelEvents: [
          { label: 'stale', action: 'add', by: SIFT, daysAgo: 100 },
          { label: 'stale', action: 'remove', by: SIFT, daysAgo: 89 },
        ],
        comments: [
          { by: SIFT, daysAgo: 100, body: WARNING(author, 62, 'issue'), siftWarning: true },
          { by: person(i, 21), daysAgo: 90, body: 'I would still like this.' },
        ],
        expect: {
          inactiveDays: 90,
          why: 'an earlier run removed `stale` after a reply 90 days ago; quiet since: a new cycle, so a new warning (the old one, older than the reply, does not count)',
          readme: MARK,
          example: MARK,
        },
      };
    },
  },
  {
    name: 'transferred-stale',
    weight: 2,
    make: (i) => ({
      kind: 'issue',
      title: 'Moved here from the old CLI repository',
      author: person(i, 22),
      createdDaysAgo: 400,
      labels: ['stale', 'bug'],
      labelsWithoutHistory: ['stale', 'bug'],
      comments: [
        { by: person(i, 23), daysAgo: 200, body: 'Is this still an issue after the move?' },
        { by: CI_BOT, daysAgo: 150, body: 'Automated check: no linked pull request.' },
      ],
      expect: {
        inactiveDays: 200,
        why: 'transferred: `stale` has no history, so it dates from the last update (150 days ago, a bot); no reply since then: closes under both',
        readme: CLOSE,
        example: CLOSE,
      },
    }),
  },
  {
    name: 'transferred-active',
    weight: 2,
    make: (i) => ({
      kind: 'issue',
      title: 'Moved: plugin API proposal',
      author: person(i, 24),
      createdDaysAgo: 300,
      labels: ['enhancement'],
      labelsWithoutHistory: ['enhancement'],
      comments: [{ by: person(i, 25), daysAgo: 20, body: 'Draft spec is in the wiki.' }],
      expect: {
        inactiveDays: 20,
        why: 'transferred labels without history; a person commented 20 days ago',
        readme: NOTHING,
        example: NOTHING,
      },
    }),
  },
  {
    name: 'mentions-in-title',
    weight: 2,
    make: (i) => ({
      kind: 'issue',
      title: i % 2 === 0 ? 'Ask @someone about the @acme/core release' : 'Ping @acme/core: crash on import',
      author: person(i, 26),
      createdDaysAgo: 180,
      labels: ['needs @acme/core'],
      comments: [{ by: person(i, 27), daysAgo: 130, body: 'cc the core team' }],
      expect: {
        inactiveDays: 130,
        why: 'quiet for 130 days; its title and label mention people and a team, which no comment may ping',
        readme: MARK,
        example: MARK,
      },
    }),
  },
  {
    name: 'pasted-marker',
    weight: 2,
    make: (i) => ({
      kind: 'issue',
      title: pick(ISSUE_TITLES, i + 1),
      author: person(i, 28),
      createdDaysAgo: 140,
      labels: [],
      comments: [
        {
          by: person(i, 29),
          daysAgo: 80,
          body: 'Quoting the bot from the other issue:',
          pastesMarker: true,
        },
      ],
      expect: {
        inactiveDays: 80,
        why: "quiet for 80 days; a person's comment carries the marker, which does not stop the warning",
        readme: MARK,
        example: MARK,
      },
    }),
  },
  {
    name: 'reactions-only',
    weight: 2,
    make: (i) => ({
      kind: 'issue',
      title: pick(ISSUE_TITLES, i + 3),
      author: person(i, 30),
      createdDaysAgo: 120,
      labels: ['enhancement'],
      comments: [{ by: person(i, 31), daysAgo: 80, body: 'Would love this.' }],
      reactions: [
        { by: person(i, 32), daysAgo: 2, content: '+1' },
        { by: person(i, 33), daysAgo: 1, content: 'heart' },
      ],
      expect: {
        inactiveDays: 80,
        why: 'reactions are not activity unless `activity.reactions` says so (and do not bump updated_at)',
        readme: MARK,
        example: MARK,
      },
    }),
  },
  {
    name: 'bot-edited-description',
    weight: 1,
    make: (i) => ({
      kind: 'issue',
      title: 'Release checklist',
      author: person(i, 34),
      createdDaysAgo: 130,
      labels: [],
      comments: [{ by: person(i, 35), daysAgo: 90, body: 'Step 4 is done.' }],
      edits: [{ by: SIFT, daysAgo: 3 }],
      expect: {
        inactiveDays: { rest: 3, graphql: 90, gitlab: 90 },
        why: 'a bot edited the description 3 days ago: GraphQL (editor) and GitLab (system note) say a bot did it, REST cannot tell who and counts it',
        readme: { rest: NOTHING, graphql: MARK, gitlab: MARK },
        example: { rest: NOTHING, graphql: MARK, gitlab: MARK },
      },
    }),
  },
  {
    name: 'renamed-by-maintainer',
    weight: 1,
    make: (i) => ({
      kind: 'issue',
      title: 'Crash on start with an empty rules file',
      author: person(i, 36),
      createdDaysAgo: 160,
      labels: ['bug'],
      comments: [{ by: person(i, 37), daysAgo: 100, body: 'Stack trace attached.' }],
      renames: [{ by: pick(MAINTAINERS, i), daysAgo: 5, from: 'crash' }],
      expect: {
        inactiveDays: 5,
        why: 'a maintainer renamed it 5 days ago',
        readme: NOTHING,
        example: NOTHING,
      },
    }),
  },
  {
    name: 'stale-removed-by-maintainer',
    weight: 1,
    make: (i) => {
      const author = person(i, 38);
      return {
        kind: 'issue',
        title: pick(ISSUE_TITLES, i + 5),
        author,
        createdDaysAgo: 200,
        labels: ['bug'],
        labelEvents: [
          { label: 'stale', action: 'add', by: SIFT, daysAgo: 30 },
          { label: 'stale', action: 'remove', by: pick(MAINTAINERS, i), daysAgo: 2 },
        ],
        comments: [
          { by: person(i, 39), daysAgo: 100, body: 'Any update?' },
          { by: SIFT, daysAgo: 30, body: WARNING(author, 70, 'issue'), siftWarning: true },
        ],
        expect: {
          inactiveDays: 2,
          why: 'a maintainer took `stale` off 2 days ago',
          readme: NOTHING,
          example: NOTHING,
        },
      };
    },
  },
  {
    name: 'opened-by-bot-yesterday',
    weight: 2,
    make: () => ({
      kind: 'issue',
      title: 'Nightly build failed on main',
      author: SIFT,
      createdDaysAgo: 1.2,
      labels: ['ci'],
      comments: [],
      expect: {
        inactiveDays: 1,
        why: 'opened by the workflow bot yesterday: never inactive for longer than it exists',
        readme: NOTHING,
        example: NOTHING,
      },
    }),
  },
  {
    name: 'new-issue',
    weight: 3,
    make: (i) => {
      const age = pick([0.4, 1.5, 2.5], i);
      return {
        kind: 'issue',
        title: pick(ISSUE_TITLES, i + 2),
        author: person(i, 40),
        createdDaysAgo: age,
        labels: [],
        comments: [],
        expect: {
          inactiveDays: Math.floor(age),
          why: `opened ${age} days ago`,
          readme: NOTHING,
          example: NOTHING,
        },
      };
    },
  },
  {
    name: 'closed-long-ago',
    weight: 3,
    make: (i) => ({
      kind: 'issue',
      title: pick(ISSUE_TITLES, i + 6),
      author: person(i, 41),
      createdDaysAgo: 400,
      state: 'closed',
      closedDaysAgo: 300,
      labels: ['bug'],
      comments: [{ by: pick(MAINTAINERS, i), daysAgo: 300, body: 'Fixed in 1.2.' }],
      expect: {
        inactiveDays: 300,
        why: 'closed: the rules look at open items only',
        readme: NOTHING,
        example: NOTHING,
      },
    }),
  },
  {
    name: 'pr-in-review',
    weight: 8,
    make: (i) => {
      const last = pick([3, 8, 15, 20], i);
      return {
        kind: 'pull_request',
        title: pick(PR_TITLES, i),
        author: person(i, 42),
        createdDaysAgo: last + 25,
        labels: [],
        comments: [
          { by: CI_BOT, daysAgo: last + 20, body: 'Coverage: 80.9%' },
          { by: pick(MAINTAINERS, i), daysAgo: last, body: 'One more nit, then good to go.' },
        ],
        expect: {
          inactiveDays: last,
          why: `reviewed ${last} days ago`,
          readme: NOTHING,
          example: NOTHING,
        },
      };
    },
  },
  {
    name: 'dependabot-yesterday',
    weight: 5,
    make: (i) => ({
      kind: 'pull_request',
      title: `Bump ${pick(['yaml', 'ajv', 'picomatch', 're2js', '@actions/core'], i)} from 1.2.${i} to 1.3.0`,
      author: DEPENDABOT,
      createdDaysAgo: 1.25,
      labels: ['dependencies'],
      comments: [],
      expect: {
        inactiveDays: 1,
        why: 'opened by Dependabot yesterday: inactive 1 day, never 45',
        readme: NOTHING,
        example: NOTHING,
      },
    }),
  },
  {
    name: 'dependabot-old',
    weight: 2,
    make: (i) => ({
      kind: 'pull_request',
      title: `Bump eslint from 9.${i}.0 to 10.0.0`,
      author: DEPENDABOT,
      createdDaysAgo: 70,
      labels: ['dependencies'],
      comments: [{ by: DEPENDABOT, daysAgo: 10, body: 'Rebased onto main.' }],
      expect: {
        inactiveDays: 70,
        why: 'no person has looked at it since Dependabot opened it 70 days ago (its own rebase comment is not activity)',
        readme: NOTHING,
        example: MARK,
      },
    }),
  },
  {
    name: 'pr-quiet-ci-comments',
    weight: 3,
    make: (i) => ({
      kind: 'pull_request',
      title: pick(PR_TITLES, i + 1),
      author: person(i, 43),
      createdDaysAgo: 130,
      labels: [],
      comments: [
        { by: pick(MAINTAINERS, i), daysAgo: 100, body: 'Needs a rebase.' },
        { by: CI_BOT, daysAgo: 2, body: 'Coverage: 79.0% (-0.3%)' },
      ],
      expect: {
        inactiveDays: 100,
        why: 'only a CI bot commented in the last 100 days',
        readme: NOTHING,
        example: MARK,
      },
    }),
  },
  {
    name: 'pr-draft-quiet',
    weight: 1,
    make: (i) => ({
      kind: 'pull_request',
      title: 'WIP: new report layout',
      author: person(i, 44),
      createdDaysAgo: 150,
      draft: true,
      labels: [],
      comments: [{ by: person(i, 45), daysAgo: 120, body: 'Looks promising.' }],
      expect: { inactiveDays: 120, why: 'a draft: exempt', readme: NOTHING, example: NOTHING },
    }),
  },
  {
    name: 'pr-wip-quiet',
    weight: 1,
    make: (i) => ({
      kind: 'pull_request',
      title: 'Experiment: streaming walk',
      author: person(i, 46),
      createdDaysAgo: 120,
      labels: ['work-in-progress'],
      comments: [{ by: person(i, 47), daysAgo: 90, body: 'Parking this for now.' }],
      expect: {
        inactiveDays: 90,
        why: 'labelled work-in-progress: exempt in examples/stale.yml; the README rules mark issues only',
        readme: NOTHING,
        example: NOTHING,
      },
    }),
  },
  {
    name: 'pr-warned-due',
    weight: 1,
    make: (i) => ({
      kind: 'pull_request',
      title: pick(PR_TITLES, i + 2),
      author: person(i, 48),
      createdDaysAgo: 120,
      labels: ['stale'],
      labelEvents: [{ label: 'stale', action: 'add', by: SIFT, daysAgo: 16 }],
      comments: [
        { by: person(i, 49), daysAgo: 70, body: 'Can you add a test?' },
        { by: SIFT, daysAgo: 16, body: WARNING('', 54, 'pull_request'), siftWarning: true },
      ],
      expect: {
        inactiveDays: 70,
        why: 'warned 16 days ago, no answer: README close-stale (any type, 7 days) and close-stale-prs (14 days) both close it',
        readme: CLOSE,
        example: CLOSE,
      },
    }),
  },
];

/**
 * Which proportions: `coverage` weighs the archetypes for testing (every hard case many times, about a
 * third of the open items due); `real-world` is a maintained repository as the benchmark measures it,
 * the mix actions/stale was measured on (../shared/notes/anchors.md): about 90% of the open items saw
 * activity within the two months the stale rules look at, 8% are warned and waiting, 1% are due to be
 * marked and 1% to be closed, under the README's stale rules. Every archetype is still there at least once.
 */
export type Mix = 'coverage' | 'real-world';

/** Items per 1,000 of each archetype in the real-world mix (the README rules' outcome in comments). */
const REAL_WORLD_PER_1000: Record<string, number> = {
  // Active within 60 days, or exempt: nothing to do (about 90%).
  discussed: 469,
  'description-edited': 60,
  'pr-in-review': 150,
  'dependabot-yesterday': 60,
  'new-issue': 70,
  'opened-by-bot-yesterday': 20,
  'transferred-active': 15,
  'renamed-by-maintainer': 10,
  // Marked on GraphQL and GitLab, which see that a bot edited the description; active on REST.
  'bot-edited-description': 1,
  'stale-removed-by-maintainer': 10,
  pinned: 5,
  'pr-draft-quiet': 5,
  'pr-wip-quiet': 5,
  'pr-quiet-ci-comments': 5,
  'dependabot-old': 5,
  // Closed: not listed by an open walk.
  'closed-long-ago': 10,
  // Warned, not yet due (8%).
  'warned-waiting': 80,
  // To be marked (1%).
  quiet: 3,
  'unstaled-earlier-quiet-again': 1,
  security: 1,
  'quiet-assigned-or-milestoned': 1,
  'mentions-in-title': 1,
  'bots-comment-on-quiet-issue': 1,
  'pasted-marker': 1,
  'reactions-only': 1,
  // To be closed (1%).
  'warned-due': 5,
  'transferred-stale': 1,
  'warned-answered-long-ago': 1,
  'warned-then-answered': 1,
  'pr-warned-due': 2,
};

/** The sum of the weights: a repository of this many items has each archetype `weight` times. */
export const BASE_SIZE = ARCHETYPES.reduce((n, a) => n + a.weight, 0);

/**
 * The lifelike repository: about `size` items (default BASE_SIZE, about 110) in the proportions of
 * `mix`, every archetype at least once, oldest first. Deterministic: the same size gives the same items.
 */
export function lifelikeRepository(size = BASE_SIZE, mix: Mix = 'coverage'): LifelikeItem[] {
  const weights = mix === 'coverage' ? undefined : REAL_WORLD_PER_1000;
  const total = weights ? 1000 : BASE_SIZE;
  const items: LifelikeItem[] = [];
  for (const archetype of ARCHETYPES) {
    const weight = weights ? weights[archetype.name] : archetype.weight;
    if (weight === undefined) throw new Error(`the real-world mix has no weight for ${archetype.name}`);
    const count = Math.max(1, Math.round((weight * size) / total));
    for (let i = 0; i < count; i++) {
      items.push({ key: `${archetype.name}-${i}`, archetype: archetype.name, ...archetype.make(i) });
    }
  }
  // Oldest first, as a repository grows; ties by key.
  return items.sort((a, b) => b.createdDaysAgo - a.createdDaysAgo || (a.key < b.key ? -1 : 1));
}

/** The value for one API. */
export function forApi<T extends object | number>(value: ByApi<T>, api: Api): T {
  return typeof value === 'object' && value !== null && 'rest' in value && 'gitlab' in value
    ? (value as { rest: T; graphql: T; gitlab: T })[api]
    : (value as T);
}

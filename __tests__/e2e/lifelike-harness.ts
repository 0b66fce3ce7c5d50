/**
 * Runs the bundled Action (GitHub REST or GraphQL) or the bundled CLI (GitLab) on the lifelike
 * repository (../lifelike) and reads the final state back, one shape for every forge, so the
 * end-to-end tests compare it with each item's expectation.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../../src/emulator/github/index.js';
import type { IssueRecord } from '../../src/emulator/github/store.js';
import { startGitLabEmulator, type GitLabEmulator } from '../../src/emulator/gitlab/index.js';
import type { NoteableRecord } from '../../src/emulator/gitlab/store.js';
import { CLI_ENTRY, removeWorkspace, runAction, spawnNode } from '../helpers/run-action.js';
import {
  lifelikeRepository,
  SIFT,
  type Api,
  type LifelikeItem,
} from '../../src/emulator/samples/lifelike/repository.js';
import {
  ageGitHub,
  ageGitLab,
  GITLAB_SIFT,
  gitlabLogin,
  loadIntoGitHub,
  loadIntoGitLab,
  type WarningRules,
} from '../../src/emulator/samples/lifelike/seed.js';

const TOKEN = 'lifelike-token-0123456789';
const REPO = 'acme/widgets';
const PROJECT = 'acme/widgets';

/** One item's state as the tests read it, whatever the forge. */
export interface ItemState {
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  /** Comments (GitLab: user notes), oldest first. */
  comments: { by: string; body: string }[];
  /** When `stale` was last applied (ms), or undefined. */
  staleAppliedAt?: number;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  plan: {
    number: number;
    type: string;
    rules: { rule: string; actions: { kind: string; body?: string; status: string }[] }[];
  }[];
}

export interface Forge {
  api: Api;
  items: LifelikeItem[];
  /** Sift's account on this forge. */
  sift: string;
  /** The author's login as this forge spells it. */
  login(l: string): string;
  run(rules: string, options?: { dryRun?: boolean; inputs?: Record<string, string> }): Promise<RunResult>;
  state(key: string): ItemState;
  /** The item a plan entry is about. */
  keyOf(type: string, number: number): string | undefined;
  writes(): number;
  /** The same repository, `ms` later. */
  age(ms: number): void;
  close(): Promise<void>;
}

export async function githubForge(
  api: 'rest' | 'graphql',
  warnings: WarningRules,
  size?: number,
): Promise<Forge> {
  const gh: GitHubEmulator = await startGitHubEmulator({ token: TOKEN, login: SIFT });
  const repo = gh.store.addRepo(REPO);
  const items = lifelikeRepository(size);
  const records = loadIntoGitHub(repo, items, { now: Date.now(), warnings });
  const byNumber = new Map([...records].map(([key, r]) => [r.number, key]));
  const read = (r: IssueRecord): ItemState => {
    const stale = r.events.filter((e) => e.event === 'labeled' && e.label?.name === 'stale').pop();
    return {
      state: r.state,
      stateReason: r.state === 'closed' ? r.state_reason : null,
      labels: [...r.labels],
      comments: r.commentList.map((c) => ({ by: c.user.login, body: c.body })),
      staleAppliedAt: stale ? Date.parse(stale.created_at) : undefined,
    };
  };
  return {
    api,
    items,
    sift: SIFT,
    login: (l) => l,
    async run(rules, options = {}) {
      const run = await runAction({
        inputs: {
          token: TOKEN,
          rules: '.github/sift.yml',
          api,
          ...(options.dryRun ? { 'dry-run': 'true' } : {}),
          ...options.inputs,
        },
        env: { GITHUB_REPOSITORY: REPO, GITHUB_API_URL: gh.url, GITHUB_GRAPHQL_URL: gh.graphqlUrl },
        files: { '.github/sift.yml': rules },
      });
      removeWorkspace(run);
      return {
        code: run.code,
        stdout: run.stdout,
        stderr: run.stderr,
        summary: run.summary,
        plan: run.outputs.plan ? JSON.parse(run.outputs.plan) : [],
      };
    },
    state: (key) => read(records.get(key)!),
    keyOf: (_type, number) => byNumber.get(number),
    writes: () => gh.writes().length,
    age: (ms) => ageGitHub(repo, ms),
    close: () => gh.close(),
  };
}

export async function gitlabForge(warnings: WarningRules, size?: number): Promise<Forge> {
  const gl: GitLabEmulator = await startGitLabEmulator({ token: TOKEN, username: GITLAB_SIFT });
  const project = gl.store.addProject(PROJECT);
  const items = lifelikeRepository(size);
  const records = loadIntoGitLab(gl.store, project, items, { now: Date.now(), warnings });
  const byRef = new Map(
    [...records].map(([key, r]) => [`${r.kind === 'issue' ? 'issue' : 'pull_request'}:${r.iid}`, key]),
  );
  const dir = mkdtempSync(join(tmpdir(), 'sift-lifelike-'));
  const read = (r: NoteableRecord): ItemState => {
    const stale = r.labelEvents.filter((e) => e.action === 'add' && e.label.name === 'stale').pop();
    return {
      state: r.state === 'opened' ? 'open' : 'closed',
      stateReason: null,
      labels: [...r.labels],
      comments: r.notes.filter((n) => !n.system).map((n) => ({ by: n.author.username, body: n.body })),
      staleAppliedAt: stale ? Date.parse(stale.created_at) : undefined,
    };
  };
  return {
    api: 'gitlab',
    items,
    sift: GITLAB_SIFT,
    login: gitlabLogin,
    async run(rules, options = {}) {
      writeFileSync(join(dir, 'sift.yml'), rules);
      const args = [
        'run',
        '--provider',
        'gitlab',
        '--project',
        PROJECT,
        '--rules',
        'sift.yml',
        '--api-url',
        gl.url,
      ];
      args.push('--json', '--summary', 'report.md');
      if (options.dryRun) args.push('--dry-run');
      for (const [name, value] of Object.entries(options.inputs ?? {})) args.push(`--${name}`, value);
      const run = await spawnNode(
        [CLI_ENTRY, ...args],
        { PATH: process.env.PATH ?? '', GITLAB_TOKEN: TOKEN },
        dir,
      );
      let plan: RunResult['plan'] = [];
      try {
        plan = JSON.parse(run.stdout);
      } catch {
        // Not JSON (a failure): the test reads stdout/stderr.
      }
      return { ...run, summary: '', plan };
    },
    state: (key) => read(records.get(key)!),
    keyOf: (type, number) => byRef.get(`${type}:${number}`),
    writes: () => gl.writes().length,
    age: (ms) => ageGitLab(project, ms),
    async close() {
      await gl.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The open items: the ones the rules (state: open by default) look at. */
export const openItems = (items: LifelikeItem[]) => items.filter((i) => (i.state ?? 'open') === 'open');

/** `@` followed by a name character, as GitHub and GitLab read a mention. */
export const MENTION = /@(?=[A-Za-z0-9_])/g;

/**
 * The docs cannot rot: README.md and every page under docs/ are read as GitHub renders them (marked's
 * lexer, GitHub's heading slugs), and what they show is checked against the code:
 * - every relative link resolves to a file, and every `#anchor` to a heading of its page;
 * - every `yaml` block that is a rules file (or a list of rules) validates and compiles, every tests file
 *   validates and compiles against the rules it is written for, every workflow step using Sift passes
 *   only inputs that action.yml has;
 * - the CLI help block is what `sift --help` prints;
 * - the README stays short and links every page; each page has a table of contents listing its sections.
 * The inputs and outputs of action.yml and their defaults are checked against docs/action.md's tables in
 * __tests__/publish/action-metadata.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import GithubSlugger from 'github-slugger';
import { marked, type Token, type Tokens } from 'marked';
import { parseDocument } from 'yaml';
import { ConfigError, formatProblem, parseRules, type ConfigProblem } from '../../src/config/index.js';
import { parsePolicyTests, runPolicyTests } from '../../src/policy-tests/index.js';
import type { RuleSet } from '../../src/model/rules.js';
import { ACTION_INPUTS, ACTION_OUTPUTS } from '../publish/metadata.js';

const PAGES = [
  'README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

interface Page {
  path: string;
  text: string;
  tokens: Token[];
}

const pages: Page[] = PAGES.map((path) => {
  const text = readFileSync(path, 'utf8');
  return { path, text, tokens: marked.lexer(text) };
});

/** Every token, depth first (lists, tables, blockquotes and inline tokens included). */
function* walk(tokens: readonly Token[]): Generator<Token> {
  for (const token of tokens) {
    yield token;
    const nested = token as {
      tokens?: Token[];
      items?: Tokens.ListItem[];
      header?: Tokens.TableCell[];
      rows?: Tokens.TableCell[][];
    };
    if (nested.tokens) yield* walk(nested.tokens);
    if (nested.items) yield* walk(nested.items);
    for (const cell of [...(nested.header ?? []), ...(nested.rows ?? []).flat()]) yield* walk(cell.tokens);
  }
}

/** A heading's text as GitHub slugs it: the rendered text (code spans without their backticks). */
function plainText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      const nested = (token as { tokens?: Token[] }).tokens;
      if (nested && nested.length > 0) return plainText(nested);
      return token.type === 'escape' || token.type === 'codespan' || token.type === 'text'
        ? (token as { text: string }).text
        : token.raw;
    })
    .join('');
}

function headings(page: Page): { depth: number; text: string; slug: string }[] {
  const slugger = new GithubSlugger();
  return page.tokens
    .filter((token): token is Tokens.Heading => token.type === 'heading')
    .map((heading) => {
      const text = plainText(heading.tokens);
      return { depth: heading.depth, text, slug: slugger.slug(text) };
    });
}

const anchorsOf = new Map(pages.map((page) => [page.path, new Set(headings(page).map((h) => h.slug))]));

/** The 1-based line of a block's first line in its page (the text is searched from the previous block on). */
function blockLines(page: Page, lang: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  let from = 0;
  for (const token of page.tokens) {
    if (token.type !== 'code' || (token as Tokens.Code).lang !== lang) continue;
    const at = page.text.indexOf(token.raw, from);
    from = at + token.raw.length;
    // +1: the fence line, then the block's own first line.
    blocks.push({
      line: page.text.slice(0, at).split('\n').length + 1,
      text: (token as Tokens.Code).text + '\n',
    });
  }
  // Blocks inside list items are not top-level tokens: take those from the walk, in order.
  for (const token of walk(page.tokens)) {
    if (page.tokens.includes(token) || token.type !== 'code' || (token as Tokens.Code).lang !== lang)
      continue;
    const code = token as Tokens.Code;
    const at = page.text.indexOf(code.text.split('\n')[0]);
    blocks.push({ line: page.text.slice(0, at).split('\n').length, text: dedent(code.text) + '\n' });
  }
  return blocks.sort((a, b) => a.line - b.line);
}

function dedent(text: string): string {
  const indent = Math.min(
    ...text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => /^ */.exec(l)![0].length),
  );
  return text
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n');
}

/** Problems of a block, with lines counted in its page. */
function atPage(error: unknown, page: Page, line: number, indent = 0): string[] {
  if (!(error instanceof ConfigError)) throw error;
  return error.problems.map((p: ConfigProblem) =>
    formatProblem({
      ...p,
      file: page.path,
      line: p.line > 0 ? p.line + line - 1 : line,
      col: Math.max(p.col - indent, p.line > 0 ? 1 : 0),
    }),
  );
}

type Kind = 'rules' | 'rule list' | 'settings' | 'tests' | 'workflow' | 'other';

const SETTINGS_KEYS = ['version', 'activity', 'reports'];

function kindOf(data: unknown): Kind {
  if (Array.isArray(data)) {
    const rules = data.every((entry) => entry !== null && typeof entry === 'object' && 'id' in entry);
    if (rules && data.some((entry: object) => 'when' in entry || 'then' in entry || 'check' in entry))
      return 'rule list';
    if (data.some((entry: object) => entry !== null && typeof entry === 'object' && 'uses' in entry))
      return 'workflow';
    return 'other';
  }
  if (data === null || typeof data !== 'object') return 'other';
  if ('rules' in data) return 'rules';
  if (Object.keys(data).every((key) => SETTINGS_KEYS.includes(key))) return 'settings';
  if ('tests' in data) return 'tests';
  if ('jobs' in data || 'uses' in data || 'steps' in data) return 'workflow';
  return 'other';
}

/** Every `with:` of a step that uses Sift, anywhere in a workflow (or a list of steps). */
function siftSteps(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(siftSteps);
  if (data === null || typeof data !== 'object') return [];
  const node = data as Record<string, unknown>;
  const own =
    typeof node.uses === 'string' && node.uses.startsWith('sift-triage/sift@')
      ? [(node.with ?? {}) as Record<string, unknown>]
      : [];
  return [...own, ...Object.values(node).flatMap(siftSteps)];
}

interface Checked {
  /** The blocks that are none of these, for a reader of this test: workflow fragments and the like. */
  others: string[];
  rules: number;
  tests: number;
  workflows: number;
  problems: string[];
}

function checkYamlBlocks(page: Page): Checked {
  const checked: Checked = { others: [], rules: 0, tests: 0, workflows: 0, problems: [] };
  const above: RuleSet[] = [];
  for (const { line, text } of blockLines(page, 'yaml')) {
    const document = parseDocument(text);
    if (document.errors.length > 0) {
      checked.problems.push(`${page.path}:${line}: not YAML: ${document.errors[0].message}`);
      continue;
    }
    const data: unknown = document.toJS();
    const where = `${page.path}:${line}`;
    try {
      switch (kindOf(data)) {
        case 'rules':
          above.push(parseRules(text, where));
          checked.rules++;
          break;
        case 'rule list':
          // A rule shown alone is checked as the rules file it would sit in.
          parseRules(`version: 1\nrules:\n${text.replace(/^/gm, '  ')}`, where);
          checked.rules++;
          break;
        case 'settings': {
          // Settings shown alone (activity, reports) are checked in a rules file with the rules they name.
          const named = ((data as { reports?: { rules?: string[] }[] }).reports ?? []).flatMap(
            (r) => r.rules ?? [],
          );
          const stubs = [...new Set(named.length > 0 ? named : ['a-rule'])].map(
            (id) => `  - { id: ${id}, when: { type: issue }, then: [{ label: x }] }\n`,
          );
          const version = 'version' in (data as object) ? '' : 'version: 1\n';
          parseRules(`${text}${version}rules:\n${stubs.join('')}`, where);
          checked.rules++;
          break;
        }
        case 'tests': {
          const rules = testedRules(data, above);
          if (!rules) {
            checked.problems.push(
              `${where}: no rules file above it on the page, nor a shipped one, has the rules it tests`,
            );
            break;
          }
          parsePolicyTests(text, where, rules);
          checked.tests++;
          break;
        }
        case 'workflow': {
          for (const inputs of siftSteps(data)) {
            const unknown = Object.keys(inputs).filter((name) => !(name in ACTION_INPUTS));
            if (unknown.length > 0)
              checked.problems.push(`${where}: not an input of action.yml: ${unknown.join(', ')}`);
          }
          checked.workflows++;
          break;
        }
        default:
          checked.others.push(`${where}: ${text.split('\n')[0]}`);
      }
    } catch (error) {
      // A rule list was checked two lines down and two columns in (under `version: 1` and `rules:`).
      const list = kindOf(data) === 'rule list';
      checked.problems.push(...atPage(error, page, list ? line - 2 : line, list ? 2 : 0));
    }
  }
  return checked;
}

/** The shipped rules files a tests block may be written for (as docs/policy-tests.md's is). */
const SHIPPED_RULES = [
  ...readdirSync('examples')
    .filter((name) => name.endsWith('.yml') && existsSync(`examples/${name.replace(/\.yml$/, '.test.yml')}`))
    .map((name) => `examples/${name}`),
  'demo/sift.yml',
].map((file) => parseRules(readFileSync(file, 'utf8'), file));

/**
 * The rules a tests block is written for: the nearest rules block above it on the page that has every
 * rule the tests name, else a shipped rules file that has them all.
 */
function testedRules(tests: unknown, above: readonly RuleSet[]): RuleSet | undefined {
  const named = new Set<string>();
  for (const test of (tests as { tests?: { expect?: object }[] }).tests ?? [])
    for (const id of Object.keys(test.expect ?? {})) named.add(id);
  const hasAll = (rules: RuleSet) => [...named].every((id) => rules.rules.some((rule) => rule.id === id));
  return [...above].reverse().find(hasAll) ?? SHIPPED_RULES.find(hasAll);
}

describe('the docs', () => {
  it.each(PAGES)('%s: every relative link and anchor resolves', (path) => {
    const page = pages.find((p) => p.path === path)!;
    const broken: string[] = [];
    for (const token of walk(page.tokens)) {
      if (token.type !== 'link' && token.type !== 'image') continue;
      const href = (token as Tokens.Link).href;
      if (/^[a-z][a-z+.-]*:/i.test(href)) continue; // https:, mailto:
      const [target, anchor] = href.split('#', 2);
      const file = target === '' ? path : normalize(join(dirname(path), decodeURIComponent(target)));
      if (!existsSync(file)) {
        broken.push(`${href}: no file ${file}`);
        continue;
      }
      if (anchor === undefined) continue;
      const anchors = anchorsOf.get(file);
      if (!anchors || statSync(file).isDirectory()) broken.push(`${href}: ${file} is not a docs page`);
      else if (!anchors.has(anchor)) broken.push(`${href}: ${file} has no heading #${anchor}`);
    }
    expect(broken).toEqual([]);
  });

  it.each(PAGES)('%s: every rules, tests and workflow block is valid', (path) => {
    const { problems } = checkYamlBlocks(pages.find((p) => p.path === path)!);
    expect(problems).toEqual([]);
  });

  it('check many blocks: a change that stopped recognising them would not pass', () => {
    const totals = pages.map(checkYamlBlocks).reduce(
      (sum, c) => ({
        rules: sum.rules + c.rules,
        tests: sum.tests + c.tests,
        workflows: sum.workflows + c.workflows,
      }),
      { rules: 0, tests: 0, workflows: 0 },
    );
    // Every yaml block is one of these kinds; a new kind of block gets a check here.
    expect(pages.flatMap((p) => checkYamlBlocks(p).others)).toEqual([]);
    expect(totals.rules).toBeGreaterThanOrEqual(8);
    expect(totals.tests).toBeGreaterThanOrEqual(2);
    expect(totals.workflows).toBeGreaterThanOrEqual(8);
  });

  it("the README's tests pass against the README's first policy", () => {
    const readme = pages[0];
    const blocks = blockLines(readme, 'yaml');
    const policy = blocks.find((b) => /^rules:/m.test(b.text))!;
    const tests = blocks.find((b) => /^tests:/m.test(b.text))!;
    const rules = parseRules(policy.text, 'README.md');
    const report = runPolicyTests(rules, parsePolicyTests(tests.text, 'README.md', rules));
    expect(report.outcomes.length).toBeGreaterThan(0);
    expect(report.outcomes.filter((o) => !o.passed).map((o) => o.test.name)).toEqual([]);
  });

  it('docs/cli.md shows what `sift --help` prints', () => {
    const block = /```\n\$ sift --help\n([\s\S]*?)\n```/.exec(readFileSync('docs/cli.md', 'utf8'))?.[1];
    const printed = execFileSync(join('node_modules', '.bin', 'tsx'), ['src/cli/index.ts', '--help'], {
      encoding: 'utf8',
    });
    // When this fails: paste the output of `npx tsx src/cli/index.ts --help` into docs/cli.md.
    expect(block).toBe(printed.trimEnd());
  });

  it('the README is short, names the test and demo commands, and links every page', () => {
    const readme = pages[0];
    expect(Buffer.byteLength(readme.text)).toBeLessThanOrEqual(20 * 1024);
    expect(readme.text).toContain('npm test');
    expect(readme.text).toContain('npm run demo');
    const linked = new Set(
      [...walk(readme.tokens)]
        .filter((t) => t.type === 'link')
        .map((t) => (t as Tokens.Link).href.split('#')[0]),
    );
    expect(PAGES.slice(1).filter((page) => !linked.has(page))).toEqual([]);
  });

  it('the repositories output lists the same fields in action.yml and docs/fleet.md', () => {
    const described = String((ACTION_OUTPUTS.repositories as { description: string }).description);
    const inAction = /\{([^}]+)\}/
      .exec(described)?.[1]
      .split(/,\s*/)
      .map((f) => f.trim());
    const sentence = /`repositories` \(one entry per repository: ([^)]+)\)/.exec(
      readFileSync('docs/fleet.md', 'utf8'),
    );
    const inDocs = sentence?.[1].match(/`(\w+)`/g)?.map((f) => f.slice(1, -1));
    expect(inAction?.length).toBeGreaterThan(5);
    expect(inDocs).toEqual(inAction);
  });

  it('say what the regular expressions accept, as the rules file loader does: lookbehind yes, lookahead no', () => {
    const rule = (title: string) =>
      `version: 1\nrules:\n  - id: r\n    when: { title: '${title}' }\n    then: [{ label: x }]\n`;
    expect(parseRules(rule('(?<=v)\\d'), 'r.yml').rules).toHaveLength(1);
    expect(parseRules(rule('(?<!un)safe'), 'r.yml').rules).toHaveLength(1);
    expect(() => parseRules(rule('foo(?=bar)'), 'r.yml')).toThrow(ConfigError);
    expect(() => parseRules(rule('(a)\\1'), 'r.yml')).toThrow(ConfigError);
    const rules = readFileSync('docs/rules.md', 'utf8');
    expect(rules).toContain('lookbehind (`(?<=v)\\d`, `(?<!un)safe`) works, lookahead');
    expect(rules).not.toMatch(/no lookaround/);
  });

  it('the examples point editors at the published schemas, which still work once copied into .github/', () => {
    const local = readdirSync('examples')
      .filter((name) => name.endsWith('.yml'))
      .filter((name) => /\$schema=(?!https:\/\/)/.test(readFileSync(`examples/${name}`, 'utf8')));
    expect(local).toEqual([]);
  });

  it.each(PAGES.slice(1))('%s has a table of contents listing every section, and links back', (path) => {
    const page = pages.find((p) => p.path === path)!;
    const sections = headings(page).filter((h) => h.depth === 2);
    const contents = page.tokens.find((t) => t.type === 'list') as Tokens.List | undefined;
    const listed = new Set(
      [...walk(contents ? [contents] : [])]
        .filter((t) => t.type === 'link')
        .map((t) => (t as Tokens.Link).href),
    );
    // When this fails: add the new section's `- [Title](#anchor)` line to the page's Contents list.
    expect(sections.filter((s) => !listed.has(`#${s.slug}`)).map((s) => s.text)).toEqual([]);
    expect(page.text).toContain('](../README.md)');
  });
});

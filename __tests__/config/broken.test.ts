import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkCapabilities, ConfigError, loadRules, parseRules } from '../../src/config/index.js';
import type { Capabilities } from '../../src/providers/provider.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const BROKEN = `${HERE}broken/`;

/** A provider that cannot do much, so the corpus can hold capability violations too. */
const LIMITED: Capabilities = {
  name: 'limited',
  conditions: new Set(['type', 'state', 'labels', 'all', 'any', 'not']),
  actions: new Set(['label', 'close']),
  facts: new Set(),
};

/** Loads like the pipeline does (rules file, then capabilities) and returns the error it throws. */
async function loadError(file: string): Promise<ConfigError> {
  try {
    const ruleSet = await loadRules(`${BROKEN}${file}`, { displayPath: `broken/${file}` });
    const problems = checkCapabilities(ruleSet, LIMITED);
    if (problems.length > 0) return new ConfigError(problems);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`broken/${file} loaded without any problem`);
}

function parseError(text: string): ConfigError {
  try {
    parseRules(text, 'inline.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('parsed without any problem');
}

const corpus = readdirSync(BROKEN)
  .filter((name) => name.endsWith('.yml'))
  .sort();

describe('broken rules files', () => {
  test('the corpus is there, and every file has its expected messages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    const missing = corpus.filter(
      (name) => !existsSync(`${BROKEN}${name.replace(/\.yml$/, '.expected.txt')}`),
    );
    expect(missing).toEqual([]);
  });

  test.each(corpus)('%s reports exactly the expected problems', async (name) => {
    const expected = readFileSync(`${BROKEN}${name.replace(/\.yml$/, '.expected.txt')}`, 'utf8').trimEnd();
    const error = await loadError(name);

    expect(error.message).toBe(expected);
    // The structured problems are what the message is made of, one line each, in file order.
    expect(error.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`)).toEqual(
      expected.split('\n'),
    );
  });
});

// Files that are not even YAML cannot live in the corpus: Prettier refuses to format (and check) them.
describe('YAML syntax errors', () => {
  test.each([
    {
      what: 'an unclosed flow sequence',
      text: 'version: 1\nrules:\n  - id: a\n    when: { labels: { any: [bug } }\n    then: [{ label: a }]\n',
      expected:
        'inline.yml:4:33: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    },
    {
      what: 'a tab used as indentation',
      text: 'version: 1\nrules:\n\t- id: a\n',
      expected: 'inline.yml:3:1: invalid YAML: Tabs are not allowed as indentation',
    },
    {
      what: 'a list item indented less than its siblings (only the first error, not its echoes)',
      text: 'version: 1\nrules:\n  - id: a\n    then:\n      - label: a\n     - close: true\n',
      expected: 'inline.yml:6:1: invalid YAML: A block sequence may not be used as an implicit map key',
    },
    {
      what: 'an unterminated quoted string',
      text: 'version: 1\nrules:\n  - id: a\n    then:\n      - comment: "unterminated\n',
      expected: 'inline.yml:6:1: invalid YAML: Missing closing "quote',
    },
    {
      what: 'a list started on the line of its key',
      text: 'version: 1\nrules:\n  - id: a\n    then: - label: a\n',
      expected: 'inline.yml:4:11: invalid YAML: Unexpected block-seq-ind on same line with key',
    },
  ])('$what', ({ text, expected }) => {
    expect(parseError(text).message).toBe(expected);
  });
});

describe('files that cannot be read', () => {
  test('a missing file names the path and how to set it', async () => {
    const error = await loadRules(`${HERE}does-not-exist.yml`, { displayPath: '.github/sift.yml' }).catch(
      (e: unknown) => e,
    );
    const message =
      'rules file not found; set its path with the `rules` input (GitHub Action) or the `--rules` flag (CLI)';
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([{ file: '.github/sift.yml', line: 0, col: 0, message }]);
    expect((error as ConfigError).message).toBe(`.github/sift.yml: ${message}`);
  });

  test('a directory is not taken for the rules file', async () => {
    const error = await loadRules(BROKEN, { displayPath: 'broken' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      'broken: the rules path is a directory, not a file; set the file with the `rules` input (GitHub Action) or the `--rules` flag (CLI)',
    );
  });
});

describe('ConfigError', () => {
  test('sorts problems by position and formats one per line', () => {
    const error = new ConfigError([
      { file: 'a.yml', line: 9, col: 1, message: 'third' },
      { file: 'a.yml', line: 2, col: 7, message: 'second' },
      { file: 'a.yml', line: 2, col: 3, message: 'first' },
      { file: 'a.yml', line: 0, col: 0, message: 'whole file' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ConfigError');
    expect(error.message).toBe(
      ['a.yml: whole file', 'a.yml:2:3: first', 'a.yml:2:7: second', 'a.yml:9:1: third'].join('\n'),
    );
    expect(error.problems.map((p) => p.message)).toEqual(['whole file', 'first', 'second', 'third']);
  });
});

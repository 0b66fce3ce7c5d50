/**
 * action.yml against the Actions metadata rules that matter (GitHub's "Metadata syntax for GitHub
 * Actions"): the required keys, input and output ids, a JavaScript action's `runs`, valid branding; and
 * against the two other places that state the same facts: the tables of docs/action.md and the defaults the code
 * applies outside the runner (src/action/inputs.ts).
 */
import { existsSync } from 'node:fs';
import { chooseMode } from '../../src/action/mode.js';
import { readInputs } from '../../src/action/inputs.js';
import { ITEM_EVENTS } from '../../src/providers/github/webhook.js';
import { ACTION, ACTION_INPUTS, ACTION_OUTPUTS, asMapping, docsTable } from './metadata.js';

// GitHub's list of branding colors; the icon must be one of Feather's (v4.28.0) names.
const BRANDING_COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];
// An input or output id: a letter or `_`, then letters, digits, `-` or `_`.
const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;

describe('action.yml', () => {
  it('has the required keys: name, description, runs', () => {
    expect(typeof ACTION.name).toBe('string');
    expect(typeof ACTION.description).toBe('string');
    expect(ACTION.runs).toBeDefined();
    const known = ['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding'];
    expect(Object.keys(ACTION).filter((key) => !known.includes(key))).toEqual([]);
  });

  it('runs as a JavaScript action on node24, from the committed bundle', () => {
    const runs = asMapping(ACTION.runs);
    expect(runs.using).toBe('node24');
    expect(runs.main).toBe('dist/index.js');
    expect(
      Object.keys(runs).filter((key) => !['using', 'main', 'pre', 'post', 'pre-if', 'post-if'].includes(key)),
    ).toEqual([]);
  });

  it('keeps its branding: a Feather icon name and one of the allowed colors', () => {
    const branding = asMapping(ACTION.branding);
    expect(branding.icon).toBe('filter');
    expect(BRANDING_COLORS).toContain(branding.color);
  });

  it('gives every input an id, a description and a string default (the runner sets strings)', () => {
    const problems = Object.entries(ACTION_INPUTS).flatMap(([name, spec]) => {
      const input = asMapping(spec);
      return [
        ...(ID.test(name) ? [] : [`${name}: not a valid input id`]),
        ...(typeof input.description === 'string' && input.description.length > 0
          ? []
          : [`${name}: no description`]),
        ...(input.default === undefined || typeof input.default === 'string'
          ? []
          : [`${name}: default not a string`]),
        ...Object.keys(input)
          .filter((key) => !['description', 'default', 'required', 'deprecationMessage'].includes(key))
          .map((key) => `${name}: unknown key ${key}`),
      ];
    });
    expect(problems).toEqual([]);
    expect(Object.keys(ACTION_INPUTS).length).toBeGreaterThan(0);
  });

  it('gives every output an id and a description', () => {
    const problems = Object.entries(ACTION_OUTPUTS).flatMap(([name, spec]) => {
      const output = asMapping(spec);
      return [
        ...(ID.test(name) ? [] : [`${name}: not a valid output id`]),
        ...(typeof output.description === 'string' && output.description.length > 0
          ? []
          : [`${name}: no description`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('names the bundle that exists in the repository', () => {
    expect(existsSync(String(asMapping(ACTION.runs).main))).toBe(true);
  });
});

describe('action.yml and the tables of docs/action.md', () => {
  it('documents exactly the inputs, each with the default action.yml gives', () => {
    const readme = docsTable('docs/action.md', '## Inputs');
    expect([...readme.keys()].sort()).toEqual(Object.keys(ACTION_INPUTS).sort());
    const defaults = Object.entries(ACTION_INPUTS).map(([name, spec]) => [
      name,
      String(asMapping(spec).default ?? ''),
    ]);
    const documented = defaults.map(([name]) => [name, (readme.get(name)?.[0] ?? '').replace(/^`|`$/g, '')]);
    expect(documented).toEqual(defaults);
  });

  it('documents exactly the outputs', () => {
    expect([...docsTable('docs/action.md', '## Outputs').keys()].sort()).toEqual(
      Object.keys(ACTION_OUTPUTS).sort(),
    );
  });

  it('lists every mode in the `mode` row', () => {
    const row = docsTable('docs/action.md', '## Inputs').get('mode')?.[1] ?? '';
    for (const mode of ['auto', 'sweep', 'event', 'check', 'test', 'preview', 'shards', 'merge'])
      expect(row).toContain(`\`${mode}\``);
  });
});

describe('action.yml defaults and the code that runs outside the runner', () => {
  const inputNames = Object.keys(ACTION_INPUTS);
  const envName = (input: string) => `INPUT_${input.toUpperCase()}`;
  const runnerEnv = { GITHUB_TOKEN: 'a-token', GITHUB_REPOSITORY: 'octo/repo' };
  let saved: Record<string, string | undefined>;

  beforeEach(() => {
    saved = Object.fromEntries(inputNames.map((name) => [envName(name), process.env[envName(name)]]));
    for (const name of inputNames) delete process.env[envName(name)];
  });
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('reads the same settings with no inputs set as with every default of action.yml', () => {
    const withoutInputs = readInputs(runnerEnv);
    for (const [name, spec] of Object.entries(ACTION_INPUTS)) {
      const value = String(asMapping(spec).default ?? '');
      // The two defaults that are expressions the runner evaluates: the code takes them from the env.
      if (value.startsWith('${{')) continue;
      process.env[envName(name)] = value;
    }
    const withDefaults = readInputs(runnerEnv);
    // `mode` is kept as given; '' and 'auto' choose the same mode for every event (checked below).
    expect({ ...withoutInputs, mode: withoutInputs.mode || 'auto' }).toEqual(withDefaults);
    expect(withDefaults.mode).toBe('auto');
  });

  it.each(['schedule', 'workflow_dispatch', ...ITEM_EVENTS])('an empty mode is auto on %s', (event) => {
    expect(chooseMode('', event)).toBe(chooseMode('auto', event));
  });

  it('takes the token and the repository from the runner variables the expressions stand for', () => {
    const inputs = readInputs(runnerEnv);
    expect(asMapping(ACTION_INPUTS.token).default).toBe('${{ github.token }}');
    expect(asMapping(ACTION_INPUTS.repository).default).toBe('${{ github.repository }}');
    expect([inputs.token, inputs.repository]).toEqual(['a-token', 'octo/repo']);
  });
});

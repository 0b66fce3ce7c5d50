import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const EMULATOR_ONLY_FOR_TRY = {
  group: ['**/emulator/**'],
  message: 'Only the tests and `sift try` (src/cli/try.ts) use the emulators.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'src/**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Stands for a CommonJS package in the bundles (src/bundle/undici/index.cjs): CommonJS itself.
    files: ['src/bundle/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The emulators and their samples are for the tests and `sift try` only: the Action's bundle and the
    // library never carry them. (The more specific blocks below repeat this pattern: a file's last
    // matching block sets its no-restricted-imports.)
    files: ['src/**/*.ts'],
    ignores: ['src/emulator/**', 'src/cli/try.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [EMULATOR_ONLY_FOR_TRY] }],
    },
  },
  {
    // The core must not know which runtime it runs in: only the Action entry point may use @actions/*.
    files: ['src/{config,engine,executor,report,model,cli}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message: 'Only the Action entry point and GitHub providers may import @actions/*.',
            },
            EMULATOR_ONLY_FOR_TRY,
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'http', 'https'], message: 'The engine is pure: no I/O.' },
            {
              group: ['@actions/*'],
              message: 'Only the Action entry point and GitHub providers may import @actions/*.',
            },
            EMULATOR_ONLY_FOR_TRY,
          ],
        },
      ],
    },
  },
  {
    // \`sift try\` is the one module of src/ outside the emulators that starts one.
    files: ['src/cli/try.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message: 'Only the Action entry point and GitHub providers may import @actions/*.',
            },
          ],
        },
      ],
    },
  },
  {
    // A plain log line could issue a runner command: the Action logs through src/action/log.ts.
    files: ['src/**/*.ts'],
    ignores: ['src/action/log.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'core', property: 'info', message: 'Log through src/action/log.ts (inert log lines).' },
        { object: 'core', property: 'warning', message: 'Log through src/action/log.ts (inert log lines).' },
        { object: 'core', property: 'error', message: 'Log through src/action/log.ts (inert log lines).' },
        { object: 'core', property: 'notice', message: 'Log through src/action/log.ts (inert log lines).' },
        {
          object: 'core',
          property: 'setFailed',
          message: 'Log through src/action/log.ts (inert log lines).',
        },
        {
          object: 'core',
          property: 'startGroup',
          message: 'Log through src/action/log.ts (inert log lines).',
        },
        { object: 'core', property: 'debug', message: 'Log through src/action/log.ts (inert log lines).' },
      ],
    },
  },
);

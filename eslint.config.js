import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
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

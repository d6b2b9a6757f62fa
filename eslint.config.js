// ESLint (flat config): the recommended JS and typescript-eslint rules plus the import boundaries between folders.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports that would pull a layer into one below it: the graph core knows no server or client. */
const SERVER_OR_CLIENT = ['**/server/**', '**/client/**', 'fastify', '@fastify/*', 'sigma', '@sigma/*'];

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', '.tap/', 'test-output/', 'node_modules/', 'graph/data/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter kept for its position (callbacks, overloads).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // A `let` assigned once but read first by a closure (a guard that must see "not yet") cannot be a const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Tests read untyped JSON answers and poke at wrong inputs on purpose.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['graph/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: SERVER_OR_CLIENT,
              message: 'graph/ is the pure core: it imports nothing from server/ or client/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/client/**', 'sigma', '@sigma/*'], message: 'server/ imports nothing from the client.' },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', 'fastify', '@fastify/*'],
              allowTypeImports: true,
              message:
                'the client imports only types from server/ (`import type`): server code never ships to the browser.',
            },
          ],
        },
      ],
    },
  },
);

import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/data/**', '**/.nx/**', '**/coverage/**', 'tmp/**', 'test-artifacts/**', 'bench-results/**'],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared', 'scope:api'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared', 'scope:web'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine runs in the browser: its core may not touch Node's built-ins.
    files: ['libs/validation/src/**/*.ts'],
    ignores: ['libs/validation/src/node/**', 'libs/validation/src/**/*.spec.ts', 'libs/validation/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fs', 'fs/*', 'path', 'crypto', 'stream', 'os', 'child_process', 'worker_threads', 'node:*', 'zlib', 'buffer'],
              message: 'Le cœur du moteur de validation tourne aussi dans le navigateur : code Node uniquement sous src/node/.',
            },
          ],
        },
      ],
    },
  },
];

import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, pluginQuery.configs['flat/recommended']],
  },
  {
    files: ['scripts/**', 'e2e/**', 'bench/**', 'src/cli/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/corpus/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react',
              message:
                'The corpus pipeline is pure TypeScript: it runs in the CLI and in tests without React.',
            },
            {
              name: 'react-dom',
              message:
                'The corpus pipeline is pure TypeScript: it runs in the CLI and in tests without a DOM.',
            },
          ],
          patterns: [
            {
              group: ['node:*', 'fs', 'path'],
              message: 'Only the CLI touches files: pass texts into the pipeline instead.',
            },
            {
              group: ['**/app/**', '**/views/**', '**/filters/**', '**/export/**'],
              message: 'Imports flow one way: the app uses the corpus, never the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);

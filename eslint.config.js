// Lint: the recommended JavaScript and TypeScript rules, zero warnings allowed (see `npm run lint`).
// .astro files are type-checked by `astro check` (npm run typecheck).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.cache/', 'node_modules/', 'coverage/', 'bench/out/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['site/scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);

// One lint config for the workspace: typescript-eslint's recommended rules plus the few
// conventions STYLE.md asks for (import type, no floating promises in handlers).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.postcare/**', '.tap/**', 'coverage/**', 'packages/client/src/schema.d.ts', 'openapi/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off'
    }
  },
  // tap's top-level `t.test(...)` calls are collected by the runner; awaiting them is not the idiom.
  { files: ['**/test/**/*.ts', 'test/**/*.ts'], rules: { '@typescript-eslint/no-floating-promises': 'off' } },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked, languageOptions: { globals: globals.node, parserOptions: { projectService: false, project: null } } }
)

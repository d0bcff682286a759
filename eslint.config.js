// One lint config for the workspace: typescript-eslint's recommended rules plus the few
// conventions STYLE.md asks for (import type, no floating promises in handlers).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['**/node_modules/**', '.postcare/**', '.tap/**', 'coverage/**', 'packages/client/src/schema.d.ts', 'openapi/**'] },
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
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked }
)

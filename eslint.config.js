import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'test-results/', 'playwright-report/', '.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Host text is text: use textContent.',
        },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Host text is text.' },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'path',
            '../templates/*',
            '../extension/*',
            '../office-addin/*',
            '../cli/*',
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'core/ never reads the clock: take `today`.' },
      ],
    },
  },
);

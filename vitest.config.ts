import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'core/**/*.test.ts',
      'cli/**/*.test.ts',
      'templates/**/*.test.ts',
      'test/unit/**/*.test.ts',
      'office-addin/**/*.test.ts',
      'extension/**/*.test.ts',
    ],
    testTimeout: 60_000,
  },
});

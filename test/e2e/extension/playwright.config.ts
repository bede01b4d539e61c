import { defineConfig } from '@playwright/test';

// The extension's end-to-end suite: the built extension in Debian chromium against the demo system.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  // 2 cores: one browser at a time, the extension built once.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: '../../../test-results/extension',
});

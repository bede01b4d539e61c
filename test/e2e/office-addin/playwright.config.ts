import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_BASE_ARGS } from '../../support/chromium.ts';

// Debian's Chromium, never a downloaded browser; one worker (2 cores); the built pane served on 127.0.0.1.
export const PORT = Number(process.env.STANDARDY_ADDIN_E2E_PORT ?? 47320);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 90_000,
  reporter: [['list']],
  globalSetup: './global-setup.ts',
  outputDir: '../../../.output/office-addin-e2e-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    acceptDownloads: true,
    locale: 'pl-PL',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_BASE_ARGS,
    },
  },
});

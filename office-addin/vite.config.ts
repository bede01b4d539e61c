// The task pane: root office-addin/pane, built to .output/office-addin (already ignored by git).
// `scripts/serve.ts` adds https (dev certificates) and the port; the e2e test serves the build.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export const PANE_ROOT = fileURLToPath(new URL('./pane', import.meta.url));
export const PANE_OUT = fileURLToPath(new URL('../.output/office-addin', import.meta.url));
export const PORT = 3000;

export default defineConfig({
  root: PANE_ROOT,
  base: './',
  plugins: [react()],
  build: { outDir: PANE_OUT, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
  server: { port: PORT, strictPort: true },
  preview: { port: PORT, strictPort: true },
});

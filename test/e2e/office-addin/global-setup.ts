// Build once for the whole run: the task pane (as shipped) and the office.js stand-in with the fake Word;
// then serve the built pane on 127.0.0.1 (plain http: the https dev server is `office-addin/scripts/serve.ts`).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { PORT } from './playwright.config.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
};

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const STAND_IN_DIR = `${ROOT}.output/office-addin-e2e`;

export default async function globalSetup(): Promise<() => Promise<void>> {
  await build({ configFile: `${ROOT}office-addin/vite.config.ts`, logLevel: 'warn' });
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: STAND_IN_DIR,
      emptyOutDir: true,
      target: 'es2022',
      lib: {
        entry: `${ROOT}office-addin/fake-word/office-js-stand-in.ts`,
        formats: ['iife'],
        name: 'standardyFakeWord',
        fileName: () => 'office-js-stand-in.js',
      },
    },
  });
  const root = `${ROOT}.output/office-addin`;
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(root, path === '/' ? 'index.html' : path);
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => {
        res.writeHead(404);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { CHROMIUM_BASE_ARGS } from '../../support/chromium.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const EXTENSION = join(ROOT, '.output', 'chrome-mv3');
export const port = () => Number(process.env.STANDARDY_E2E_PORT ?? 47310);
export const demo = (path = '', host = '127.0.0.1') => `http://${host}:${port()}${path}`;

/** Launch flags exactly as TOOLCHAIN.md: no Google look-ups, no component updates. */
export const CHROMIUM_ARGS = [
  `--disable-extensions-except=${EXTENSION}`,
  `--load-extension=${EXTENSION}`,
  ...CHROMIUM_BASE_ARGS,
];

/** Loopback (127.0.0.0/8, localhost) and the browser's own schemes; anything else is egress. */
export function isLocal(url: string): boolean {
  if (/^(chrome-extension|data|about|blob|chrome):/.test(url)) return true;
  const { hostname } = new URL(url);
  return hostname === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

// A copy of manifest.xml for another address (a centre's own https server), printed to stdout:
//   npx tsx office-addin/scripts/manifest-for.ts https://intranet.osrodek.local/standardy/ > standardy.xml
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEV_ORIGIN = 'https://localhost:3000';

/** Every https://localhost:3000 URL rewritten to `base` (must be https; a trailing slash is added). */
export function manifestFor(xml: string, base: string): string {
  const url = new URL(base);
  if (url.protocol !== 'https:') throw new Error('Office add-ins must be served over https.');
  const root = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return xml
    .replace(new RegExp(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, 'g'), `<AppDomain>${url.origin}</AppDomain>`)
    .replace(new RegExp(`${DEV_ORIGIN}/`, 'g'), root);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const base = process.argv[2];
  if (!base) {
    console.error(
      'Użycie / usage: npx tsx office-addin/scripts/manifest-for.ts https://serwer/standardy/ > standardy.xml',
    );
    process.exit(2);
  }
  const xml = readFileSync(new URL('../manifest.xml', import.meta.url), 'utf8');
  process.stdout.write(manifestFor(xml, base));
}

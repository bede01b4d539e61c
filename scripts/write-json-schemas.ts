// Writes the published JSON Schemas (core/json-schema/) from the zod schemas; `--check` fails when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { publishedSchemas } from '../core/json-schema/published.ts';

const check = process.argv.includes('--check');
let stale = 0;
for (const { file, schema } of publishedSchemas()) {
  const path = new URL(`../core/json-schema/${file}`, import.meta.url);
  const text = JSON.stringify(schema, null, 2) + '\n';
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // missing: stale
  }
  if (current === text) continue;
  stale++;
  if (check) console.error(`stale: core/json-schema/${file} (run npm run schemas)`);
  else writeFileSync(path, text);
}
if (check && stale) process.exit(1);
console.log(check ? 'JSON Schemas are current' : `JSON Schemas written (${stale} changed)`);

// Writes extension/adapters/adapter.schema.json from the zod schema (`npm run schemas:adapter`),
// formatted as Prettier would, so `prettier --check` stays green after regenerating.
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { ADAPTER_SCHEMA_FILE, adapterJsonSchema } from './json-schema.ts';

const text = await format(JSON.stringify(adapterJsonSchema()), { parser: 'json', printWidth: 110 });
writeFileSync(ADAPTER_SCHEMA_FILE, text);
console.log('written: extension/adapters/adapter.schema.json');

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedSchemas } from '../../core/json-schema/published.ts';

describe('published JSON Schemas', () => {
  for (const { file, schema } of publishedSchemas()) {
    it(`${file} is current (run npm run schemas after changing a zod schema)`, () => {
      const onDisk = JSON.parse(
        readFileSync(new URL(`../../core/json-schema/${file}`, import.meta.url), 'utf8'),
      );
      expect(onDisk).toEqual(JSON.parse(JSON.stringify(schema)));
    });
  }
});

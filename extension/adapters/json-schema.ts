import * as z from 'zod';
import { Adapter } from './schema.ts';

/** The adapter format's published JSON Schema (adapter.schema.json), generated from the zod schema. */
export function adapterJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Adapter, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://standardy.invalid/schema/adapter.schema.json',
    title: 'standardy: site adapter (adapter systemu)',
  };
}

export const ADAPTER_SCHEMA_FILE = new URL('./adapter.schema.json', import.meta.url);

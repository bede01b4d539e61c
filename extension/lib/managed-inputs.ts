import { parseJsonText } from '../../core/index.ts';

/** Managed adapters arrive as JSON texts; one that is not JSON is kept as text so validation reports it. */
export function managedAdapterInputs(texts: string[] | null): unknown[] {
  if (!Array.isArray(texts)) return [];
  return texts.map((t) => {
    const json = parseJsonText(String(t));
    return json.ok ? json.value : t;
  });
}

import { CaseRecord, parseWith } from '../../../core/index.ts';
import type { InputError } from '../../../core/index.ts';
import { prefillFromCase, validateTemplateData } from './templates.ts';
import type { TemplateData, TemplateError } from './templates.ts';

/** The form's data: pure helpers the components call (tested in node). */

type Path = (string | number)[];

/** `goals[0].area` → ['goals', 0, 'area']. */
export function parsePath(path: string): Path {
  const out: Path = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

export function getAt(data: unknown, path: string): unknown {
  let v: unknown = data;
  for (const k of parsePath(path)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

const isEmpty = (v: unknown) => v === undefined || v === '';

/** A copy of the data with one value set; an empty string removes the key (zod: optional, not ''). */
export function setAt(data: TemplateData, path: string, value: unknown): TemplateData {
  const keys = parsePath(path);
  const write = (node: unknown, i: number): unknown => {
    const key = keys[i]!;
    const copy: Record<string | number, unknown> | unknown[] = Array.isArray(node)
      ? [...(node as unknown[])]
      : { ...((node as Record<string, unknown>) ?? {}) };
    const rec = copy as Record<string | number, unknown>;
    if (i === keys.length - 1) {
      if (isEmpty(value) && !Array.isArray(copy)) delete rec[key];
      else rec[key] = value;
    } else rec[key] = write(rec[key] ?? (typeof keys[i + 1] === 'number' ? [] : {}), i + 1);
    return copy;
  };
  return write(data, 0) as TemplateData;
}

/** Remove item `index` of the list at `path`. */
export function removeAt(data: TemplateData, path: string, index: number): TemplateData {
  const list = (getAt(data, path) as unknown[] | undefined) ?? [];
  return setAt(
    data,
    path,
    list.filter((_, i) => i !== index),
  );
}

export interface FormErrors {
  /** Wrong values and broken cross-field rules: insertion waits until they are fixed. */
  blocking: TemplateError[];
  /** Required fields still empty: a draft may be inserted and completed in Word. */
  missing: TemplateError[];
}

export function formErrors(templateId: string, data: TemplateData): FormErrors {
  const draft = validateTemplateData(templateId, data, { draft: true });
  const full = validateTemplateData(templateId, data);
  const blocking = draft.ok ? [] : draft.errors;
  // The same error in both runs: the same path and code (never compared by its text).
  const seen = new Set(blocking.map((e) => `${e.path}|${e.code}`));
  const missing = full.ok ? [] : full.errors.filter((e) => !seen.has(`${e.path}|${e.code}`));
  return { blocking, missing };
}

/** Errors about a field: its own path, or a value inside it (`reviewDates[1]`). */
export function errorsAt(errors: readonly InputError[], path: string): InputError[] {
  return errors.filter((e) => e.path === path || e.path.startsWith(`${path}[`));
}

/** What reading a case packet gave: the prefilled data, or why not (a stable code, and the errors). */
export type PacketResult =
  | { ok: true; value: TemplateData; caseId: string }
  | { ok: false; code: 'empty' | 'not-json' }
  | { ok: false; code: 'invalid'; errors: InputError[] };

/**
 * A case packet: the JSON the extension's side panel copies — a core case record, possibly wrapped as
 * `{caseRecord: …}` — validated by core's schema, then prefilled by templates/ (case facts only; a worker's
 * id never becomes a name).
 */
export function prefillFromPacket(templateId: string, text: string, today: string): PacketResult {
  if (text.trim() === '') return { ok: false, code: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, code: 'not-json' };
  }
  const record =
    raw !== null && typeof raw === 'object' && 'caseRecord' in raw
      ? (raw as { caseRecord: unknown }).caseRecord
      : raw;
  const parsed = parseWith(CaseRecord, record);
  if (!parsed.ok) return { ok: false, code: 'invalid', errors: parsed.errors };
  return { ok: true, value: prefillFromCase(templateId, parsed.value, { today }), caseId: parsed.value.id };
}

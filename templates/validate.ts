import { parseWith } from '../core/index.ts';
import { findMissing, mapSource } from './check.ts';
import { TEMPLATES, getTemplate } from './definitions/index.ts';
import { dataSchema, fieldAt, fieldTexts, instanceLabel, resolvePattern } from './fields.ts';
import { templateError } from './messages.ts';
import type { TemplateErrorCode } from './messages.ts';
import type { TemplateError } from './messages.ts';
import type { TemplateData, TemplateDefinition } from './model.ts';

/** Parsed data, or errors each with its path, both languages and a stable code. */
export type Validated = { ok: true; value: TemplateData } | { ok: false; errors: TemplateError[] };

// XML 1.0 cannot carry these; tabs and newlines are fine.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * A template's data: types (zod), then what is required (the same walk as `doc check`, over the texts
 * the renderer would write), then the checks across fields. With `draft`, missing fields are allowed.
 */
export function validateTemplateData(
  id: string,
  data: unknown,
  options: { draft?: boolean } = {},
): Validated {
  const def = getTemplate(id);
  if (!def)
    return {
      ok: false,
      errors: [templateError('', 'unknown-template', { id, known: TEMPLATES.map((t) => t.id).join(', ') })],
    };
  const parsed = parseWith(dataSchema(def), data);
  if (!parsed.ok)
    return {
      ok: false,
      errors: parsed.errors.map((e): TemplateError => ({
        ...e,
        code: (e.code ?? 'schema.invalid') as TemplateErrorCode,
      })),
    };
  const value = parsed.value;
  const errors: TemplateError[] = [];
  if (typeof value.template === 'string' && value.template !== id)
    errors.push(templateError('template', 'template-mismatch', { given: value.template, expected: id }));
  controlChars(def, value, '', errors);
  if (!options.draft) errors.push(...missingErrors(def, value));
  errors.push(...ruleErrors(def, value));
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/** Missing required fields as errors, one per field, Polish and English. */
export function missingErrors(def: TemplateDefinition, data: TemplateData): TemplateError[] {
  const pl = findMissing(def, mapSource(fieldTexts(def, data)), 'pl');
  return pl.map((m) => {
    const field = fieldAt(def, m.field);
    const label = { pl: m.label, en: instanceLabel(def, m.field, 'en') };
    return field?.kind === 'list'
      ? templateError(m.field, 'required-list', { min: field.minItems ?? 1 }, { label })
      : templateError(m.field, 'required', {}, { label });
  });
}

const labelOf = (def: TemplateDefinition, path: string) => ({
  pl: instanceLabel(def, path, 'pl'),
  en: instanceLabel(def, path, 'en'),
});

function controlChars(def: TemplateDefinition, value: unknown, path: string, errors: TemplateError[]) {
  if (typeof value === 'string') {
    if (CONTROL.test(value))
      errors.push(templateError(path, 'control-chars', {}, { label: labelOf(def, path) }));
  } else if (Array.isArray(value)) value.forEach((v, i) => controlChars(def, v, `${path}[${i}]`, errors));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) controlChars(def, v, path ? `${path}.${k}` : k, errors);
}

function dateValues(data: TemplateData, pattern: string): { path: string; date: string }[] {
  const out: { path: string; date: string }[] = [];
  for (const { path, value } of resolvePattern(data, pattern)) {
    if (typeof value === 'string') out.push({ path, date: value });
    else if (Array.isArray(value))
      value.forEach((d, i) => typeof d === 'string' && out.push({ path: `${path}[${i}]`, date: d }));
  }
  return out;
}

function ruleErrors(def: TemplateDefinition, data: TemplateData): TemplateError[] {
  const errors: TemplateError[] = [];
  for (const rule of def.rules) {
    if (rule.kind === 'date-order') {
      const earlier = dateValues(data, rule.earlier)[0];
      if (!earlier) continue;
      for (const later of dateValues(data, rule.later))
        if (later.date < earlier.date)
          errors.push(
            templateError(
              later.path,
              'date-order',
              { date: later.date, other: earlier.date },
              { label: labelOf(def, later.path), otherLabel: labelOf(def, earlier.path) },
            ),
          );
    } else {
      const from = dateValues(data, rule.from)[0];
      const to = dateValues(data, rule.to)[0];
      if (!from || !to) continue;
      for (const d of dateValues(data, rule.dates))
        if (d.date < from.date || d.date > to.date)
          errors.push(
            templateError(
              d.path,
              'date-outside',
              { date: d.date, from: from.date, to: to.date },
              { label: labelOf(def, d.path) },
            ),
          );
    }
  }
  return errors;
}

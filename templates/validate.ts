import { parseWith, plDate } from '../core/index.ts';
import type { InputError, Parsed } from '../core/index.ts';
import { findMissing, mapSource } from './check.ts';
import { TEMPLATES, getTemplate } from './definitions/index.ts';
import { dataSchema, fieldAt, fieldTexts, instanceLabel, resolvePattern } from './fields.ts';
import { templateMessage } from './messages.ts';
import type { TemplateData, TemplateDefinition } from './model.ts';

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
): Parsed<TemplateData> {
  const def = getTemplate(id);
  if (!def)
    return {
      ok: false,
      errors: [
        {
          path: '',
          code: 'template.unknown-template',
          message: templateMessage('unknown-template', { id, known: TEMPLATES.map((t) => t.id).join(', ') }),
        },
      ],
    };
  const parsed = parseWith(dataSchema(def), data);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const errors: InputError[] = [];
  if (typeof value.template === 'string' && value.template !== id)
    errors.push({
      path: 'template',
      code: 'template.template-mismatch',
      message: templateMessage('template-mismatch', { given: value.template, expected: id }),
    });
  controlChars(def, value, '', errors);
  if (!options.draft) errors.push(...missingErrors(def, value));
  errors.push(...ruleErrors(def, value));
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/** Missing required fields as errors, one per field, Polish and English. */
export function missingErrors(def: TemplateDefinition, data: TemplateData): InputError[] {
  const pl = findMissing(def, mapSource(fieldTexts(def, data)), 'pl');
  return pl.map((m) => {
    const field = fieldAt(def, m.field);
    const labelEn = instanceLabel(def, m.field, 'en');
    if (field?.kind === 'list')
      return {
        code: 'template.required-list',
        path: m.field,
        message: templateMessage('required-list', { label: m.label, labelEn, min: field.minItems ?? 1 }),
      };
    return {
      code: 'template.required',
      path: m.field,
      message: templateMessage('required', { label: m.label, labelEn }),
    };
  });
}

function controlChars(def: TemplateDefinition, value: unknown, path: string, errors: InputError[]) {
  if (typeof value === 'string') {
    if (CONTROL.test(value)) {
      const label = instanceLabel(def, path, 'pl');
      errors.push({
        path,
        code: 'template.control-chars',
        message: templateMessage('control-chars', { label, labelEn: instanceLabel(def, path, 'en') }),
      });
    }
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

function ruleErrors(def: TemplateDefinition, data: TemplateData): InputError[] {
  const errors: InputError[] = [];
  const label = (path: string, lang: 'pl' | 'en') => instanceLabel(def, path, lang);
  for (const rule of def.rules) {
    if (rule.kind === 'date-order') {
      const earlier = dateValues(data, rule.earlier)[0];
      if (!earlier) continue;
      for (const later of dateValues(data, rule.later))
        if (later.date < earlier.date)
          errors.push({
            path: later.path,
            code: 'template.date-order',
            message: templateMessage('date-order', {
              label: label(later.path, 'pl'),
              labelEn: label(later.path, 'en'),
              date: plDate(later.date),
              otherLabel: label(earlier.path, 'pl'),
              otherLabelEn: label(earlier.path, 'en'),
              other: plDate(earlier.date),
            }),
          });
    } else {
      const from = dateValues(data, rule.from)[0];
      const to = dateValues(data, rule.to)[0];
      if (!from || !to) continue;
      for (const d of dateValues(data, rule.dates))
        if (d.date < from.date || d.date > to.date)
          errors.push({
            path: d.path,
            code: 'template.date-outside',
            message: templateMessage('date-outside', {
              label: label(d.path, 'pl'),
              labelEn: label(d.path, 'en'),
              date: plDate(d.date),
              from: plDate(from.date),
              to: plDate(to.date),
            }),
          });
    }
  }
  return errors;
}

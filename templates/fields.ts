import * as z from 'zod';
import { IsoDate, plDate } from '../core/index.ts';
import type {
  Block,
  ChoiceField,
  ChecklistField,
  Condition,
  Field,
  FlatField,
  ListField,
  Section,
  TemplateData,
  TemplateDefinition,
} from './model.ts';

/**
 * Field helpers shared by the validator, the renderer and the check: the text each field shows in its
 * content control, conditions, flattening, and the zod schema of a template's data. No node:, no docx.
 */

import type { Lang } from '../core/i18n.ts';
export type { Lang };

/** Tick marks of choices, check lists and tick boxes; the check also accepts common hand-typed ones. */
export const MARK_ON = '☒';
export const MARK_OFF = '☐';
const TICKED = /^\s*(?:☒|☑|✓|✔|✗|✘|\[[xX✓]\]|\([xX]\))\s*/;
const UNTICKED = /^\s*(?:☐|\[\s?\]|\(\s?\))\s*/;

export const TEXT_MAX = 2_000;
export const LONG_TEXT_MAX = 50_000;

export function isField(block: Block): block is Field {
  return (
    block.kind !== 'note' && block.kind !== 'signatures' && block.kind !== 'line' && block.kind !== 'details'
  );
}

/** The fields a block asks for: itself, or the fields of a line. */
export function blockFields(block: Block): readonly Field[] {
  if (block.kind === 'line') return block.fields;
  return isField(block) ? [block] : [];
}

export function sectionFields(section: Section): Field[] {
  return section.blocks.flatMap(blockFields);
}

export function allTopFields(def: TemplateDefinition): Field[] {
  return def.sections.flatMap(sectionFields);
}

const topFields = new WeakMap<TemplateDefinition, Map<string, Field>>();

export function topField(def: TemplateDefinition, id: string): Field | undefined {
  let byId = topFields.get(def);
  if (!byId) topFields.set(def, (byId = new Map(allTopFields(def).map((f) => [f.id, f]))));
  return byId.get(id);
}

/** `A`, `B`, … `Z`, `AA` — the form's row letters (docs/standard.md §4.1: rows A, B, C, D…). */
export function letter(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

export function itemNumber(list: ListField, index: number): string {
  return list.numbering === 'letters' ? letter(index) : String(index + 1);
}

export function itemName(list: ListField, index: number, lang: Lang): string {
  const n = itemNumber(list, index);
  return `${(list.itemLabel ?? list.label)[lang]} ${n}`;
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function markedOptions(field: ChoiceField | ChecklistField, chosen: readonly unknown[], lang: Lang): string {
  return field.options
    .map((o) => `${chosen.includes(o.id) ? MARK_ON : MARK_OFF} ${o.label[lang]}`)
    .join('\n');
}

/** The text a scalar field shows in its content control ('' when it has no value). */
export function formatValue(field: Field, value: unknown, lang: Lang = 'pl'): string {
  switch (field.kind) {
    case 'text':
    case 'long-text':
      return typeof value === 'string' ? normalizeNewlines(value) : '';
    case 'date':
      return typeof value === 'string' ? plDate(value) : '';
    case 'dates':
      return Array.isArray(value) ? value.map((d) => plDate(String(d))).join(', ') : '';
    case 'choice':
      if (field.display === 'selected') return field.options.find((o) => o.id === value)?.label[lang] ?? '';
      return markedOptions(field, value === undefined ? [] : [value], lang);
    case 'checklist':
      return markedOptions(field, Array.isArray(value) ? value : [], lang);
    case 'boolean':
      return `${value === true ? MARK_ON : MARK_OFF} ${field.label[lang]}`;
    case 'list':
      return '';
  }
}

function simplify(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[„”"“'’:.\s–-]+/g, ' ')
    .trim();
}

/** Options ticked in a choice's or check list's text; an unmarked text naming one option counts too. */
export function selectedOptions(field: ChoiceField | ChecklistField, text: string): string[] {
  const lines = normalizeNewlines(text).split('\n');
  const chosen: string[] = [];
  const match = (rest: string) =>
    field.options.find((o) => {
      const r = simplify(rest);
      const id = o.id.toLowerCase();
      return (
        r !== '' &&
        (r.startsWith(simplify(o.label.pl)) ||
          r.startsWith(simplify(o.label.en)) ||
          r === id ||
          r.startsWith(`${id} `) ||
          (r.length >= 12 && simplify(o.label.pl).startsWith(r)))
      );
    });
  let marked = false;
  for (const line of lines) {
    const on = TICKED.exec(line);
    if (on) {
      marked = true;
      const o = match(line.slice(on[0].length));
      if (o && !chosen.includes(o.id)) chosen.push(o.id);
    } else if (UNTICKED.test(line)) marked = true;
  }
  if (!marked) {
    const o = match(text);
    if (o) chosen.push(o.id);
  }
  return chosen;
}

export function isTicked(text: string | undefined): boolean {
  return text !== undefined && TICKED.test(text);
}

/** Whether a scalar field's control text counts as filled in. */
export function isFilled(field: Field, text: string | undefined): boolean {
  if (field.kind === 'boolean') return true;
  if (text === undefined) return false;
  if (field.kind === 'choice' || field.kind === 'checklist') return selectedOptions(field, text).length > 0;
  return text.trim() !== '';
}

/** Does a condition hold, given the text of top-level fields (from data or from a document)? */
export function conditionHolds(
  def: TemplateDefinition,
  cond: Condition,
  text: (tag: string) => string | undefined,
): boolean {
  const field = topField(def, cond.field);
  if (!field) return false;
  const t = text(cond.field);
  if (field.kind === 'boolean') return isTicked(t) === cond.equals;
  if (field.kind === 'choice') return t !== undefined && selectedOptions(field, t)[0] === cond.equals;
  return (t ?? '') === cond.equals;
}

/** Text source over a template's data, for conditions. */
export function dataText(def: TemplateDefinition, data: TemplateData): (tag: string) => string | undefined {
  return (tag) => {
    const field = topField(def, tag);
    return field ? formatValue(field, data[tag]) : undefined;
  };
}

export function visible(
  def: TemplateDefinition,
  node: { when?: Condition },
  text: (tag: string) => string | undefined,
): boolean {
  return node.when === undefined || conditionHolds(def, node.when, text);
}

/** Every field of a template, list items' fields as patterns (`goals[].clientActions[].action`). */
export function flattenFields(def: TemplateDefinition): FlatField[] {
  const out: FlatField[] = [];
  const walk = (
    fields: readonly Field[],
    prefix: string,
    section: Section,
    when: Condition[],
    parent?: string,
  ) => {
    for (const f of fields) {
      const tag = prefix ? `${prefix}.${f.id}` : f.id;
      const conds = f.when ? [...when, f.when] : when;
      const flat: FlatField = {
        tag,
        id: f.id,
        kind: f.kind,
        label: f.label,
        section: section.id,
        sectionTitle: section.title,
        required: f.required === true,
        when: conds,
      };
      if (f.help) flat.help = f.help;
      if (parent) flat.parent = parent;
      if (f.kind === 'choice' || f.kind === 'checklist') flat.options = f.options;
      out.push(flat);
      if (f.kind === 'list') walk(f.item, `${tag}[]`, section, conds, tag);
    }
  };
  for (const s of def.sections) walk(sectionFields(s), '', s, s.when ? [s.when] : []);
  return out;
}

/** The text of every field's content control the renderer writes for this data: tag → text (leaves only). */
export function fieldTexts(def: TemplateDefinition, data: TemplateData): Record<string, string> {
  const texts: Record<string, string> = {};
  const cond = dataText(def, data);
  const walk = (fields: readonly Field[], values: Record<string, unknown>, prefix: string) => {
    for (const f of fields) {
      if (!visible(def, f, cond)) continue;
      const tag = prefix ? `${prefix}.${f.id}` : f.id;
      if (f.kind === 'list') {
        const items = Array.isArray(values[f.id]) ? (values[f.id] as Record<string, unknown>[]) : [];
        items.forEach((item, i) => walk(f.item, item, `${tag}[${i}]`));
      } else texts[tag] = formatValue(f, values[f.id]);
    }
  };
  for (const s of def.sections) if (visible(def, s, cond)) walk(sectionFields(s), data, '');
  return texts;
}

/** Label of a field instance: `goals[0].clientActions` → „Cel A – Działania klienta”. */
export function instanceLabel(def: TemplateDefinition, path: string, lang: Lang): string {
  const parts: string[] = [];
  let fields: readonly Field[] = allTopFields(def);
  for (const seg of path.split('.')) {
    const m = /^([^[\]]+)(?:\[(\d+)\])?$/.exec(seg);
    const field = m ? fields.find((f) => f.id === m[1]) : undefined;
    if (!field) return path;
    if (field.kind === 'list' && m![2] !== undefined) {
      parts.push(itemName(field, Number(m![2]), lang));
      fields = field.item;
    } else parts.push(field.label[lang]);
  }
  return parts.join(' – ');
}

/** The field named by a path (`goals[0].clientActions[1].action` or `goals[].clientActions`). */
export function fieldAt(def: TemplateDefinition, path: string): Field | undefined {
  let fields: readonly Field[] = allTopFields(def);
  let found: Field | undefined;
  for (const seg of path.split('.')) {
    const id = seg.replace(/\[\d*\]$/, '');
    found = fields.find((f) => f.id === id);
    if (!found) return undefined;
    fields = found.kind === 'list' ? found.item : [];
  }
  return found;
}

/** Values at a pattern with `[]` wildcards, with their concrete paths. */
export function resolvePattern(data: TemplateData, pattern: string): { path: string; value: unknown }[] {
  let current: { path: string; value: unknown }[] = [{ path: '', value: data }];
  for (const seg of pattern.split('.')) {
    const many = seg.endsWith('[]');
    const key = many ? seg.slice(0, -2) : seg;
    const next: { path: string; value: unknown }[] = [];
    for (const c of current) {
      if (c.value === null || typeof c.value !== 'object') continue;
      const v = (c.value as Record<string, unknown>)[key];
      const path = c.path ? `${c.path}.${key}` : key;
      if (v === undefined) continue;
      if (many) {
        if (Array.isArray(v)) v.forEach((item, i) => next.push({ path: `${path}[${i}]`, value: item }));
      } else next.push({ path, value: v });
    }
    current = next;
  }
  return current;
}

function fieldSchema(f: Field): z.ZodType {
  const ids = (options: readonly { id: string }[]) => options.map((o) => o.id) as [string, ...string[]];
  switch (f.kind) {
    case 'text':
      return z
        .string()
        .max(f.maxLength ?? TEXT_MAX)
        .optional();
    case 'long-text':
      return z
        .string()
        .max(f.maxLength ?? LONG_TEXT_MAX)
        .optional();
    case 'date':
      return IsoDate.optional();
    case 'dates':
      return z.array(IsoDate).optional();
    case 'choice':
      return z.enum(ids(f.options)).optional();
    case 'checklist':
      return z.array(z.enum(ids(f.options))).optional();
    case 'boolean':
      return z.boolean().optional();
    case 'list':
      return z.array(z.strictObject(shapeOf(f.item))).optional();
  }
}

function shapeOf(fields: readonly Field[]): Record<string, z.ZodType> {
  return Object.fromEntries(fields.map((f) => [f.id, fieldSchema(f)]));
}

/**
 * The zod schema of a template's data: types only (every field optional here); what is required depends
 * on conditions and is checked by the same walk as a document (check.ts), so data and .docx agree.
 */
const schemas = new WeakMap<TemplateDefinition, z.ZodType<TemplateData>>();

export function dataSchema(def: TemplateDefinition): z.ZodType<TemplateData> {
  let schema = schemas.get(def);
  if (!schema) schemas.set(def, (schema = buildSchema(def)));
  return schema;
}

function buildSchema(def: TemplateDefinition): z.ZodType<TemplateData> {
  return z.strictObject({
    $schema: z.string().optional(),
    template: z.string().optional(),
    ...shapeOf(allTopFields(def)),
  }) as unknown as z.ZodType<TemplateData>;
}

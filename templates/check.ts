import { TEMPLATES, getTemplate } from './definitions/index.ts';
import {
  allTopFields,
  isFilled,
  normalizeNewlines,
  sectionFields,
  visible,
  instanceLabel,
  topField,
} from './fields.ts';
import type { Lang } from './fields.ts';
import type { CheckResult, Field, MissingField, Section, TemplateDefinition, TemplateId } from './model.ts';

/**
 * The document check, shared by `standardy doc check` and the Word add-in: what the template requires
 * but is missing or empty, per section. Pure: no node:, no docx. Content controls are a convenience, not
 * the data of record (STYLE.md): a field without its tag is looked for under its section's heading.
 */

export interface DocumentHeading {
  level: number;
  text: string;
  body: string;
}

export interface DocumentInput {
  /** Known template id (from a custom property or the title's content control), if any. */
  templateId?: string;
  /** Content-control tag → text. */
  fields: Record<string, string>;
  /** For documents made by hand: headings and the text under each. */
  headings?: DocumentHeading[];
}

/** Where the walk reads a field's text and a list's items. */
export interface FieldSource {
  text(tag: string): string | undefined;
  /** Indices of a list's items present (`goals` → 0, 1 for tags `goals[0]…`, `goals[1]…`). */
  indices(listTag: string): number[];
  /** A list written without item tags (by hand) that still has content. */
  listPresent?(listTag: string): boolean;
}

export const TEMPLATE_TAG_PREFIX = 'template:';
export const SECTION_TAG_PREFIX = 'section:';
/** The custom document property that records the template id. */
export const TEMPLATE_PROPERTY = 'StandardyTemplate';

/** A source over a tag → text map (a document's content controls, or the renderer's texts of data). */
export function mapSource(fields: Record<string, string>): FieldSource {
  const index = new Map<string, Set<number>>();
  for (const key of Object.keys(fields)) {
    for (const m of key.matchAll(/\[(\d+)\]/g)) {
      const prefix = key.slice(0, m.index);
      let set = index.get(prefix);
      if (!set) index.set(prefix, (set = new Set()));
      set.add(Number(m[1]));
    }
  }
  return {
    text: (tag) => fields[tag],
    indices: (tag) => [...(index.get(tag) ?? [])].sort((a, b) => a - b),
  };
}

/** Missing required fields, in document order; a required list with no filled item is named itself. */
export function findMissing(def: TemplateDefinition, source: FieldSource, lang: Lang = 'pl'): MissingField[] {
  const out: MissingField[] = [];
  const cond = (tag: string) => source.text(tag);
  const hasContent = (fields: readonly Field[], prefix: string): boolean =>
    fields.some((f) => {
      const tag = `${prefix}.${f.id}`;
      if (f.kind === 'list') return source.indices(tag).some((i) => hasContent(f.item, `${tag}[${i}]`));
      if (f.kind === 'boolean') return false;
      return isFilled(f, source.text(tag));
    });
  const walk = (fields: readonly Field[], prefix: string, section: Section) => {
    for (const f of fields) {
      if (!visible(def, f, cond)) continue;
      const tag = prefix ? `${prefix}.${f.id}` : f.id;
      const report = () =>
        out.push({ field: tag, section: section.id, label: instanceLabel(def, tag, lang) });
      if (f.kind === 'list') {
        const filled = source.indices(tag).filter((i) => hasContent(f.item, `${tag}[${i}]`));
        const min = f.required ? (f.minItems ?? 1) : 0;
        if (filled.length === 0 && min > 0 && source.listPresent?.(tag)) continue;
        if (filled.length < min) report();
        for (const i of filled) walk(f.item, `${tag}[${i}]`, section);
      } else if (f.required && !isFilled(f, source.text(tag))) report();
    }
  };
  for (const s of def.sections) if (visible(def, s, cond)) walk(sectionFields(s), '', s);
  return out;
}

/** Check a document's fields against its template. */
export function checkDocument(input: DocumentInput, options: { lang?: Lang } = {}): CheckResult {
  const def = detectTemplate(input);
  if (!def) return { template: null, missing: [] };
  const byTag = mapSource(input.fields);
  const fallback = input.headings?.length ? headingSource(def, input.headings) : undefined;
  const source: FieldSource = {
    text: (tag) => byTag.text(tag) ?? (tag.includes('[') ? undefined : fallback?.text(tag)),
    indices: byTag.indices,
    listPresent: (tag) => !tag.includes('[') && fallback?.listPresent?.(tag) === true,
  };
  return { template: def.id, missing: findMissing(def, source, options.lang ?? 'pl') };
}

/** The template of a document: given, recorded in a tag, or recognised by its title. */
export function detectTemplate(input: DocumentInput): TemplateDefinition | undefined {
  if (input.templateId) {
    const known = getTemplate(input.templateId);
    if (known) return known;
  }
  for (const tag of Object.keys(input.fields))
    if (tag.startsWith(TEMPLATE_TAG_PREFIX)) {
      const known = getTemplate(tag.slice(TEMPLATE_TAG_PREFIX.length));
      if (known) return known;
    }
  // By title: the longest template name the first headings start with (the crisis variant before the
  // plain agreement).
  const names = [...TEMPLATES].sort((a, b) => b.name.pl.length - a.name.pl.length);
  for (const h of (input.headings ?? []).slice(0, 3)) {
    const t = simplify(h.text);
    const hit = names.find((d) => t.startsWith(simplify(d.name.pl)));
    if (hit) return hit;
  }
  return undefined;
}

function simplify(text: string): string {
  return normalizeNewlines(text)
    .normalize('NFC')
    .toLowerCase()
    .replace(/^\s*(?:część\s+)?(?:[ivx]+|\d+(?:\.\d+)*)[.)]?\s+/u, '')
    .replace(/[„”"“'’:.,;()–-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Fields of a document made by hand: a section is found by its heading, a field by its label at the start
 * of a line under it (`Cel ogólny: …`, or the label alone and the text on the next lines).
 */
function headingSource(def: TemplateDefinition, headings: DocumentHeading[]): FieldSource {
  const allLabels = allTopFields(def).map((f) => simplify(f.label.pl));
  const sectionBody = (section: Section): string | undefined => {
    const title = simplify(section.title.pl);
    const at = headings.findIndex((h) => {
      const t = simplify(h.text);
      return t !== '' && (t === title || t.startsWith(title) || title.startsWith(t));
    });
    if (at < 0) return undefined;
    const level = headings[at]!.level;
    const parts = [headings[at]!.body];
    for (let i = at + 1; i < headings.length && headings[i]!.level > level; i++)
      parts.push(headings[i]!.text, headings[i]!.body);
    return parts.join('\n');
  };
  const labelValue = (field: Field, body: string): string | undefined => {
    const label = simplify(field.label.pl);
    const heading = headings.find((h) => simplify(h.text) === label);
    if (heading) return heading.body;
    const lines = normalizeNewlines(body).split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!simplify(line).startsWith(label)) continue;
      const colon = line.indexOf(':');
      const rest = colon >= 0 ? line.slice(colon + 1).trim() : '';
      if (rest) return rest;
      const next: string[] = [];
      for (let j = i + 1; j < lines.length; j++) {
        const s = simplify(lines[j]!);
        if (allLabels.some((l) => l !== '' && s.startsWith(l))) break;
        next.push(lines[j]!);
      }
      return next.join('\n').trim();
    }
    return undefined;
  };
  const sectionOf = (id: string) => def.sections.find((s) => sectionFields(s).some((f) => f.id === id));
  const lookup = (tag: string): string | undefined => {
    const field = topField(def, tag);
    const section = sectionOf(tag);
    if (!field || !section) return undefined;
    const body = sectionBody(section) ?? '';
    const own = labelValue(field, body) ?? labelValue(field, headings.map((h) => h.body).join('\n'));
    if (own !== undefined) return own;
    // A section with one field: its text is that field.
    return sectionFields(section).length === 1 ? body : undefined;
  };
  return {
    text: lookup,
    indices: () => [],
    listPresent: (tag) => (lookup(tag) ?? '').trim() !== '',
  };
}

export function isTemplateId(id: string): id is TemplateId {
  return getTemplate(id) !== undefined;
}

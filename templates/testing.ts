import JSZip from 'jszip';
import { getTemplate } from './definitions/index.ts';
import { allTopFields, fieldAt, fieldTexts, resolvePattern } from './fields.ts';
import type { Field, TemplateData } from './model.ts';
import { demoTemplateData } from './prefill.ts';

/** Helpers for the templates' tests: hard text, XML surgery on a .docx, paths into data. */

export const AS_OF = '2026-11-25';

export const HARD_TEXT =
  'Zażółć gęślą jaźń & <b>„cudzysłów”</b> "proste" \'apostrof\' 😀👩‍👧 ĄĆĘŁŃÓŚŹŻ\nDruga linia\n\ttab';
export const LONG_TEXT = Array.from({ length: 2_000 }, (_, i) => `słowo${String(i).padStart(4, '0')}`)
  .join(' ')
  .slice(0, 20_000);

/** The demo data with every top-level text field set to hard text, and one long-text field of 20,000 characters. */
export function hardData(id: string): TemplateData {
  const def = getTemplate(id)!;
  const data: TemplateData = structuredClone(demoTemplateData(id, AS_OF));
  let long = false;
  for (const f of allTopFields(def)) {
    if (f.kind === 'long-text' && !long && data[f.id] !== undefined) {
      data[f.id] = LONG_TEXT;
      long = true;
    } else if ((f.kind === 'text' || f.kind === 'long-text') && data[f.id] !== undefined && f.id !== 'caseId')
      data[f.id] = HARD_TEXT;
  }
  return data;
}

export async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

export async function zipPart(bytes: Uint8Array, part: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(part)!.async('string');
}

export async function replaceDocumentXml(bytes: Uint8Array, xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array' });
}

/** How ooxml.ts writes text into w:t (quotes need no escaping in text). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Remove every text of the content control tagged `tag`, as a person clearing it in Word would. */
export function emptyControl(xml: string, tag: string): string {
  const at = xml.indexOf(`<w:tag w:val="${escapeXml(tag)}"/>`);
  if (at < 0) throw new Error(`no content control ${tag}`);
  const start = xml.lastIndexOf('<w:sdt>', at);
  let depth = 0;
  let end = -1;
  for (const m of xml.slice(start).matchAll(/<w:sdt>|<\/w:sdt>/g)) {
    depth += m[0] === '<w:sdt>' ? 1 : -1;
    if (depth === 0) {
      end = start + m.index + m[0].length;
      break;
    }
  }
  const emptied = xml
    .slice(start, end)
    .replace(/<w:t( [^>]*)?>[^<]*<\/w:t>/g, '<w:t xml:space="preserve"></w:t>')
    .replace(/<w:br\/>/g, '');
  return xml.slice(0, start) + emptied + xml.slice(end);
}

/** Tags of the required fields (instances) a rendering of this data carries. */
export function requiredTags(id: string, data: TemplateData): string[] {
  const def = getTemplate(id)!;
  return Object.keys(fieldTexts(def, data)).filter((tag) => {
    const f = fieldAt(def, tag.replace(/\[\d+\]$/, ''));
    return f !== undefined && f.required === true && f.kind !== 'boolean' && !/\[\d+\]$/.test(tag);
  });
}

/** A copy of data without the value at a path (`goals[0].clientActions`). */
export function without(data: TemplateData, path: string): TemplateData {
  const copy = structuredClone(data);
  const segs = path.split('.').flatMap((s) => {
    const m = /^([^[]+)(?:\[(\d+)\])?$/.exec(s)!;
    return m[2] === undefined ? [m[1]!] : [m[1]!, Number(m[2])];
  });
  let node: Record<string | number, unknown> = copy;
  for (const s of segs.slice(0, -1)) node = node[s] as Record<string | number, unknown>;
  delete node[segs[segs.length - 1]!];
  return copy;
}

const SENTENCE =
  'Klient opisuje swoją sytuację szczegółowo, a pracownik socjalny zapisuje ją jego słowami, bez ocen. ';

/** A long text of about `n` characters in whole Polish sentences, with a line break in the middle. */
function longText(n: number): string {
  const text = SENTENCE.repeat(Math.ceil(n / SENTENCE.length)).trim();
  const half = text.indexOf('. ', Math.floor(text.length / 2));
  return half > 0 ? `${text.slice(0, half + 1)}\n${text.slice(half + 2)}` : text;
}

function fill(field: Field, current: unknown, anchor: string, items: number): unknown {
  switch (field.kind) {
    case 'text':
      return current ?? `${field.label.pl} – wartość dłuższa niż zwykle, by sprawdzić zawijanie wierszy`;
    case 'long-text':
      return longText(1_200);
    case 'date':
      return current ?? anchor;
    case 'dates':
      return Array.isArray(current) && current.length ? current : [anchor, anchor, anchor];
    case 'choice':
      return current ?? field.options[0]!.id;
    case 'checklist':
      return field.options.map((o) => o.id);
    case 'boolean':
      return current ?? true;
    case 'list': {
      const given = Array.isArray(current) ? (current as Record<string, unknown>[]) : [];
      return Array.from({ length: items }, (_, i) =>
        Object.fromEntries(
          field.item.map((f) => [f.id, fill(f, given[i]?.[f.id], anchor, Math.max(2, items / 2))]),
        ),
      );
    }
  }
}

/**
 * The demo data with every optional field filled, long texts (about 1,200 characters), many list items
 * (8, nested lists 4) and every option of check lists: a stress test of the layout. Dates not in the
 * demo are set so that every cross-field rule holds.
 */
export function maximalData(id: string): TemplateData {
  const def = getTemplate(id)!;
  const demo = demoTemplateData(id, AS_OF);
  const anchor = String(demo.periodFrom ?? demo.drawnUpOn ?? demo.date ?? demo.openedOn ?? AS_OF);
  const data: TemplateData = { ...demo };
  for (const f of allTopFields(def)) data[f.id] = fill(f, demo[f.id], anchor, 8);
  for (const rule of def.rules) {
    if (rule.kind === 'date-order') {
      const earlier = resolvePattern(data, rule.earlier)[0]?.value;
      for (const later of resolvePattern(data, rule.later))
        if (typeof earlier === 'string' && typeof later.value === 'string' && later.value < earlier)
          setPath(data, later.path, earlier);
    } else {
      const from = resolvePattern(data, rule.from)[0]?.value as string;
      const to = resolvePattern(data, rule.to)[0]?.value as string;
      for (const d of resolvePattern(data, rule.dates)) {
        const values = Array.isArray(d.value) ? d.value : [d.value];
        const fixed = values.map((v) => (typeof v === 'string' && (v < from || v > to) ? from : v));
        setPath(data, d.path, Array.isArray(d.value) ? fixed : fixed[0]);
      }
    }
  }
  return data;
}

function setPath(data: TemplateData, path: string, value: unknown): void {
  const segs = path.split('.').flatMap((s) => {
    const m = /^([^[]+)(?:\[(\d+)\])?$/.exec(s)!;
    return m[2] === undefined ? [m[1]!] : [m[1]!, Number(m[2])];
  });
  let node: Record<string | number, unknown> = data;
  for (const s of segs.slice(0, -1)) node = node[s] as Record<string | number, unknown>;
  node[segs[segs.length - 1]!] = value;
}

import JSZip from 'jszip';
import { getTemplate } from './definitions/index.ts';
import { allTopFields, fieldAt, fieldTexts } from './fields.ts';
import type { TemplateData } from './model.ts';
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
      data[f.id] = `${HARD_TEXT} (${f.id})`;
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

/** How docx writes text into w:t. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
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

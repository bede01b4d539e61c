import JSZip from 'jszip';
import { TEMPLATE_PROPERTY, TEMPLATE_TAG_PREFIX } from './check.ts';
import type { DocumentHeading } from './check.ts';

/**
 * Reads a .docx back: content-control tag → text, the headings with the text under each, and the template
 * id. Runs in Node and in browsers (jszip and a small XML scanner; no node:, no DOMParser).
 */

export interface DocxFields {
  fields: Record<string, string>;
  headings: DocumentHeading[];
  templateId?: string;
}

export async function readDocxFields(bytes: Uint8Array | ArrayBuffer): Promise<DocxFields> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = zip.file('word/document.xml');
  if (!doc) throw new Error('word/document.xml not found: not a .docx file');
  const [xml, styles, custom] = await Promise.all([
    doc.async('string'),
    zip.file('word/styles.xml')?.async('string') ?? Promise.resolve(''),
    zip.file('docProps/custom.xml')?.async('string') ?? Promise.resolve(''),
  ]);
  const result = parseDocumentXml(xml, headingStyles(styles));
  const fromProperty = customProperty(custom, TEMPLATE_PROPERTY);
  if (fromProperty) result.templateId = fromProperty;
  return result;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? whole;
  });
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)="([^"]*)"/g)) out[m[1]!] = decodeXml(m[2]!);
  return out;
}

/** Paragraph style id → heading level (0 = title, 1 = top heading), from word/styles.xml. */
export function headingStyles(stylesXml: string): Map<string, number> {
  const levels = new Map<string, number>();
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const a = attrs(m[1]!);
    if (a['w:type'] !== 'paragraph' || !a['w:styleId']) continue;
    const name = /<w:name w:val="([^"]*)"/.exec(m[2]!)?.[1]?.toLowerCase() ?? '';
    const outline = /<w:outlineLvl w:val="(\d)"/.exec(m[2]!)?.[1];
    if (name === 'title') levels.set(a['w:styleId'], 0);
    else if (outline !== undefined && Number(outline) < 9) levels.set(a['w:styleId'], Number(outline) + 1);
    else {
      const h = /^heading (\d)$/.exec(name);
      if (h) levels.set(a['w:styleId'], Number(h[1]));
    }
  }
  // Built-in ids, for files whose styles.xml omits them.
  for (let i = 1; i <= 9; i++) if (!levels.has(`Heading${i}`)) levels.set(`Heading${i}`, i);
  if (!levels.has('Title')) levels.set('Title', 0);
  return levels;
}

function customProperty(customXml: string, name: string): string | undefined {
  for (const m of customXml.matchAll(/<property\b([^>]*)>([\s\S]*?)<\/property>/g))
    if (attrs(m[1]!).name === name) {
      const v = /<vt:\w+>([\s\S]*?)<\/vt:\w+>/.exec(m[2]!);
      return v ? decodeXml(v[1]!) : undefined;
    }
  return undefined;
}

interface Frame {
  tag?: string;
  placeholder: boolean;
  inPr: boolean;
  text: string;
}

/** Scan word/document.xml: content controls (nested, inline or block) and headings with their bodies. */
export function parseDocumentXml(xml: string, levels: Map<string, number> = headingStyles('')): DocxFields {
  const fields: Record<string, string> = {};
  const headings: DocumentHeading[] = [];
  const frames: Frame[] = [];
  let inText = false;
  let inPPr = false;
  let para = '';
  let style: string | undefined;
  let outline: number | undefined;
  let body: string[] = [];
  const emit = (s: string) => {
    para += s;
    for (const f of frames) if (!f.inPr) f.text += s;
  };
  const closeHeadingBody = () => {
    const last = headings[headings.length - 1];
    if (last) last.body = body.join('\n').replace(/\n+$/, '');
    body = [];
  };
  for (const m of xml.matchAll(/<([^>]*)>|([^<]+)/g)) {
    if (m[2] !== undefined) {
      if (inText) emit(decodeXml(m[2]));
      continue;
    }
    const tag = m[1]!;
    if (tag[0] === '?' || tag[0] === '!') continue;
    const closing = tag[0] === '/';
    const name = /^\/?([\w:.-]+)/.exec(tag)?.[1] ?? '';
    const selfClosing = tag.endsWith('/');
    const frame = frames[frames.length - 1];
    switch (name) {
      case 'w:sdt':
        if (closing) {
          const f = frames.pop()!;
          if (f.tag !== undefined) {
            const value = f.placeholder ? '' : f.text.replace(/\n$/, '');
            const before = fields[f.tag];
            fields[f.tag] = before ? (value ? `${before}\n${value}` : before) : value;
          }
        } else if (!selfClosing) frames.push({ placeholder: false, inPr: false, text: '' });
        break;
      case 'w:sdtPr':
        if (frame) frame.inPr = !closing && !selfClosing;
        break;
      case 'w:tag':
        if (frame?.inPr) frame.tag = attrs(tag)['w:val'] ?? '';
        break;
      case 'w:showingPlcHdr':
        if (frame?.inPr && attrs(tag)['w:val'] !== 'false' && attrs(tag)['w:val'] !== '0')
          frame.placeholder = true;
        break;
      case 'w:p':
        if (!closing) {
          para = '';
          style = undefined;
          outline = undefined;
          if (selfClosing) emit('\n');
          break;
        }
        {
          const level = outline ?? (style !== undefined ? levels.get(style) : undefined);
          if (level !== undefined && para.trim() !== '') {
            closeHeadingBody();
            headings.push({ level, text: para.trim(), body: '' });
          } else body.push(para);
          emit('\n');
        }
        break;
      case 'w:pPr':
        inPPr = !closing && !selfClosing;
        break;
      case 'w:pStyle':
        if (inPPr) style = attrs(tag)['w:val'];
        break;
      case 'w:outlineLvl':
        if (inPPr) {
          const v = Number(attrs(tag)['w:val']);
          outline = v < 9 ? v + 1 : undefined;
        }
        break;
      case 'w:t':
        inText = !closing && !selfClosing;
        break;
      case 'w:br':
      case 'w:cr':
        if (!inPPr) emit('\n');
        break;
      case 'w:tab':
        if (!inPPr) emit('\t');
        break;
      case 'w:noBreakHyphen':
        emit('-');
        break;
    }
  }
  closeHeadingBody();
  const result: DocxFields = { fields, headings };
  const templateTag = Object.keys(fields).find((t) => t.startsWith(TEMPLATE_TAG_PREFIX));
  if (templateTag) result.templateId = templateTag.slice(TEMPLATE_TAG_PREFIX.length);
  return result;
}

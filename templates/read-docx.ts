import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import { InputFailure, inputError } from '../core/index.ts';
import { MB, ZipArchive, isZip } from '../core/register/zip.ts';
import type { ZipLimits } from '../core/register/zip.ts';
import { TEMPLATE_PROPERTY, TEMPLATE_TAG_PREFIX } from './check.ts';
import type { DocumentHeading } from './check.ts';

/**
 * Reads a .docx back: content-control tag → text, the headings with the text under each, and the template
 * id. One reader for `standardy doc check` and the Word pane; runs in Node and in browsers. The zip's
 * limits are checked before anything is inflated and the XML is streamed through saxes (linear time:
 * unclosed `<` or a million repeated styles end in an error or a result, not a hang). Bad input throws an
 * InputFailure (core/errors.ts).
 */

export interface DocxFields {
  fields: Record<string, string>;
  headings: DocumentHeading[];
  templateId?: string;
}

/** The stated limits of a .docx (docs/errors.md): a generated document is far below them. */
export const DOCX_LIMITS: ZipLimits & { fileBytes: number } = {
  fileBytes: 64 * MB,
  entries: 2000,
  partBytes: 64 * MB,
  depth: 256,
};

const CODES = { notZip: 'docx.not-docx', corrupt: 'docx.corrupt', invalidXml: 'docx.invalid-xml' } as const;

export async function readDocxFields(input: Uint8Array | ArrayBuffer): Promise<DocxFields> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length > DOCX_LIMITS.fileBytes)
    throw new InputFailure([
      inputError('file.too-large', {
        size: Math.round((bytes.length / MB) * 10) / 10,
        limit: DOCX_LIMITS.fileBytes / MB,
      }),
    ]);
  if (!isZip(bytes)) throw new InputFailure([inputError('docx.not-docx')]);
  const zip = new ZipArchive(bytes, CODES, DOCX_LIMITS);
  if (!zip.has('word/document.xml')) throw new InputFailure([inputError('docx.no-document')]);
  const levels = zip.has('word/styles.xml') ? headingStylesOf(zip) : headingStyles('');
  const scanner = new DocumentScanner(levels);
  zip.parseXml('word/document.xml', scanner.handlers);
  const result = scanner.result();
  if (zip.has('docProps/custom.xml')) {
    const fromProperty = customPropertyOf(zip, TEMPLATE_PROPERTY);
    if (fromProperty) result.templateId = fromProperty;
  }
  return result;
}

interface Handlers {
  open: (tag: SaxesTagPlain) => void;
  close: (tag: SaxesTagPlain) => void;
  text: (text: string) => void;
}

/** Run handlers over an XML string (tests, callers holding the text); malformed XML is a docx.invalid-xml. */
function parseString(xml: string, part: string, h: Handlers): void {
  const parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  let depth = 0;
  parser.on('opentag', (tag) => {
    if (++depth > DOCX_LIMITS.depth)
      throw new InputFailure([inputError('docx.too-deep', { part, limit: DOCX_LIMITS.depth })]);
    h.open(tag);
    if (tag.isSelfClosing) depth--;
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) depth--;
    h.close(tag);
  });
  parser.on('text', h.text);
  parser.on('cdata', h.text);
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof InputFailure) throw e;
    const at = { line: parser.line, col: parser.column };
    throw new InputFailure([inputError('docx.invalid-xml', { part, ...at }, { field: part, ...at })]);
  }
}

/** Paragraph style id → heading level (0 = title, 1 = top heading), from word/styles.xml. */
function styleScanner(): { handlers: Handlers; levels: () => Map<string, number> } {
  const levels = new Map<string, number>();
  let current: { id: string; paragraph: boolean; name: string; outline?: number } | undefined;
  return {
    handlers: {
      open: (tag) => {
        if (tag.name === 'w:style')
          current = {
            id: tag.attributes['w:styleId'] ?? '',
            paragraph: tag.attributes['w:type'] === 'paragraph',
            name: '',
          };
        else if (current && tag.name === 'w:name')
          current.name = (tag.attributes['w:val'] ?? '').toLowerCase();
        else if (current && tag.name === 'w:outlineLvl') {
          const v = tag.attributes['w:val'];
          if (v !== undefined && /^\d$/.test(v)) current.outline = Number(v);
        }
      },
      close: (tag) => {
        if (tag.name !== 'w:style' || !current) return;
        const s = current;
        current = undefined;
        if (!s.paragraph || !s.id) return;
        if (s.name === 'title') levels.set(s.id, 0);
        else if (s.outline !== undefined && s.outline < 9) levels.set(s.id, s.outline + 1);
        else {
          const h = /^heading (\d)$/.exec(s.name);
          if (h) levels.set(s.id, Number(h[1]));
        }
      },
      text: () => undefined,
    },
    levels: () => {
      // Built-in ids, for files whose styles.xml omits them.
      for (let i = 1; i <= 9; i++) if (!levels.has(`Heading${i}`)) levels.set(`Heading${i}`, i);
      if (!levels.has('Title')) levels.set('Title', 0);
      return levels;
    },
  };
}

export function headingStyles(stylesXml: string): Map<string, number> {
  const s = styleScanner();
  if (stylesXml.trim() !== '') parseString(stylesXml, 'word/styles.xml', s.handlers);
  return s.levels();
}

function headingStylesOf(zip: ZipArchive): Map<string, number> {
  const s = styleScanner();
  zip.parseXml('word/styles.xml', s.handlers);
  return s.levels();
}

/** The value of a custom document property (docProps/custom.xml). */
function customPropertyOf(zip: ZipArchive, name: string): string | undefined {
  let inProperty = false;
  let depth = 0;
  let value: string | undefined;
  let found: string | undefined;
  zip.parseXml(
    'docProps/custom.xml',
    {
      open: (tag) => {
        if (tag.name === 'property') {
          inProperty = tag.attributes.name === name;
          depth = 0;
        } else if (inProperty && tag.name.startsWith('vt:')) {
          depth++;
          value = '';
        }
      },
      close: (tag) => {
        if (tag.name === 'property') {
          if (inProperty && found === undefined && value !== undefined) found = value;
          inProperty = false;
          value = undefined;
        } else if (inProperty && tag.name.startsWith('vt:')) depth--;
      },
      text: (t) => {
        if (inProperty && depth > 0 && value !== undefined) value += t;
      },
    },
    16 * MB,
  );
  return found;
}

interface Frame {
  tag?: string;
  placeholder: boolean;
  inPr: boolean;
  text: string;
}

/** Streams word/document.xml: content controls (nested, inline or block) and headings with their bodies. */
class DocumentScanner {
  private fields: Record<string, string> = {};
  private headings: DocumentHeading[] = [];
  private frames: Frame[] = [];
  private inText = false;
  private inPPr = false;
  private para = '';
  private style: string | undefined;
  private outline: number | undefined;
  private body: string[] = [];

  constructor(private levels: Map<string, number>) {}

  private emit(s: string) {
    this.para += s;
    for (const f of this.frames) if (!f.inPr) f.text += s;
  }

  private closeHeadingBody() {
    const last = this.headings[this.headings.length - 1];
    if (last) last.body = this.body.join('\n').replace(/\n+$/, '');
    this.body = [];
  }

  readonly handlers: Handlers = {
    text: (t) => {
      if (this.inText) this.emit(t);
    },
    open: (tag) => {
      const frame = this.frames[this.frames.length - 1];
      const val = () => tag.attributes['w:val'];
      switch (tag.name) {
        case 'w:sdt':
          if (!tag.isSelfClosing) this.frames.push({ placeholder: false, inPr: false, text: '' });
          break;
        case 'w:sdtPr':
          if (frame) frame.inPr = !tag.isSelfClosing;
          break;
        case 'w:tag':
          if (frame?.inPr) frame.tag = val() ?? '';
          break;
        case 'w:showingPlcHdr':
          if (frame?.inPr && val() !== 'false' && val() !== '0') frame.placeholder = true;
          break;
        case 'w:p':
          this.para = '';
          this.style = undefined;
          this.outline = undefined;
          break;
        case 'w:pPr':
          this.inPPr = !tag.isSelfClosing;
          break;
        case 'w:pStyle':
          if (this.inPPr) this.style = val();
          break;
        case 'w:outlineLvl':
          if (this.inPPr) {
            const v = Number(val());
            this.outline = v < 9 ? v + 1 : undefined;
          }
          break;
        case 'w:t':
          this.inText = !tag.isSelfClosing;
          break;
        case 'w:br':
        case 'w:cr':
          if (!this.inPPr) this.emit('\n');
          break;
        case 'w:tab':
          if (!this.inPPr) this.emit('\t');
          break;
        case 'w:noBreakHyphen':
          this.emit('-');
          break;
      }
    },
    close: (tag) => {
      switch (tag.name) {
        case 'w:sdt': {
          if (tag.isSelfClosing) break;
          const f = this.frames.pop();
          if (f?.tag !== undefined) {
            const value = f.placeholder ? '' : f.text.replace(/\n$/, '');
            const before = this.fields[f.tag];
            this.fields[f.tag] = before ? (value ? `${before}\n${value}` : before) : value;
          }
          break;
        }
        case 'w:sdtPr': {
          const frame = this.frames[this.frames.length - 1];
          if (frame) frame.inPr = false;
          break;
        }
        case 'w:p': {
          if (tag.isSelfClosing) {
            this.emit('\n');
            break;
          }
          const level = this.outline ?? (this.style !== undefined ? this.levels.get(this.style) : undefined);
          if (level !== undefined && this.para.trim() !== '') {
            this.closeHeadingBody();
            this.headings.push({ level, text: this.para.trim(), body: '' });
          } else this.body.push(this.para);
          this.emit('\n');
          break;
        }
        case 'w:pPr':
          this.inPPr = false;
          break;
        case 'w:t':
          this.inText = false;
          break;
      }
    },
  };

  result(): DocxFields {
    this.closeHeadingBody();
    const result: DocxFields = { fields: this.fields, headings: this.headings };
    const templateTag = Object.keys(this.fields).find((t) => t.startsWith(TEMPLATE_TAG_PREFIX));
    if (templateTag) result.templateId = templateTag.slice(TEMPLATE_TAG_PREFIX.length);
    return result;
  }
}

/** Scan word/document.xml given as text (tests; callers holding the XML). */
export function parseDocumentXml(xml: string, levels: Map<string, number> = headingStyles('')): DocxFields {
  const scanner = new DocumentScanner(levels);
  parseString(xml, 'word/document.xml', scanner.handlers);
  return scanner.result();
}

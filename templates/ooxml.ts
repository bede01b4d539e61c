import {
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  AlignmentType,
} from 'docx';
import type { FileChild, ParagraphChild } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import JSZip from 'jszip';
import { TEMPLATE_PROPERTY } from './check.ts';
import type { LayoutBlock, LayoutInline, LayoutParagraph, LayoutTable } from './layout.ts';
import { documentText } from './messages.ts';
import { COLOR, DOCX_STYLES, PAGE } from './style.ts';

/**
 * WordprocessingML of a layout (layout.ts), and the package around it. docx builds the package once per
 * kind of document — styles, page, headers, footers, properties — and the body is written here, straight
 * from the layout tree, in the schema's element order. (Building every paragraph as docx objects cost
 * more than the rest of the package: docs/templates.md, "Speed".)
 */

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

interface RunStyle {
  bold?: boolean;
  color?: string;
  highlight?: 'yellow';
}

function runs(text: string, style: RunStyle): string {
  // CT_RPr order: b, color, …, highlight.
  const rPr =
    style.bold || style.color || style.highlight
      ? `<w:rPr>${style.bold ? '<w:b/>' : ''}${style.color ? `<w:color w:val="${style.color}"/>` : ''}${
          style.highlight ? `<w:highlight w:val="${style.highlight}"/>` : ''
        }</w:rPr>`
      : '';
  // A newline is a break between texts (a raw \n in w:t would show as a space).
  const body = text
    .split('\n')
    .map((line) => `<w:t xml:space="preserve">${escapeText(line)}</w:t>`)
    .join('<w:br/>');
  return `<w:r>${rPr}${body}</w:r>`;
}

function sdtPr(tag: string, title: string, placeholder: boolean): string {
  // CT_SdtPr order: alias, tag, …, showingPlcHdr. No w:id: it is optional and Word numbers controls itself.
  return `<w:sdtPr><w:alias w:val="${escapeAttr(title)}"/><w:tag w:val="${escapeAttr(tag)}"/>${
    placeholder ? '<w:showingPlcHdr/>' : ''
  }</w:sdtPr>`;
}

function inline(x: LayoutInline): string {
  if (x.kind === 'text') return runs(x.text, x.bold ? { bold: true } : {});
  const empty = x.text === '';
  const style: RunStyle = { bold: x.bold === true };
  if (x.gap) style.highlight = 'yellow';
  else if (empty) style.color = '808080';
  return `<w:sdt>${sdtPr(x.tag, x.title, empty)}<w:sdtContent>${runs(empty ? x.placeholder : x.text, style)}</w:sdtContent></w:sdt>`;
}

function paragraph(p: LayoutParagraph): string {
  // CT_PPr order: pStyle, keepNext, …, ind, …, jc.
  const pPr = `<w:pPr><w:pStyle w:val="${p.style}"/>${p.keepNext ? '<w:keepNext/>' : ''}${
    p.indent ? `<w:ind w:left="${p.indent}"/>` : ''
  }${p.align ? `<w:jc w:val="${p.align === 'center' ? 'center' : p.align}"/>` : ''}</w:pPr>`;
  return `<w:p>${pPr}${p.inlines.map(inline).join('')}</w:p>`;
}

const BORDER_SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
const LINES = BORDER_SIDES.map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join(
  '',
);
const NONE = BORDER_SIDES.map((s) => `<w:${s} w:val="nil"/>`).join('');

function table(t: LayoutTable): string {
  const plain = t.role !== 'data';
  const width = t.widths.reduce((a, b) => a + b, 0);
  // CT_TblPr order: tblW, …, tblBorders, …, tblLayout, tblCellMar.
  const tblPr = `<w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:tblBorders>${plain ? NONE : LINES}</w:tblBorders><w:tblLayout w:type="fixed"/>${
    t.role === 'letterhead'
      ? '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
      : ''
  }</w:tblPr>`;
  const grid = `<w:tblGrid>${t.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const rows = t.rows
    .map((row) => {
      const trPr =
        row.cantSplit || row.header
          ? `<w:trPr>${row.cantSplit ? '<w:cantSplit/>' : ''}${row.header ? '<w:tblHeader/>' : ''}</w:trPr>`
          : '';
      const cells = row.cells
        .map((cell, c) => {
          const shd = row.header ? `<w:shd w:val="clear" w:color="auto" w:fill="${COLOR.headerFill}"/>` : '';
          const content = cell.length
            ? cell.map(paragraph).join('')
            : '<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>';
          return `<w:tc><w:tcPr><w:tcW w:w="${t.widths[c]}" w:type="dxa"/>${shd}</w:tcPr>${content}</w:tc>`;
        })
        .join('');
      return `<w:tr>${trPr}${cells}</w:tr>`;
    })
    .join('');
  return `<w:tbl>${tblPr}${grid}${rows}</w:tbl>`;
}

/** The WordprocessingML of layout blocks (the children of w:body or of a block content control). */
export function blocksXml(blocks: readonly LayoutBlock[]): string {
  let out = '';
  for (const b of blocks) {
    if (b.kind === 'paragraph') out += paragraph(b);
    else if (b.kind === 'table') out += table(b);
    else
      out += `<w:sdt>${sdtPr(b.tag, b.title, false)}<w:sdtContent>${blocksXml(b.children)}</w:sdtContent></w:sdt>`;
  }
  return out;
}

/** What a document around its body needs: name, page, running header, draft mark. */
export interface DocxShell {
  name: string;
  /** Recorded in the custom property the check reads (templates only). */
  templateId?: string;
  description?: string;
  landscape: boolean;
  draft: boolean;
  /** Text of the running header of pages 2 and on (page 1 has the letterhead in the body). */
  runningHeader: string;
  /** Footer line above the page number. */
  footerNote: string;
}

/** A piece of the body: layout blocks, or docx objects the package must know of (a chart with its part). */
export type BodySegment = { layout: readonly LayoutBlock[] } | { native: FileChild[] };

const MARK = 'STANDARDY-MARK-';
const HEADER_MARK = `${MARK}HEADER`;

function shellDocument(shell: DocxShell, body: FileChild[]): Document {
  const draftMark: ParagraphChild[] = shell.draft
    ? [
        new TextRun({ text: documentText.t('pl', 'draft'), bold: true, color: COLOR.gap }),
        new TextWatermark({ text: documentText.t('pl', 'draft'), color: 'C0C0C0', opacity: 0.45 }),
      ]
    : [];
  const footer = new Footer({
    children: [
      new Paragraph({ style: 'PageFooter', children: [new TextRun(shell.footerNote)] }),
      new Paragraph({
        style: 'PageFooter',
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            children: [
              `${documentText.t('pl', 'page')} `,
              PageNumber.CURRENT,
              ` ${documentText.t('pl', 'of')} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
  return new Document({
    title: shell.name,
    creator: 'standardy',
    description: shell.description ?? shell.templateId ?? shell.name,
    ...(shell.templateId ? { customProperties: [{ name: TEMPLATE_PROPERTY, value: shell.templateId }] } : {}),
    styles: DOCX_STYLES,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // docx swaps width and height itself for a landscape page.
            size: shell.landscape
              ? { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE }
              : { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ style: 'PageHeader', children: draftMark })] }),
          default: new Header({
            children: [
              new Paragraph({
                style: 'PageHeader',
                children: [
                  new TextRun(HEADER_MARK),
                  ...(shell.draft ? [new TextRun({ text: ' · ' }), ...draftMark] : []),
                ],
              }),
            ],
          }),
        },
        footers: { first: footer, default: footer },
        children: body,
      },
    ],
  });
}

/** The package's files by path; XML parts as text. */
type Files = Map<string, string | Uint8Array>;

async function unpack(bytes: ArrayBuffer): Promise<Files> {
  const zip = await JSZip.loadAsync(bytes);
  const files: Files = new Map();
  for (const [path, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    files.set(
      path,
      /\.(xml|rels)$/.test(path) ? await entry.async('string') : await entry.async('uint8array'),
    );
  }
  return files;
}

/** Packages of documents without native pieces, by shell: built once, then only the body changes. */
const shells = new Map<string, Promise<Files>>();
const SHELLS_KEPT = 64;

function replaceMarkParagraph(xml: string, mark: string, content: string): string {
  const at = xml.indexOf(mark);
  if (at < 0) throw new Error(`ooxml: ${mark} not found`);
  const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  return xml.slice(0, start) + content + xml.slice(end);
}

/**
 * A .docx of a body: layout segments written here, native segments (charts) built by docx. The package of a
 * body without native segments is cached by its shell, so a run of documents of one kind builds it once.
 */
export async function packDocx(shell: DocxShell, segments: readonly BodySegment[]): Promise<Uint8Array> {
  const native = segments.some((s) => 'native' in s);
  const children = segments.flatMap((s, i) =>
    'native' in s ? s.native : [new Paragraph({ children: [new TextRun(`${MARK}${i}`)] })],
  );
  const build = async () =>
    unpack(await Packer.toArrayBuffer(shellDocument({ ...shell, runningHeader: HEADER_MARK }, children)));
  let files: Files;
  if (native) files = await build();
  else {
    const key = JSON.stringify({ ...shell, runningHeader: '', segments: segments.length });
    let cached = shells.get(key);
    if (!cached) {
      if (shells.size >= SHELLS_KEPT) shells.delete(shells.keys().next().value!);
      shells.set(key, (cached = build()));
    }
    files = new Map(await cached);
  }
  let doc = files.get('word/document.xml') as string;
  segments.forEach((s, i) => {
    if ('layout' in s) doc = replaceMarkParagraph(doc, `${MARK}${i}<`, blocksXml(s.layout));
  });
  files.set('word/document.xml', doc);
  for (const [path, data] of files)
    if (path.startsWith('word/header') && typeof data === 'string' && data.includes(HEADER_MARK))
      files.set(path, data.replace(HEADER_MARK, escapeText(shell.runningHeader)));
  const zip = new JSZip();
  for (const [path, data] of files) zip.file(path, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

import {
  AlignmentType,
  BorderStyle,
  BuilderElement,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FileChild, ParagraphChild } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { InputError } from '../core/index.ts';
import { TEMPLATE_PROPERTY } from './check.ts';
import { getTemplate } from './definitions/index.ts';
import { layoutDocument } from './layout.ts';
import type { DocumentLayout, LayoutBlock, LayoutInline, LayoutParagraph, LayoutTable } from './layout.ts';
import { documentText } from './messages.ts';
import type { TemplateData, TemplateDefinition } from './model.ts';
import { COLOR, DOCX_STYLES, PAGE } from './style.ts';
import { validateTemplateData } from './validate.ts';

/**
 * The .docx renderer (docx 9): it writes the document's layout (layout.ts) as WordprocessingML — A4, the
 * house style (style.ts), page numbers, a running header from page 2 and a data-protection footer. Every
 * section, list and field is a content control (w:sdt) whose tag is its id and whose title is its Polish
 * label (STYLE.md "Documents"). Browser-safe: no node: imports; bytes come from Packer.toArrayBuffer.
 */

export interface RenderOptions {
  /** Missing required fields allowed: a „PROJEKT” watermark and the gaps marked. */
  draft?: boolean;
  /** From the institution's policy: the letterhead's name when the data has none. */
  institutionName?: string;
}

/** Invalid data: the errors, per field, and no document. */
export class TemplateDataError extends Error {
  constructor(
    readonly templateId: string,
    readonly errors: InputError[],
  ) {
    super(`${templateId}: ${errors.length} error(s)`);
  }
}

export async function renderDocx(
  id: string,
  data: unknown,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const parsed = validateTemplateData(id, data, { draft: options.draft });
  if (!parsed.ok) throw new TemplateDataError(id, parsed.errors);
  const doc = buildDocument(getTemplate(id)!, parsed.value, options);
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** The docx Document of validated data (exported for tests and the benchmark). */
export function buildDocument(
  def: TemplateDefinition,
  data: TemplateData,
  options: RenderOptions = {},
): Document {
  return layoutToDocx(layoutDocument(def, data, options));
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const CELL_NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };

/** Runs of a text; a newline becomes a break (a raw `\n` in w:t would show as a space). */
function textRuns(
  text: string,
  style: { bold?: boolean; highlight?: 'yellow'; color?: string } = {},
): TextRun[] {
  if (!text.includes('\n')) return [new TextRun({ text, ...style })];
  return text
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}

function attr(name: string, value: string): BuilderElement<{ val: string }> {
  return new BuilderElement<{ val: string }>({ name, attributes: { val: { key: 'w:val', value } } });
}

/** Turns layout blocks into docx objects; content-control ids are numbered per document. */
export class DocxWriter {
  private nextId = 1;

  private sdtPr(tag: string, alias: string, placeholder: boolean): BuilderElement {
    const children = [attr('w:alias', alias), attr('w:tag', tag), attr('w:id', String(this.nextId++))];
    if (placeholder) children.push(new BuilderElement({ name: 'w:showingPlcHdr' }));
    return new BuilderElement({ name: 'w:sdtPr', children });
  }

  inline(x: LayoutInline): ParagraphChild[] {
    if (x.kind === 'text') return textRuns(x.text, x.bold ? { bold: true } : {});
    const empty = x.text === '';
    const runs = empty
      ? textRuns(
          x.placeholder,
          x.gap ? { highlight: 'yellow', bold: x.bold } : { color: '808080', bold: x.bold },
        )
      : textRuns(x.text, x.gap ? { highlight: 'yellow', bold: x.bold } : x.bold ? { bold: true } : {});
    return [
      new BuilderElement({
        name: 'w:sdt',
        children: [
          this.sdtPr(x.tag, x.title, empty),
          new BuilderElement({ name: 'w:sdtContent', children: runs }),
        ],
      }) as unknown as ParagraphChild,
    ];
  }

  paragraph(p: LayoutParagraph, extra: ParagraphChild[] = []): Paragraph {
    return new Paragraph({
      style: p.style,
      ...(p.align ? { alignment: ALIGN[p.align] } : {}),
      ...(p.keepNext ? { keepNext: true } : {}),
      ...(p.indent ? { indent: { left: p.indent } } : {}),
      children: [...p.inlines.flatMap((x) => this.inline(x)), ...extra],
    });
  }

  table(t: LayoutTable): Table {
    const plain = t.role !== 'data';
    return new Table({
      width: { size: t.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: t.widths,
      layout: TableLayoutType.FIXED,
      ...(plain ? { borders: NO_BORDERS } : {}),
      rows: t.rows.map(
        (row) =>
          new TableRow({
            ...(row.header ? { tableHeader: true } : {}),
            ...(row.cantSplit ? { cantSplit: true } : {}),
            children: row.cells.map(
              (cell, c) =>
                new TableCell({
                  width: { size: t.widths[c]!, type: WidthType.DXA },
                  ...(plain ? { borders: CELL_NO_BORDERS } : {}),
                  ...(t.role === 'letterhead' ? { margins: { left: 0, right: 0 } } : {}),
                  ...(row.header
                    ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOR.headerFill } }
                    : {}),
                  children: cell.length
                    ? cell.map((p) => this.paragraph(p))
                    : [new Paragraph({ style: 'TableText' })],
                }),
            ),
          }),
      ),
    });
  }

  block(b: LayoutBlock): FileChild {
    if (b.kind === 'paragraph') return this.paragraph(b);
    if (b.kind === 'table') return this.table(b);
    return new BuilderElement({
      name: 'w:sdt',
      children: [
        this.sdtPr(b.tag, b.title, false),
        new BuilderElement({ name: 'w:sdtContent', children: b.children.map((x) => this.block(x)) }),
      ],
    }) as unknown as FileChild;
  }
}

/** What a document around its body needs: name, page, running header, draft mark. */
export interface DocxShell {
  name: string;
  /** Recorded in the custom property the check reads (templates only). */
  templateId?: string;
  description?: string;
  landscape: boolean;
  draft: boolean;
  runningHeader: string;
  /** Footer line above the page number. */
  footerNote: string;
}

/** Writes one layout as a docx Document. */
export function layoutToDocx(layout: DocumentLayout): Document {
  const writer = new DocxWriter();
  return docxDocument(
    {
      name: layout.name,
      templateId: layout.templateId,
      landscape: layout.landscape,
      draft: layout.draft,
      runningHeader: layout.runningHeader,
      footerNote: documentText.t('pl', 'dataProtection'),
    },
    layout.body.map((b) => writer.block(b)),
  );
}

/** The house-style document: A4, styles, first-page header empty (the letterhead is in the body), running header, footer with page numbers. */
export function docxDocument(shell: DocxShell, body: FileChild[]): Document {
  const draftMark: ParagraphChild[] = shell.draft
    ? [
        new TextRun({ text: documentText.t('pl', 'draft'), bold: true, color: COLOR.gap }),
        new TextWatermark({ text: documentText.t('pl', 'draft'), color: 'C0C0C0', opacity: 0.45 }),
      ]
    : [];
  const footer = () =>
    new Footer({
      children: [
        new Paragraph({
          style: 'PageFooter',
          children: [new TextRun(shell.footerNote)],
        }),
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
  const landscape = shell.landscape;
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
            size: landscape
              ? { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE }
              : { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        headers: {
          // The first page has the letterhead; later pages a one-line running header.
          first: new Header({ children: [new Paragraph({ style: 'PageHeader', children: draftMark })] }),
          default: new Header({
            children: [
              new Paragraph({
                style: 'PageHeader',
                children: [
                  new TextRun(shell.runningHeader),
                  ...(shell.draft ? [new TextRun({ text: ' · ' }), ...draftMark] : []),
                ],
              }),
            ],
          }),
        },
        footers: { first: footer(), default: footer() },
        children: body,
      },
    ],
  });
}

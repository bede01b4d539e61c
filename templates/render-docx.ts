import {
  AlignmentType,
  BorderStyle,
  BuilderElement,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FileChild, ParagraphChild } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { InputError } from '../core/index.ts';
import { SECTION_TAG_PREFIX, TEMPLATE_PROPERTY, TEMPLATE_TAG_PREFIX } from './check.ts';
import { getTemplate } from './definitions/index.ts';
import { dataText, formatValue, itemName, itemNumber, visible } from './fields.ts';
import { documentText } from './messages.ts';
import type { Block, Field, ListField, SignatureBlock, TemplateData, TemplateDefinition } from './model.ts';
import { validateTemplateData } from './validate.ts';

/**
 * The .docx renderer (docx 9): A4, Polish dates and quotes, headings with outline levels, page numbers,
 * the institution in the header and a data-protection footer. Every section and field sits in a content
 * control (w:sdt) whose tag is its id and whose title is its Polish label (STYLE.md "Documents").
 * Browser-safe: no node: imports; bytes come from Packer.toArrayBuffer.
 */

export interface RenderOptions {
  /** Missing required fields allowed: a „PROJEKT” watermark and the gaps marked. */
  draft?: boolean;
  /** From the institution's policy; shown in the header. */
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

const FONT = 'Calibri';
const PAGE = { width: 11906, height: 16838, margin: 1134 }; // A4 in twips; 2 cm margins
const HIGHLIGHT_GAP = 'yellow' as const;

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
  const r = new Renderer(def, data, options.draft === true);
  const body: FileChild[] = [
    r.block(`${TEMPLATE_TAG_PREFIX}${def.id}`, def.name.pl, [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(def.name.pl)] }),
    ]),
  ];
  if (def.subtitle) body.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(def.subtitle.pl)] }));
  const cond = dataText(def, data);
  for (const section of def.sections) {
    if (!visible(def, section, cond)) continue;
    const children: FileChild[] = [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title.pl)] }),
    ];
    if (section.help) children.push(note(section.help.pl));
    for (const b of section.blocks) children.push(...r.render(b, data, ''));
    body.push(r.block(`${SECTION_TAG_PREFIX}${section.id}`, section.title.pl, children));
  }
  const landscape = def.landscape === true;
  const headerChildren: ParagraphChild[] = [
    new TextRun(options.institutionName ? `${options.institutionName} · ${def.name.pl}` : def.name.pl),
  ];
  if (options.draft) {
    headerChildren.push(new TextRun({ text: ` · ${documentText.draft.pl}`, bold: true, color: 'C00000' }));
    headerChildren.push(new TextWatermark({ text: documentText.draft.pl, color: 'C0C0C0', opacity: 0.45 }));
  }
  const caseId =
    typeof data.caseId === 'string' && data.caseId ? `${documentText.caseLabel.pl}: ${data.caseId} · ` : '';
  return new Document({
    title: def.name.pl,
    creator: 'standardy',
    description: def.id,
    customProperties: [{ name: TEMPLATE_PROPERTY, value: def.id }],
    styles: STYLES,
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for a landscape page.
            size: landscape
              ? { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE }
              : { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ style: 'PageHeader', children: headerChildren })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ style: 'PageFooter', children: [new TextRun(documentText.dataProtection.pl)] }),
              new Paragraph({
                style: 'PageFooter',
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: [
                      `${caseId}${documentText.page.pl} `,
                      PageNumber.CURRENT,
                      ` ${documentText.of.pl} `,
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
}

const LABEL_COLOR = '404040';

const STYLES = {
  default: {
    document: {
      run: { font: FONT, size: 22, language: { value: 'pl-PL' } },
      paragraph: { spacing: { after: 60, line: 264 } },
    },
    // docx 9 heading styles carry no outline level: set it, or Word's navigation pane stays empty.
    title: {
      run: { font: FONT, size: 36, bold: true, color: '1F3864' },
      paragraph: { outlineLevel: 0, spacing: { after: 60 } },
    },
    heading1: {
      run: { font: FONT, size: 28, bold: true, color: '1F3864' },
      paragraph: { outlineLevel: 0, spacing: { before: 280, after: 100 }, keepNext: true },
    },
    heading2: {
      run: { font: FONT, size: 24, bold: true, color: '2F5496' },
      paragraph: { outlineLevel: 1, spacing: { before: 200, after: 80 }, keepNext: true },
    },
  },
  paragraphStyles: [
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      run: { italics: true, size: 18, color: '595959' },
      paragraph: { spacing: { after: 200 } },
    },
    {
      id: 'FieldLabel',
      name: 'Field Label',
      basedOn: 'Normal',
      run: { bold: true, size: 20, color: LABEL_COLOR },
      paragraph: { spacing: { before: 120, after: 20 }, keepNext: true },
    },
    {
      id: 'FieldValue',
      name: 'Field Value',
      basedOn: 'Normal',
      paragraph: { spacing: { after: 80 } },
    },
    {
      id: 'Note',
      name: 'Note',
      basedOn: 'Normal',
      run: { italics: true, size: 20, color: '404040' },
    },
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: 19 },
      paragraph: { spacing: { after: 0 } },
    },
    { id: 'PageHeader', name: 'Page Header', basedOn: 'Normal', run: { size: 16, color: '595959' } },
    { id: 'PageFooter', name: 'Page Footer', basedOn: 'Normal', run: { size: 14, color: '595959' } },
  ],
};

function note(text: string): Paragraph {
  return new Paragraph({ style: 'Note', children: [new TextRun(text)] });
}

/** Runs of a text; a newline becomes a break (a raw `\n` in w:t would show as a space). */
function textRuns(text: string, style: { highlight?: 'yellow'; color?: string } = {}): TextRun[] {
  return text
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}

function attr(name: string, value: string): BuilderElement<{ val: string }> {
  return new BuilderElement<{ val: string }>({ name, attributes: { val: { key: 'w:val', value } } });
}

class Renderer {
  private nextId = 1;
  private readonly cond: (tag: string) => string | undefined;

  constructor(
    private readonly def: TemplateDefinition,
    private readonly data: TemplateData,
    private readonly draft: boolean,
  ) {
    this.cond = dataText(def, data);
  }

  private sdtPr(tag: string, alias: string, placeholder: boolean): BuilderElement {
    const children = [attr('w:alias', alias), attr('w:tag', tag), attr('w:id', String(this.nextId++))];
    if (placeholder) children.push(new BuilderElement({ name: 'w:showingPlcHdr' }));
    return new BuilderElement({ name: 'w:sdtPr', children });
  }

  /** A block-level content control around paragraphs and tables. */
  block(tag: string, alias: string, children: FileChild[]): FileChild {
    return new BuilderElement({
      name: 'w:sdt',
      children: [this.sdtPr(tag, alias, false), new BuilderElement({ name: 'w:sdtContent', children })],
    }) as unknown as FileChild;
  }

  /** An inline content control holding a field's text; an empty field shows a placeholder. */
  inline(tag: string, alias: string, text: string, gap: boolean): ParagraphChild {
    const empty = text === '';
    const runs = empty
      ? gap
        ? textRuns(`[${documentText.fillIn.pl}: ${alias}]`, { highlight: HIGHLIGHT_GAP })
        : textRuns(documentText.blank.pl, { color: '808080' })
      : textRuns(text);
    return new BuilderElement({
      name: 'w:sdt',
      children: [this.sdtPr(tag, alias, empty), new BuilderElement({ name: 'w:sdtContent', children: runs })],
    }) as unknown as ParagraphChild;
  }

  private gap(field: Field, text: string): boolean {
    return (
      this.draft &&
      field.required === true &&
      (text === '' || (field.kind === 'choice' && !text.includes('☒')))
    );
  }

  render(b: Block, values: Record<string, unknown>, prefix: string): FileChild[] {
    if (b.kind === 'note') return [note(b.text.pl)];
    if (b.kind === 'signatures') return [this.signatures(b)];
    if (!visible(this.def, b, this.cond)) return [];
    const tag = prefix ? `${prefix}.${b.id}` : b.id;
    if (b.kind === 'list') return this.list(b, values[b.id], tag);
    const text = formatValue(b, values[b.id]);
    const control = this.inline(tag, b.label.pl, text, this.gap(b, text));
    if (b.kind === 'boolean') return [new Paragraph({ style: 'FieldValue', children: [control] })];
    return [
      new Paragraph({ style: 'FieldLabel', children: [new TextRun(b.label.pl)] }),
      new Paragraph({ style: 'FieldValue', children: [control] }),
    ];
  }

  private list(field: ListField, value: unknown, tag: string): FileChild[] {
    const items = Array.isArray(value) && value.length ? (value as Record<string, unknown>[]) : [{}];
    const missing = this.draft && field.required === true && !(Array.isArray(value) && value.length);
    const label = new Paragraph({ style: 'FieldLabel', children: [new TextRun(field.label.pl)] });
    if (field.layout === 'table')
      return [label, this.block(tag, field.label.pl, [this.table(field, items, tag, missing)])];
    const blocks = items.map((item, i) => {
      const itemTag = `${tag}[${i}]`;
      const name = itemName(field, i, 'pl');
      const children: FileChild[] = [
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(name)] }),
      ];
      for (const f of field.item) children.push(...this.render(f, item, itemTag));
      return this.block(itemTag, name, children);
    });
    if (missing)
      blocks.unshift(
        new Paragraph({
          children: textRuns(`[${documentText.fillIn.pl}: ${field.label.pl}]`, { highlight: HIGHLIGHT_GAP }),
        }),
      );
    return [label, this.block(tag, field.label.pl, blocks)];
  }

  private table(field: ListField, items: Record<string, unknown>[], tag: string, missing: boolean): Table {
    const total = (this.def.landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
    const weight = (f: Field) =>
      f.kind === 'long-text' ? 4 : f.kind === 'date' ? 1.5 : f.kind === 'text' ? 2.2 : 2;
    const numberWidth = 480;
    const weights = field.item.map(weight);
    const sum = weights.reduce((a, b) => a + b, 0);
    const widths = [numberWidth, ...weights.map((w) => Math.floor(((total - numberWidth) * w) / sum))];
    const cell = (children: Paragraph[], width: number, header = false) =>
      new TableCell({
        width: { size: width, type: WidthType.DXA },
        shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
        children,
      });
    const header = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        cell(
          [new Paragraph({ style: 'TableText', children: [new TextRun({ text: 'Lp.', bold: true })] })],
          widths[0]!,
          true,
        ),
        ...field.item.map((f, c) =>
          cell(
            [
              new Paragraph({
                style: 'TableText',
                children: [new TextRun({ text: f.label.pl, bold: true })],
              }),
            ],
            widths[c + 1]!,
            true,
          ),
        ),
      ],
    });
    const rows = items.map(
      (item, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(
              [new Paragraph({ style: 'TableText', children: [new TextRun(itemNumber(field, i))] })],
              widths[0]!,
            ),
            ...field.item.map((f, c) => {
              const text = f.kind === 'list' ? '' : formatValue(f, item[f.id]);
              const gap =
                (missing && c === 0) || (!missing && Object.keys(item).length > 0 && this.gap(f, text));
              return cell(
                [
                  new Paragraph({
                    style: 'TableText',
                    children: [this.inline(`${tag}[${i}].${f.id}`, f.label.pl, text, gap)],
                  }),
                ],
                widths[c + 1]!,
              );
            }),
          ],
        }),
    );
    return new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      rows: [header, ...rows],
    });
  }

  private signatures(b: SignatureBlock): Table {
    const total = (this.def.landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
    const width = Math.floor(total / b.signers.length);
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const borders = { top: none, bottom: none, left: none, right: none };
    return new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: b.signers.map(() => width),
      borders: { ...borders, insideHorizontal: none, insideVertical: none },
      rows: [
        new TableRow({
          cantSplit: true,
          children: b.signers.map((s) => {
            const name =
              s.nameField && typeof this.data[s.nameField] === 'string'
                ? (this.data[s.nameField] as string)
                : '';
            return new TableCell({
              width: { size: width, type: WidthType.DXA },
              borders,
              children: [
                new Paragraph({ spacing: { before: 600 }, children: [new TextRun('………………………………')] }),
                new Paragraph({
                  style: 'TableText',
                  children: [new TextRun({ text: s.label.pl, bold: true })],
                }),
                ...(name ? [new Paragraph({ style: 'TableText', children: textRuns(name) })] : []),
                new Paragraph({ style: 'Note', children: [new TextRun(documentText.signature.pl)] }),
              ],
            });
          }),
        }),
      ],
    });
  }
}

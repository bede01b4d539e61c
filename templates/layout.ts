import { SECTION_TAG_PREFIX, TEMPLATE_TAG_PREFIX } from './check.ts';
import { dataText, formatValue, isField, itemNumber, MARK_ON, topField, visible } from './fields.ts';
import { documentText } from './messages.ts';
import type {
  Block,
  DetailsBlock,
  Field,
  LineBlock,
  ListField,
  Section,
  SignatureBlock,
  TemplateData,
  TemplateDefinition,
  TemplateId,
} from './model.ts';
import { columnWidths, textWidth } from './style.ts';
import type { StyleId } from './style.ts';

/**
 * The one layout of a document: a pure tree of paragraphs (text and field controls), block content
 * controls and tables, built from a template's definition and data. The .docx renderer (render-docx.ts)
 * and the Word add-in (office-addin/pane/src/word.ts) both emit this tree, so a document drafted in Word
 * and one downloaded as .docx carry the same tags, texts and order.
 *
 * The first page follows Polish administrative letters: the centre's letterhead on the left, „Miejscowość,
 * dnia …” on the right, references, the addressee, the title and the parties clause; sections are
 * numbered consecutively (again in each part), a section's items „N.k.” when it has several; signature
 * blocks are kept with the text before them, so no page holds only signatures.
 */

/** A piece of a paragraph: plain text, or a field's inline content control (tag = data path). */
export type LayoutInline =
  | { kind: 'text'; text: string; bold?: boolean }
  | {
      kind: 'field';
      tag: string;
      /** The control's title (w:alias): the field's Polish label. */
      title: string;
      /** The field's text ('' when empty); lines are separated by `\n`. */
      text: string;
      /** What an empty control shows: the gap marker in a draft, else a dotted line. */
      placeholder: string;
      /** A required field missing in a draft: highlighted. */
      gap: boolean;
      bold?: boolean;
    };
export type LayoutField = Extract<LayoutInline, { kind: 'field' }>;

export interface LayoutParagraph {
  kind: 'paragraph';
  style: StyleId;
  align?: 'left' | 'center' | 'right';
  /** Left indent in twips (the addressee block). */
  indent?: number;
  keepNext?: boolean;
  inlines: LayoutInline[];
}

/** A block-level content control around paragraphs and tables (sections, lists, the title). */
export interface LayoutControl {
  kind: 'control';
  tag: string;
  title: string;
  children: LayoutBlock[];
}

export interface LayoutRow {
  cells: LayoutParagraph[][];
  /** A header row: repeated on each page, shaded. */
  header?: boolean;
  cantSplit: boolean;
}

export interface LayoutTable {
  kind: 'table';
  /** What the table is: data rows, the letterhead, or signature lines (both without borders). */
  role: 'data' | 'letterhead' | 'signatures';
  /** Column widths in twips, summing to the text width. */
  widths: number[];
  rows: LayoutRow[];
}

export type LayoutBlock = LayoutParagraph | LayoutControl | LayoutTable;

export interface DocumentLayout {
  templateId: TemplateId;
  /** The document's name (document properties, running header). */
  name: string;
  landscape: boolean;
  draft: boolean;
  /** Text of the running header of pages 2 and on. */
  runningHeader: string;
  body: LayoutBlock[];
}

export interface LayoutOptions {
  /** Missing required fields allowed: the gaps are marked. */
  draft?: boolean;
  /** The centre's name for the letterhead when the data has none (from the institution's policy). */
  institutionName?: string;
}

const SLOT = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * A field shown twice (the agreement's date in the dateline and the clause, a name in the text and under
 * its signature line) has one control with its own tag; the others carry this suffix. Readers and the
 * check look only at the field's own tag; the Word add-in rewrites both when the field changes.
 */
export const COPY_SUFFIX = '#kopia';

/** The field ids a frame text places: `{place}, dnia {drawnUpOn}` → place, drawnUpOn. */
export function slotIds(text: string): string[] {
  return [...text.matchAll(SLOT)].map((m) => m[1]!);
}

/** Every field a definition's frame places on the first page (not repeated in its section). */
export function framedFields(def: TemplateDefinition): Set<string> {
  const f = def.frame;
  const texts = [f.dateline, ...(f.references ?? []), ...(f.addressee ?? []), f.title, f.subtitle, f.clause];
  const ids = new Set(['centreName', 'centreAddress']);
  for (const t of texts) if (t) for (const id of slotIds(t.pl)) ids.add(id);
  return ids;
}

const para = (
  style: StyleId,
  inlines: LayoutInline[],
  extra: Partial<Omit<LayoutParagraph, 'kind' | 'style' | 'inlines'>> = {},
): LayoutParagraph => ({ kind: 'paragraph', style, inlines, ...extra });
const text = (t: string, bold?: boolean): LayoutInline =>
  bold ? { kind: 'text', text: t, bold } : { kind: 'text', text: t };
const withColon = (label: string) => (/[?:]$/.test(label) ? label : `${label}:`);

export function layoutDocument(
  def: TemplateDefinition,
  data: TemplateData,
  options: LayoutOptions = {},
): DocumentLayout {
  const withCentre =
    options.institutionName && !data.centreName && topField(def, 'centreName')
      ? { ...data, centreName: options.institutionName }
      : data;
  const b = new LayoutBuilder(def, withCentre, options.draft === true);
  const body = [...b.frame(), ...b.sections()];
  keepSignaturesWithText(body);
  const caseId = typeof data.caseId === 'string' && data.caseId ? data.caseId : '';
  return {
    templateId: def.id,
    name: def.name.pl,
    landscape: def.landscape === true,
    draft: options.draft === true,
    runningHeader: caseId ? `${def.name.pl} · ${documentText.t('pl', 'caseLabel')}: ${caseId}` : def.name.pl,
    body,
  };
}

/** One numbered item of a section: renders itself with its number prefix („2.3. ”) or none. */
interface Item {
  numbered: boolean;
  render(prefix: string): LayoutBlock[];
}

class LayoutBuilder {
  private readonly cond: (tag: string) => string | undefined;
  private readonly framed: Set<string>;
  /** Lists whose items' own lists a `details` block shows (not repeated after their table). */
  private readonly detailed: Set<string>;
  private readonly width: number;
  private readonly base: number;
  private readonly shown = new Set<string>();

  constructor(
    private readonly def: TemplateDefinition,
    private readonly data: TemplateData,
    private readonly draft: boolean,
  ) {
    this.cond = dataText(def, data);
    this.framed = framedFields(def);
    this.detailed = new Set(
      def.sections.flatMap((s) => s.blocks.filter((x) => x.kind === 'details').map((x) => x.list)),
    );
    this.width = textWidth(def.landscape === true);
    this.base = def.parts?.length ? 2 : 1;
  }

  /** A field's inline control. */
  field(field: Field, tag: string, value: unknown): LayoutField {
    const t = formatValue(field, value);
    const unticked = (field.kind === 'choice' || field.kind === 'checklist') && !t.includes(MARK_ON);
    const gap = this.draft && field.required === true && (t === '' || unticked);
    const placeholder = gap
      ? `[${documentText.t('pl', 'fillIn')}: ${field.label.pl}]`
      : field.id === 'centreName'
        ? documentText.t('pl', 'stamp')
        : documentText.t('pl', 'blank');
    const copy = this.shown.has(tag);
    this.shown.add(tag);
    return {
      kind: 'field',
      tag: copy ? `${tag}${COPY_SUFFIX}` : tag,
      title: field.label.pl,
      text: t,
      placeholder,
      gap,
    };
  }

  /** A text with `{fieldId}` slots, as inlines: plain text and the fields' controls. */
  slots(template: string, fields: readonly Field[] = []): LayoutInline[] {
    const out: LayoutInline[] = [];
    let at = 0;
    for (const m of template.matchAll(SLOT)) {
      if (m.index > at) out.push(text(template.slice(at, m.index)));
      const id = m[1]!;
      const f = fields.find((x) => x.id === id) ?? topField(this.def, id);
      if (!f) throw new Error(`${this.def.id}: no field {${id}}`);
      out.push(this.field(f, id, this.data[id]));
      at = m.index + m[0].length;
    }
    if (at < template.length) out.push(text(template.slice(at)));
    return out;
  }

  frame(): LayoutBlock[] {
    const f = this.def.frame;
    const centre = (id: string, bold: boolean) => {
      const field = topField(this.def, id);
      if (!field) return [];
      const inline = this.field(field, id, this.data[id]);
      return [para('Letterhead', [bold ? { ...inline, bold } : inline])];
    };
    const letterhead: LayoutTable = {
      kind: 'table',
      role: 'letterhead',
      widths: [Math.round(this.width * 0.55), this.width - Math.round(this.width * 0.55)],
      rows: [
        {
          cantSplit: true,
          cells: [
            [...centre('centreName', true), ...centre('centreAddress', false)],
            [para('Letterhead', this.slots(f.dateline.pl), { align: 'right' })],
          ],
        },
      ],
    };
    const out: LayoutBlock[] = [letterhead];
    for (const r of f.references ?? []) out.push(para('Letterhead', this.slots(r.pl)));
    if (f.addressee?.length) {
      const indent = Math.round(this.width * 0.55);
      f.addressee.forEach((a, i) =>
        out.push(
          para(
            'Letterhead',
            this.slots(a.pl).map((x) => (i === 0 ? { ...x, bold: true } : x)),
            {
              indent,
            },
          ),
        ),
      );
    }
    const title = (f.title ?? this.def.name).pl;
    out.push({
      kind: 'control',
      tag: `${TEMPLATE_TAG_PREFIX}${this.def.id}`,
      title: this.def.name.pl,
      children: [para('Title', [text(title)], { keepNext: true })],
    });
    if (f.subtitle) out.push(para('Subtitle', this.slots(f.subtitle.pl), { keepNext: true }));
    if (f.clause) out.push(para('Clause', this.slots(f.clause.pl)));
    return out;
  }

  sections(): LayoutBlock[] {
    const out: LayoutBlock[] = [];
    let part: string | undefined;
    let n = 0;
    for (const section of this.def.sections) {
      if (!visible(this.def, section, this.cond)) continue;
      if (this.def.parts?.length && section.part && section.part !== part) {
        part = section.part;
        n = 0;
        const p = this.def.parts.find((x) => x.id === part)!;
        const suffix = p.suffixField ? this.data[p.suffixField] : undefined;
        out.push(
          para('Heading1', [text(`${p.title.pl}${typeof suffix === 'string' ? ` ${suffix}` : ''}`)], {
            align: 'center',
          }),
        );
      }
      const items = this.items(section);
      if (items.length === 0) continue;
      const mode = section.heading ?? 'numbered';
      const children: LayoutBlock[] = [];
      if (mode !== 'none') {
        const title = mode === 'numbered' ? `${++n}. ${section.title.pl}` : section.title.pl;
        children.push(para(`Heading${this.base}` as StyleId, [text(title)]));
      }
      const numbered = items.filter((i) => i.numbered).length;
      let k = 0;
      for (const item of items)
        children.push(
          ...item.render(item.numbered && mode === 'numbered' && numbered > 1 ? `${n}.${++k}. ` : ''),
        );
      out.push({
        kind: 'control',
        tag: `${SECTION_TAG_PREFIX}${section.id}`,
        title: section.title.pl,
        children,
      });
    }
    return out;
  }

  private items(section: Section): Item[] {
    // Fields a signature block of this section prints are not repeated as lines of the section.
    const signed = new Set(
      section.blocks.flatMap((x) =>
        x.kind === 'signatures'
          ? x.signers.flatMap((s) => [s.nameField, s.positionField].filter((id) => id !== undefined))
          : [],
      ),
    );
    const out: Item[] = [];
    for (const block of section.blocks) out.push(...this.blockItems(block, signed));
    // A section that is one list: its heading names the table, the list's own label would repeat it.
    const only = section.blocks.length === 1 ? section.blocks[0]! : undefined;
    if (only?.kind === 'list' && out.length === 1 && section.title.pl.startsWith(only.label.pl))
      return [{ numbered: true, render: () => this.list(only, this.data[only.id], only.id, '') }];
    return out;
  }

  private blockItems(block: Block, signed: Set<string>): Item[] {
    if (block.kind === 'note')
      return [{ numbered: false, render: () => [para('Note', [text(block.text.pl)])] }];
    if (block.kind === 'signatures') return [{ numbered: false, render: () => this.signatures(block) }];
    if (block.kind === 'line') return this.line(block);
    if (block.kind === 'details') return this.details(block);
    if (!isField(block) || this.framed.has(block.id) || signed.has(block.id)) return [];
    if (!visible(this.def, block, this.cond)) return [];
    return [{ numbered: true, render: (prefix) => this.fieldBlocks(block, this.data, '', prefix) }];
  }

  private line(block: LineBlock): Item[] {
    const shown = block.fields.filter((f) => !this.framed.has(f.id) && visible(this.def, f, this.cond));
    if (shown.length === 0) return [];
    return [
      {
        numbered: block.label !== undefined,
        render: (prefix) => {
          const head = block.label ? [text(`${prefix}${withColon(block.label.pl)} `, true)] : [];
          return [
            para(block.label ? 'Normal' : 'Text', [...head, ...this.slots(block.text.pl, block.fields)]),
          ];
        },
      },
    ];
  }

  /** A field of a section or of a list item, with its label (and the number prefix of its item). */
  private fieldBlocks(
    field: Field,
    values: Record<string, unknown>,
    parent: string,
    prefix: string,
  ): LayoutBlock[] {
    const tag = parent ? `${parent}.${field.id}` : field.id;
    const label = `${prefix}${withColon(field.label.pl)}`;
    switch (field.kind) {
      case 'list':
        return this.list(field, values[field.id], tag, label);
      case 'boolean':
        return [
          para('Normal', [...(prefix ? [text(prefix, true)] : []), this.field(field, tag, values[field.id])]),
        ];
      case 'long-text':
      case 'checklist':
        return [
          para('FieldLabel', [text(label)]),
          para('FieldValue', [this.field(field, tag, values[field.id])]),
        ];
      case 'choice':
        if (field.display !== 'selected')
          return [
            para('FieldLabel', [text(label)]),
            para('FieldValue', [this.field(field, tag, values[field.id])]),
          ];
        return [para('Normal', [text(`${label} `, true), this.field(field, tag, values[field.id])])];
      default:
        return [para('Normal', [text(`${label} `, true), this.field(field, tag, values[field.id])])];
    }
  }

  /** A list as a table of its items' scalar fields; the items' own lists follow unless a details block shows them. */
  private list(field: ListField, value: unknown, tag: string, label: string): LayoutBlock[] {
    const given = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
    const items = given.length ? given : [{}];
    const missing = this.draft && field.required === true && given.length === 0;
    const columns = field.item.filter((f) => f.kind !== 'list');
    const nested = field.item.filter((f): f is ListField => f.kind === 'list');
    const cellText = items.map((item) => ['', ...columns.map((f) => formatValue(f, item[f.id]))]);
    const headers = [documentText.t('pl', 'itemNumber'), ...columns.map((f) => f.label.pl)];
    const weights = [0.1, ...columns.map(weight)];
    const rows: LayoutRow[] = [
      {
        header: true,
        cantSplit: true,
        cells: headers.map((h) => [para('TableHeader', [text(h)])]),
      },
      ...items.map((item, i): LayoutRow => {
        const length = cellText[i]!.reduce((a, c) => a + c.length, 0);
        return {
          // A row with a long text may be taller than a page: it must be allowed to split.
          cantSplit: length < 600,
          cells: [
            [para('TableText', [text(itemNumber(field, i))])],
            ...columns.map((f, c) => {
              const inline = this.field(f, `${tag}[${i}].${f.id}`, item[f.id]);
              if (missing && c === 0) {
                inline.gap = true;
                inline.placeholder = `[${documentText.t('pl', 'fillIn')}: ${field.label.pl}]`;
              } else if (missing || Object.keys(item).length === 0) inline.gap = false;
              return [para('TableText', [inline])];
            }),
          ],
        };
      }),
    ];
    const table: LayoutTable = {
      kind: 'table',
      role: 'data',
      widths: columnWidths(headers, weights, this.width, cellText),
      rows,
    };
    const out: LayoutBlock[] = [
      {
        kind: 'control',
        tag,
        title: field.label.pl,
        children: label ? [para('FieldLabel', [text(label)]), table] : [table],
      },
    ];
    if (nested.length && !this.detailed.has(tag))
      items.forEach((item, i) => out.push(...this.itemDetails(field, item, `${tag}[${i}]`, i, '')));
    return out;
  }

  /** The lists of one item of a list, under the item's heading („Cel A”). */
  private itemDetails(
    list: ListField,
    item: Record<string, unknown>,
    itemTag: string,
    index: number,
    heading: string,
  ): LayoutBlock[] {
    const name = heading || `${(list.itemLabel ?? list.label).pl} ${itemNumber(list, index)}`;
    const out: LayoutBlock[] = [para(`Heading${this.base + 1}` as StyleId, [text(name)])];
    for (const f of list.item)
      if (f.kind === 'list')
        out.push(...this.list(f, item[f.id], `${itemTag}.${f.id}`, withColon(f.label.pl)));
    return out;
  }

  private details(block: DetailsBlock): Item[] {
    const list = topField(this.def, block.list);
    if (!list || list.kind !== 'list' || !visible(this.def, list, this.cond)) return [];
    const given = Array.isArray(this.data[block.list])
      ? (this.data[block.list] as Record<string, unknown>[])
      : [];
    const items = given.length ? given : [{}];
    return items.map((item, i) => ({
      numbered: true,
      render: (prefix: string) =>
        this.itemDetails(
          list,
          item,
          `${block.list}[${i}]`,
          i,
          `${prefix}${block.title.pl.replace('{n}', itemNumber(list, i))}`,
        ),
    }));
  }

  private signatures(block: SignatureBlock): LayoutBlock[] {
    const signerCell = (s: SignatureBlock['signers'][number]): LayoutParagraph[] => {
      const cell = [
        para('SignatureLine', [text(documentText.t('pl', 'signatureLine'))]),
        para('TableHeader', [text(s.label.pl)], { align: 'center' }),
      ];
      for (const id of [s.nameField, s.positionField]) {
        const f = id ? topField(this.def, id) : undefined;
        if (f && id) {
          const inline = this.field(f, id, this.data[id]);
          inline.gap = false;
          cell.push(para('TableText', [inline], { align: 'center' }));
        }
      }
      cell.push(para('Note', [text(documentText.t('pl', 'signature'))], { align: 'center' }));
      return cell;
    };
    const signers = block.signers;
    // One signer signs on the right, as under a letter.
    const cells =
      signers.length === 1 ? [[para('TableText', [])], signerCell(signers[0]!)] : signers.map(signerCell);
    const n = cells.length;
    const widths = Array.from({ length: n }, (_, i) =>
      i < n - 1 ? Math.floor(this.width / n) : this.width - Math.floor(this.width / n) * (n - 1),
    );
    const out: LayoutBlock[] = [];
    if (block.closing) out.push(para('Normal', [text(block.closing.pl)], { keepNext: true }));
    out.push({ kind: 'table', role: 'signatures', widths, rows: [{ cantSplit: true, cells }] });
    return out;
  }
}

/** Relative width of a table column by what it holds. */
function weight(f: Field): number {
  if (f.kind === 'long-text') return 10;
  if (f.kind === 'date') return 1.3;
  if (f.kind === 'choice') return 2;
  return 2.2;
}

type Leaf = { paragraph: LayoutParagraph } | { table: LayoutTable };

function leaves(blocks: readonly LayoutBlock[], out: Leaf[] = []): Leaf[] {
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push({ paragraph: b });
    else if (b.kind === 'table') out.push({ table: b });
    else leaves(b.children, out);
  }
  return out;
}

const HEADINGS = new Set<StyleId>(['Heading1', 'Heading2', 'Heading3', 'Title']);
/** How much text before a signature block is kept on its page (lines of about 90 characters). */
const KEEP_LINES = 14;

/**
 * Signature blocks never stand alone on a page: the text before each (back to its heading, within about
 * 14 lines, or the last row of a table) is kept with it (keep-with-next), and its row cannot split.
 */
export function keepSignaturesWithText(body: readonly LayoutBlock[]): void {
  const all = leaves(body);
  all.forEach((leaf, at) => {
    if (!('table' in leaf) || leaf.table.role !== 'signatures') return;
    let budget = KEEP_LINES;
    for (let i = at - 1; i >= 0 && budget > 0; i--) {
      const prev = all[i]!;
      if ('table' in prev) {
        if (prev.table.role !== 'data') break;
        const last = prev.table.rows.at(-1)!;
        last.cantSplit = true;
        for (const cell of last.cells) for (const p of cell) p.keepNext = true;
        break;
      }
      const p = prev.paragraph;
      p.keepNext = true;
      const length = p.inlines.reduce((a, x) => a + x.text.length, 0);
      budget -= Math.max(1, Math.ceil(length / 90));
      if (HEADINGS.has(p.style)) break;
    }
  });
}

/**
 * The house style of every document standardy writes — the six templates and the supervisor's report:
 * one font, one set of paragraph styles, A4 with 2 cm margins, table column widths that never break a
 * header's word. Plain data and pure functions (the docx renderers turn them into styles.xml).
 */

export const FONT = 'Calibri';
/** A4 in twips (1/1440 inch); 2 cm margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;

export const COLOR = {
  heading: '1F3864',
  muted: '595959',
  label: '262626',
  headerFill: 'E7E6E6',
  rule: 'A6A6A6',
  gap: 'C00000',
} as const;

/** Width of the text column of a page, in twips. */
export function textWidth(landscape = false): number {
  return (landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
}

/** Paragraph styles by id; the renderer of documents and of the report both use these ids. */
export type StyleId =
  | 'Normal'
  | 'Text'
  | 'Title'
  | 'Subtitle'
  | 'Clause'
  | 'Heading1'
  | 'Heading2'
  | 'Heading3'
  | 'FieldLabel'
  | 'FieldValue'
  | 'Note'
  | 'Letterhead'
  | 'TableText'
  | 'TableHeader'
  | 'SignatureLine'
  | 'PageHeader'
  | 'PageFooter';

/** Sizes in half-points (docx's unit for run size). */
const SIZE = { body: 22, small: 19, note: 19, tiny: 15 } as const;

/** The docx `styles` option: the same for documents and reports. */
export const DOCX_STYLES = {
  default: {
    document: {
      run: { font: FONT, size: SIZE.body, language: { value: 'pl-PL' } },
      paragraph: { spacing: { after: 80, line: 264, lineRule: 'auto' as const } },
    },
    // docx 9 heading styles carry no outline level: set it, or Word's navigation pane stays empty.
    title: {
      run: { font: FONT, size: 30, bold: true, allCaps: true, color: COLOR.heading },
      paragraph: { outlineLevel: 0, alignment: 'center' as const, spacing: { before: 240, after: 60 } },
    },
    heading1: {
      run: { font: FONT, size: 25, bold: true, color: COLOR.heading },
      paragraph: { outlineLevel: 0, spacing: { before: 280, after: 100 }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font: FONT, size: 23, bold: true, color: COLOR.heading },
      paragraph: { outlineLevel: 1, spacing: { before: 220, after: 80 }, keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: FONT, size: SIZE.body, bold: true, color: COLOR.label },
      paragraph: { outlineLevel: 2, spacing: { before: 160, after: 60 }, keepNext: true, keepLines: true },
    },
  },
  paragraphStyles: [
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      run: { italics: true, size: SIZE.small, color: COLOR.muted },
      paragraph: { alignment: 'center' as const, spacing: { after: 120 } },
    },
    {
      id: 'Text',
      name: 'Text',
      basedOn: 'Normal',
      paragraph: { spacing: { before: 160, after: 80 } },
    },
    {
      id: 'Clause',
      name: 'Clause',
      basedOn: 'Normal',
      paragraph: { alignment: 'center' as const, spacing: { before: 60, after: 200 } },
    },
    {
      id: 'FieldLabel',
      name: 'Field Label',
      basedOn: 'Normal',
      run: { bold: true, color: COLOR.label },
      paragraph: { spacing: { before: 100, after: 20 }, keepNext: true, keepLines: true },
    },
    {
      id: 'FieldValue',
      name: 'Field Value',
      basedOn: 'Normal',
      paragraph: { spacing: { after: 80 }, indent: { left: 284 } },
    },
    {
      id: 'Note',
      name: 'Note',
      basedOn: 'Normal',
      run: { italics: true, size: SIZE.note, color: COLOR.muted },
    },
    {
      id: 'Letterhead',
      name: 'Letterhead',
      basedOn: 'Normal',
      paragraph: { spacing: { after: 0 } },
    },
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: SIZE.small },
      paragraph: { spacing: { after: 0, line: 240, lineRule: 'auto' as const } },
    },
    {
      id: 'TableHeader',
      name: 'Table Header',
      basedOn: 'TableText',
      run: { bold: true, size: SIZE.small },
      paragraph: { keepNext: true },
    },
    {
      id: 'SignatureLine',
      name: 'Signature Line',
      basedOn: 'Normal',
      paragraph: { alignment: 'center' as const, spacing: { before: 720, after: 0 }, keepNext: true },
    },
    {
      id: 'PageHeader',
      name: 'Page Header',
      basedOn: 'Normal',
      run: { size: SIZE.tiny, color: COLOR.muted },
    },
    {
      id: 'PageFooter',
      name: 'Page Footer',
      basedOn: 'Normal',
      run: { size: 14, color: COLOR.muted },
      paragraph: { spacing: { after: 0 } },
    },
  ],
};

/** Twips per character of table text, by how it is set (9.5 pt Calibri/Carlito; bold is wider). */
const CHAR = { header: 104, body: 96 } as const;
/** Left and right cell margins (docx's default 108 each) and a little air. */
const CELL_PADDING = 240;

/** The longest unbreakable run of a text (a word, a date, a number). */
function longestWord(text: string): number {
  let max = 0;
  for (const w of text.split(/[\s/–-]+/)) if (w.length > max) max = w.length;
  return max;
}

/**
 * Column widths (twips) summing to `total`: every column at least as wide as its header's longest word
 * (so „Kompletność” never breaks as „Kompletn|ość”) and its cells' longest word, the rest shared by
 * `weights`. When even the minimums do not fit, they are scaled down together.
 */
export function columnWidths(
  headers: readonly string[],
  weights: readonly number[],
  total: number,
  cells: readonly (readonly string[])[] = [],
): number[] {
  const min = headers.map((h, c) => {
    const body = Math.max(0, ...cells.map((row) => longestWord(row[c] ?? '')));
    return Math.min(
      Math.max(longestWord(h) * CHAR.header, body * CHAR.body) + CELL_PADDING,
      Math.floor(total / 2),
    );
  });
  const minSum = min.reduce((a, b) => a + b, 0);
  if (minSum >= total) return scaleTo(min, total);
  // Every column gets its minimum; what is left is shared by weight.
  const extra = total - minSum;
  const sum = weights.reduce((a, b) => a + b, 0);
  return scaleTo(
    min.map((m, i) => m + (extra * weights[i]!) / sum),
    total,
  );
}

function scaleTo(widths: number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const out = widths.map((w) => Math.floor((w * total) / sum));
  out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

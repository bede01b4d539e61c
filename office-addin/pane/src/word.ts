/**
 * The one module that talks to Word. Each exported function is one user action: one `Word.run`, all
 * reads and writes queued, one `context.sync()` — except update, which must read which controls still
 * exist before it writes (two). Everything it returns is plain data; what to write comes in as a plan
 * (plan.ts) and what was read goes out as a snapshot (document.ts turns it into the check's input).
 */
import { COPY_SUFFIX } from './templates.ts';
import type { LayoutBlock, LayoutParagraph, LayoutTable } from './templates.ts';
import type { WordContentControl, WordContext, WordHost, WordParagraph, WordTable } from './word-api.ts';

export type Placement = 'cursor' | 'replace';

export interface ControlSnapshot {
  tag: string;
  title: string;
  text: string;
  /** Word may report the dimmed placeholder as the text of an empty control. */
  placeholder: string;
}
export interface ParagraphSnapshot {
  text: string;
  style: string;
  outlineLevel: number;
}
export interface DocumentSnapshot {
  controls: ControlSnapshot[];
  paragraphs: ParagraphSnapshot[];
}

/** Where a click in the check's report goes: a control by tag, or the first paragraph with a text. */
export type SelectTarget = { tag: string } | { text: string };

export interface UpdateOutcome {
  /** Tags whose controls were rewritten (every control with the tag, and its copies). */
  updated: string[];
  /** Tags with no control left in the document: reported, never recreated. */
  notInDocument: string[];
}

/** Word's `text` separates paragraphs with \r and lines within one with \v. */
export function wordText(text: string): string {
  return text.replace(/\r\n?|\v/g, '\n');
}

/** A field's lines inside one paragraph: a line break (\v), never a paragraph break. */
const inlineText = (text: string) => text.replace(/\n/g, '\v');

/** The layout's paragraph styles as Word's built-in styles (the rest is Normal, set in bold where it was). */
const BUILT_IN: Partial<Record<LayoutParagraph['style'], string>> = {
  Title: 'Title',
  Subtitle: 'Subtitle',
  Heading1: 'Heading1',
  Heading2: 'Heading2',
  Heading3: 'Heading3',
};
const BOLD_STYLES = new Set<LayoutParagraph['style']>(['FieldLabel', 'TableHeader']);
const ALIGN = { left: 'Left', center: 'Centered', right: 'Right' } as const;

/** Where the next block goes: a new paragraph or table at that place. */
interface Placer {
  paragraph(): WordParagraph;
  table(rows: number, columns: number): WordTable;
}

type Emitted = WordParagraph | WordTable | WordContentControl;

const after = (node: Emitted): Placer => ({
  paragraph: () => node.insertParagraph('', 'After'),
  table: (rows, columns) => node.insertTable(rows, columns, 'After'),
});
const atEnd = (control: WordContentControl): Placer => ({
  paragraph: () => control.insertParagraph('', 'End'),
  table: (rows, columns) => control.insertTable(rows, columns, 'End'),
});

/** A layout paragraph's content into a Word paragraph: style, alignment, text runs and field controls. */
function fill(p: WordParagraph, node: LayoutParagraph): void {
  // Set every paragraph's style: a paragraph inserted after a heading would otherwise inherit it.
  p.styleBuiltIn = BUILT_IN[node.style] ?? 'Normal';
  if (node.align) p.alignment = ALIGN[node.align];
  if (node.indent) p.leftIndent = node.indent / 20; // twips → points
  const boldStyle = BOLD_STYLES.has(node.style);
  for (const x of node.inlines) {
    const range = p.insertText(x.kind === 'field' ? inlineText(x.text) : x.text, 'End');
    if (x.bold || boldStyle) range.font.bold = true;
    if (x.kind === 'field') {
      const control = range.insertContentControl();
      control.tag = x.tag;
      control.title = x.title;
      control.appearance = 'BoundingBox';
      control.placeholderText = x.placeholder;
    }
  }
}

function table(at: Placer, node: LayoutTable): WordTable {
  const columns = node.widths.length;
  const t = at.table(node.rows.length, columns);
  const headers = node.rows.filter((r) => r.header).length;
  if (headers) t.headerRowCount = headers;
  if (node.role !== 'data') t.getBorder('All').type = 'None';
  node.rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => {
      const body = t.getCell(r, c).body;
      cell.forEach((para, i) =>
        fill(i === 0 ? body.paragraphs.getFirst() : body.insertParagraph('', 'End'), para),
      );
    }),
  );
  return t;
}

/** One layout block into Word at `at`; a control's first block is wrapped, the rest go in at its end. */
function emit(node: LayoutBlock, at: Placer): Emitted {
  if (node.kind === 'paragraph') {
    const p = at.paragraph();
    fill(p, node);
    return p;
  }
  if (node.kind === 'table') return table(at, node);
  const [first, ...rest] = node.children;
  let control: WordContentControl;
  if (first?.kind === 'paragraph') {
    const p = at.paragraph();
    fill(p, first);
    control = p.insertContentControl();
  } else if (first?.kind === 'table') control = table(at, first).insertContentControl();
  else {
    // A control that starts with a control: an empty paragraph holds the outer one.
    control = at.paragraph().insertContentControl();
    if (first) rest.unshift(first);
  }
  control.tag = node.tag;
  control.title = node.title;
  control.appearance = 'BoundingBox';
  for (const child of rest) emit(child, atEnd(control));
  return control;
}

/** Draft: write the layout at the cursor (after its paragraph) or in place of the whole document. */
export async function insertPlan(word: WordHost, plan: LayoutBlock[], placement: Placement): Promise<void> {
  await word.run(async (context) => {
    const { body } = context.document;
    let at: Placer;
    if (placement === 'replace') {
      body.clear();
      // The first block goes before the one empty paragraph Word keeps; tables need a paragraph to follow.
      const start = body.insertParagraph('', 'Start');
      at = {
        paragraph: () => start,
        table: (rows, columns) => start.insertTable(rows, columns, 'Before'),
      };
    } else {
      const cursor = context.document.getSelection();
      at = {
        paragraph: () => cursor.insertParagraph('', 'After'),
        table: (rows, columns) => cursor.insertParagraph('', 'After').insertTable(rows, columns, 'After'),
      };
    }
    for (const node of plan) at = after(emit(node, at));
    await context.sync();
  });
}

/** Check: every content control (tag, title, text) and every paragraph (text, style), in one sync. */
export async function readDocument(word: WordHost): Promise<DocumentSnapshot> {
  return word.run(async (context) => {
    const controls = context.document.contentControls.load(
      'items/tag,items/title,items/text,items/placeholderText',
    );
    const paragraphs = context.document.body.paragraphs.load(
      'items/text,items/styleBuiltIn,items/outlineLevel',
    );
    await context.sync();
    return {
      controls: controls.items.map((c) => ({
        tag: c.tag,
        title: c.title,
        text: wordText(c.text),
        placeholder: wordText(c.placeholderText),
      })),
      paragraphs: paragraphs.items.map((p) => ({
        text: wordText(p.text),
        style: p.styleBuiltIn,
        outlineLevel: p.outlineLevel,
      })),
    };
  });
}

/** Select a place in the document; false when it is no longer there (the sync reports ItemNotFound). */
export async function selectInDocument(word: WordHost, target: SelectTarget): Promise<boolean> {
  return word.run(async (context: WordContext) => {
    if ('tag' in target) context.document.contentControls.getByTag(target.tag).getFirst().select();
    else context.document.body.search(target.text.slice(0, 255)).getFirst().select();
    try {
      await context.sync();
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Update: rewrite the text of the controls with these tags, leaving everything else as the user left it.
 * Two syncs: the first finds which controls still exist (a write to a deleted control would fail the whole
 * batch), the second writes. Tags without a control are reported, not recreated.
 */
export async function updateControls(
  word: WordHost,
  changes: readonly { tag: string; text: string }[],
): Promise<UpdateOutcome> {
  if (changes.length === 0) return { updated: [], notInDocument: [] };
  return word.run(async (context) => {
    const found = changes.map((c) => ({
      change: c,
      controls: context.document.contentControls.getByTag(c.tag).load('items/tag'),
      // A field shown twice (the date in the clause, a name under its signature) has copies to follow.
      copies: context.document.contentControls.getByTag(`${c.tag}${COPY_SUFFIX}`).load('items/tag'),
    }));
    await context.sync();
    const outcome: UpdateOutcome = { updated: [], notInDocument: [] };
    for (const { change, controls, copies } of found) {
      if (controls.items.length === 0) outcome.notInDocument.push(change.tag);
      else {
        for (const control of [...controls.items, ...copies.items])
          control.insertText(inlineText(change.text), 'Replace');
        outcome.updated.push(change.tag);
      }
    }
    if (outcome.updated.length) await context.sync();
    return outcome;
  });
}

/**
 * The one module that talks to Word. Each exported function is one user action: one `Word.run`, all
 * reads and writes queued, one `context.sync()` — except update, which must read which controls still
 * exist before it writes (two). Everything it returns is plain data; what to write comes in as a plan
 * (plan.ts) and what was read goes out as a snapshot (document.ts turns it into the check's input).
 */
import type { WordContentControl, WordContext, WordHost, WordParagraph } from './word-api.ts';

export type ParagraphStyle = 'Normal' | 'Title' | 'Heading1' | 'Heading2' | 'Heading3';

export interface PlanParagraph {
  kind: 'paragraph';
  text: string;
  style?: ParagraphStyle;
  bold?: boolean;
}

/** A content control: its first paragraph is wrapped, the rest is appended inside it, in order. */
export interface PlanControl {
  kind: 'control';
  tag: string;
  title: string;
  /** Dimmed text while empty (fields only). */
  placeholder?: string;
  first: PlanParagraph;
  children: PlanNode[];
}

export type PlanNode = PlanParagraph | PlanControl;

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
  /** Tags whose controls were rewritten (every control with the tag). */
  updated: string[];
  /** Tags with no control left in the document: reported, never recreated. */
  notInDocument: string[];
}

/** Word's `text` separates paragraphs with \r (and may use \v for line breaks). */
export function wordText(text: string): string {
  return text.replace(/\r\n?|\v/g, '\n');
}

function styled(p: WordParagraph, node: PlanParagraph): WordParagraph {
  // Set every paragraph's style: a paragraph inserted after a heading would otherwise inherit it.
  p.styleBuiltIn = node.style ?? 'Normal';
  if (node.bold) p.font.bold = true;
  return p;
}

type After = { insertParagraph(text: string, location: 'After'): WordParagraph };

function emit(node: PlanNode, place: (text: string) => WordParagraph): WordParagraph | WordContentControl {
  if (node.kind === 'paragraph') return styled(place(node.text), node);
  const control = styled(place(node.first.text), node.first).insertContentControl();
  control.tag = node.tag;
  control.title = node.title;
  control.appearance = 'BoundingBox';
  if (node.placeholder) control.placeholderText = node.placeholder;
  for (const child of node.children) emit(child, (text) => control.insertParagraph(text, 'End'));
  return control;
}

/** Draft: write the plan at the cursor (after its paragraph) or in place of the whole document. */
export async function insertPlan(word: WordHost, plan: PlanNode[], placement: Placement): Promise<void> {
  await word.run(async (context) => {
    const { body } = context.document;
    let previous: After | undefined;
    let place: (text: string) => WordParagraph;
    if (placement === 'replace') {
      body.clear();
      place = (text) => body.insertParagraph(text, 'Start');
    } else {
      const selection = context.document.getSelection();
      place = (text) => selection.insertParagraph(text, 'After');
    }
    for (const node of plan) {
      const at: (text: string) => WordParagraph = previous
        ? (
            (p: After) => (text: string) =>
              p.insertParagraph(text, 'After')
          )(previous)
        : place;
      previous = emit(node, at);
    }
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
    }));
    await context.sync();
    const outcome: UpdateOutcome = { updated: [], notInDocument: [] };
    for (const { change, controls } of found) {
      if (controls.items.length === 0) outcome.notInDocument.push(change.tag);
      else {
        for (const control of controls.items) control.insertText(change.text, 'Replace');
        outcome.updated.push(change.tag);
      }
    }
    if (outcome.updated.length) await context.sync();
    return outcome;
  });
}

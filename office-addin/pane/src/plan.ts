import { fieldAt, fieldTexts, layoutDocument } from './templates.ts';
import type { LayoutBlock, LayoutOptions, TemplateData, TemplateDefinition } from './templates.ts';

/**
 * What the add-in writes into Word for a template's data: the document's layout (templates/layout.ts),
 * the same tree the .docx renderer writes — so a document from either path carries the same tags, texts
 * and order, and is checked and updated alike. word.ts turns it into Word's objects.
 */
export function planDocument(
  def: TemplateDefinition,
  data: TemplateData,
  options: LayoutOptions = {},
): LayoutBlock[] {
  return layoutDocument(def, data, options).body;
}

/** Every control tag a plan writes (block and inline), in document order. */
export function planTags(blocks: readonly LayoutBlock[]): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.kind === 'control') return [b.tag, ...planTags(b.children)];
    if (b.kind === 'table') return b.rows.flatMap((r) => r.cells.flatMap((c) => planTags(c)));
    return b.inlines.flatMap((x) => (x.kind === 'field' ? [x.tag] : []));
  });
}

/** The fields' controls whose text differs between two versions of the data: what Update rewrites. */
export function changedFields(
  def: TemplateDefinition,
  before: TemplateData,
  after: TemplateData,
): { tag: string; text: string }[] {
  const old = fieldTexts(def, before);
  const now = fieldTexts(def, after);
  const out: { tag: string; text: string }[] = [];
  for (const [tag, text] of Object.entries(now)) {
    if (tag.endsWith(']') || fieldAt(def, tag)?.kind === 'list') continue; // lists and items: containers
    if (old[tag] !== text) out.push({ tag, text });
  }
  return out;
}

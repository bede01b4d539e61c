import { SECTION_TAG_PREFIX, documentText, getTemplate } from './templates.ts';
import type { DocumentHeading, DocumentInput, MissingField } from './templates.ts';
import type { DocumentSnapshot, SelectTarget } from './word.ts';

/**
 * From what word.ts read to what the check takes (the same input `standardy doc check` builds from a
 * .docx), and from the check's findings back to places in the document. Pure.
 */

/** Gap markers the renderer writes into empty controls; they are not content. */
function isGapMarker(text: string): boolean {
  const t = text.trim();
  return (
    t === documentText.t('pl', 'blank') ||
    t === documentText.t('pl', 'stamp') ||
    /^\[(UZUPEŁNIJ|FILL IN): [^\]]*\]$/.test(t)
  );
}

/** Heading level of a paragraph: built-in heading/title styles, else an outline level 1–9. */
export function headingLevel(style: string, outlineLevel: number): number | undefined {
  const m = /^Heading([1-9])$/.exec(style);
  if (m) return Number(m[1]);
  if (style === 'Title') return 1;
  return outlineLevel >= 1 && outlineLevel <= 9 ? outlineLevel : undefined;
}

export function documentInput(snapshot: DocumentSnapshot): DocumentInput {
  const fields: Record<string, string> = {};
  for (const c of snapshot.controls) {
    if (!c.tag) continue;
    const value = c.text === c.placeholder || isGapMarker(c.text) ? '' : c.text.replace(/\n+$/, '');
    // A tag copied and pasted twice: both texts count, as when the check reads a .docx.
    const before = fields[c.tag];
    fields[c.tag] = before ? (value ? `${before}\n${value}` : before) : value;
  }
  const headings: DocumentHeading[] = [];
  let body: string[] = [];
  const close = () => {
    const last = headings.at(-1);
    if (last) last.body = body.join('\n').replace(/\n+$/, '');
    body = [];
  };
  for (const p of snapshot.paragraphs) {
    const level = headingLevel(p.style, p.outlineLevel);
    if (level !== undefined && p.text.trim() !== '') {
      close();
      headings.push({ level, text: p.text.trim(), body: '' });
    } else body.push(p.text);
  }
  close();
  return { fields, headings };
}

/**
 * Where a click on a missing field goes: its own control; else the nearest enclosing list item or list
 * that is still there; else its section's control; else its section's heading (a hand-made document).
 */
export function targetFor(
  snapshot: DocumentSnapshot,
  templateId: string,
  missing: MissingField,
): SelectTarget | null {
  const tags = new Set(snapshot.controls.map((c) => c.tag));
  let tag = missing.field;
  while (tag) {
    if (tags.has(tag)) return { tag };
    const cut = Math.max(tag.lastIndexOf('.'), tag.lastIndexOf('['));
    tag = cut > 0 ? tag.slice(0, cut) : '';
  }
  const section = `${SECTION_TAG_PREFIX}${missing.section}`;
  if (tags.has(section)) return { tag: section };
  const title = getTemplate(templateId)?.sections.find((s) => s.id === missing.section)?.title.pl;
  if (title) {
    const simple = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
    const heading = snapshot.paragraphs.find(
      (p) => headingLevel(p.style, p.outlineLevel) !== undefined && simple(p.text).includes(simple(title)),
    );
    if (heading) return { text: heading.text.trim() };
  }
  return null;
}

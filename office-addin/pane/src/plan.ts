import {
  SECTION_TAG_PREFIX,
  TEMPLATE_TAG_PREFIX,
  dataText,
  documentText,
  fieldAt,
  fieldTexts,
  formatValue,
  itemName,
  visible,
} from './templates.ts';
import type { Field, ListField, TemplateData, TemplateDefinition } from './templates.ts';
import type { PlanControl, PlanNode, PlanParagraph } from './word.ts';

/**
 * What the add-in writes into Word for a template's data: the same tags, titles and texts as the .docx
 * renderer (templates/render-docx.ts), so a document from either path is checked and updated alike.
 * Layout differs where Word's API makes it costly: list tables become one block per row.
 */

/** Placeholder Word shows dimmed in an empty control (the renderer's gap marker). */
export function placeholderFor(field: Field): string {
  return field.required ? `[${documentText.fillIn.pl}: ${field.label.pl}]` : documentText.blank.pl;
}

const para = (text: string, style?: PlanParagraph['style'], bold?: boolean): PlanParagraph => {
  const p: PlanParagraph = { kind: 'paragraph', text };
  if (style) p.style = style;
  if (bold) p.bold = true;
  return p;
};

function valueControl(field: Field, tag: string, text: string): PlanControl {
  const [first = '', ...rest] = text.split('\n');
  return {
    kind: 'control',
    tag,
    title: field.label.pl,
    first: para(first),
    children: rest.map((line) => para(line)),
    placeholder: placeholderFor(field),
  };
}

function fieldNodes(
  def: TemplateDefinition,
  data: TemplateData,
  field: Field,
  values: Record<string, unknown>,
  prefix: string,
): PlanNode[] {
  if (!visible(def, field, dataText(def, data))) return [];
  const tag = prefix ? `${prefix}.${field.id}` : field.id;
  if (field.kind === 'list') return [listControl(def, data, field, values[field.id], tag)];
  const control = valueControl(field, tag, formatValue(field, values[field.id]));
  if (field.kind === 'boolean') return [control];
  return [para(field.label.pl, 'Normal', true), control];
}

function listControl(
  def: TemplateDefinition,
  data: TemplateData,
  list: ListField,
  value: unknown,
  tag: string,
): PlanControl {
  // As the renderer: an empty list still gets one empty item to fill in.
  const items = Array.isArray(value) && value.length ? (value as Record<string, unknown>[]) : [{}];
  return {
    kind: 'control',
    tag,
    title: list.label.pl,
    first: para(list.label.pl, 'Normal', true),
    children: items.flatMap((item, i): PlanNode[] => {
      const itemTag = `${tag}[${i}]`;
      const name = itemName(list, i, 'pl');
      const fields = list.item.flatMap((f) => fieldNodes(def, data, f, item, itemTag));
      // A table's rows have no control of their own in the renderer; a block item has one.
      if (list.layout === 'table') return [para(name, 'Heading2'), ...fields];
      return [
        { kind: 'control', tag: itemTag, title: name, first: para(name, 'Heading2'), children: fields },
      ];
    }),
  };
}

/** The whole document: title, subtitle, then each visible section with its fields, notes and signatures. */
export function planDocument(def: TemplateDefinition, data: TemplateData): PlanNode[] {
  const nodes: PlanNode[] = [
    {
      kind: 'control',
      tag: `${TEMPLATE_TAG_PREFIX}${def.id}`,
      title: def.name.pl,
      first: para(def.name.pl, 'Title'),
      children: [],
    },
  ];
  if (def.subtitle) nodes.push(para(def.subtitle.pl));
  const cond = dataText(def, data);
  for (const section of def.sections) {
    if (!visible(def, section, cond)) continue;
    const children: PlanNode[] = [];
    if (section.help) children.push(para(section.help.pl));
    for (const block of section.blocks) {
      if (block.kind === 'note') children.push(para(block.text.pl));
      else if (block.kind === 'signatures')
        for (const s of block.signers) {
          const name =
            s.nameField && typeof data[s.nameField] === 'string' ? ` – ${data[s.nameField] as string}` : '';
          children.push(para(`………………………………  ${s.label.pl}${name} ${documentText.signature.pl}`));
        }
      else children.push(...fieldNodes(def, data, block, data, ''));
    }
    nodes.push({
      kind: 'control',
      tag: `${SECTION_TAG_PREFIX}${section.id}`,
      title: section.title.pl,
      first: para(section.title.pl, 'Heading1'),
      children,
    });
  }
  return nodes;
}

/** Every control tag a plan writes, in document order. */
export function planTags(nodes: readonly PlanNode[]): string[] {
  return nodes.flatMap((n) => (n.kind === 'control' ? [n.tag, ...planTags(n.children)] : []));
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

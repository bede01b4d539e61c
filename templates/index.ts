// The public surface of templates/: the six documents as data, validation, prefill, the .docx renderer,
// the reader and the check. Browser-safe (no node: imports): the Word add-in and the extension use it too.
import { TEMPLATES, getTemplate } from './definitions/index.ts';
import { flattenFields } from './fields.ts';
import type { FlatField } from './model.ts';

export * from './model.ts';
export { TEMPLATES, getTemplate };
export { validateTemplateData } from './validate.ts';
export type { Validated } from './validate.ts';
export { prefillFromCase, demoTemplateData, documentFileName } from './prefill.ts';
export { layoutDocument, framedFields, COPY_SUFFIX } from './layout.ts';
export type {
  DocumentLayout,
  LayoutBlock,
  LayoutControl,
  LayoutField,
  LayoutInline,
  LayoutParagraph,
  LayoutRow,
  LayoutTable,
  LayoutOptions,
} from './layout.ts';
export type { StyleId } from './style.ts';
export type { PrefillOptions } from './prefill.ts';
export { renderDocx, renderLayout, TemplateDataError } from './render-docx.ts';
export type { RenderOptions } from './render-docx.ts';
export { readDocxFields, parseDocumentXml } from './read-docx.ts';
export type { DocxFields } from './read-docx.ts';
export {
  checkDocument,
  detectTemplate,
  findMissing,
  SECTION_TAG_PREFIX,
  TEMPLATE_PROPERTY,
  TEMPLATE_TAG_PREFIX,
} from './check.ts';
export type { DocumentInput, DocumentHeading } from './check.ts';
export {
  flattenFields,
  instanceLabel,
  fieldTexts,
  formatValue,
  selectedOptions,
  MARK_ON,
  MARK_OFF,
  dataText,
  fieldAt,
  itemName,
  visible,
} from './fields.ts';
export { templateMessages, documentText, documentWord } from './messages.ts';
export type { TemplateError, TemplateErrorCode } from './messages.ts';

/** Every template's fields, flattened (tag, label, section, required, help): the Word add-in's form. */
export function templateFields(id: string): FlatField[] {
  const def = getTemplate(id);
  if (!def) throw new RangeError(`templateFields: unknown template ${id}`);
  return flattenFields(def);
}

export const TEMPLATE_FIELDS: Readonly<Record<string, readonly FlatField[]>> = Object.fromEntries(
  TEMPLATES.map((t) => [t.id, flattenFields(t)]),
);

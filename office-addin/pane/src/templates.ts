// What the pane uses from templates/ — one import site, so the add-in and `standardy doc` share one
// definition of every template, one text per field (the renderer's) and one check.
export {
  TEMPLATES,
  TEMPLATE_FIELDS,
  getTemplate,
  checkDocument,
  demoTemplateData,
  documentText,
  fieldTexts,
  formatValue,
  prefillFromCase,
  readDocxFields,
  renderDocx,
  validateTemplateData,
  SECTION_TAG_PREFIX,
  TEMPLATE_TAG_PREFIX,
} from '../../../templates/index.ts';
export type {
  CheckResult,
  DocumentHeading,
  DocumentInput,
  Field,
  FlatField,
  ListField,
  MissingField,
  Section,
  TemplateData,
  TemplateDefinition,
  TemplateId,
} from '../../../templates/index.ts';
// Not (yet) re-exported by templates/index.ts; pure helpers of the same module the renderer uses.
export { dataText, fieldAt, itemName, visible } from '../../../templates/fields.ts';

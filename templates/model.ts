import type { Evidence, Localized, StageId } from '../core/index.ts';

/**
 * The document model: a template is data — sections of fields, notes and signature blocks — that the
 * renderer, the validator, the check and the Word add-in all read. Field ids are the contract: they are
 * the JSON keys of the data, the paths of errors (`goals[0].clientActions`) and the content-control tags.
 */

export const TEMPLATE_IDS = [
  'cooperation-agreement',
  'cooperation-agreement-crisis',
  'update-note',
  'benefits-information',
  'record-card',
  'social-contract',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** A field or a section shows (and is required) only when a top-level field has a given value. */
export interface Condition {
  field: string;
  equals: string | boolean;
}

export interface Option {
  id: string;
  label: Localized;
}

interface FieldBase {
  /** camelCase; the data key and the content-control tag. */
  id: string;
  /** What users read: the Polish label is the content control's title (w:alias). */
  label: Localized;
  /** The standard's guidance, shown as help in the add-in and in the JSON Schema. */
  help?: Localized;
  required?: boolean;
  when?: Condition;
}

export interface TextField extends FieldBase {
  kind: 'text' | 'long-text';
  maxLength?: number;
}
export interface DateField extends FieldBase {
  kind: 'date';
}
/** Several dates in one field (e.g. the agreement's review dates). */
export interface DatesField extends FieldBase {
  kind: 'dates';
}
export interface ChoiceField extends FieldBase {
  kind: 'choice';
  options: readonly Option[];
  /** 'options' (default): every option with a tick box; 'selected': the chosen label only (table cells). */
  display?: 'options' | 'selected';
}
/** A check list: any number of the options ticked. */
export interface ChecklistField extends FieldBase {
  kind: 'checklist';
  options: readonly Option[];
}
/** A tick box; its label is the statement ticked. Never "missing": unticked is an answer. */
export interface BooleanField extends FieldBase {
  kind: 'boolean';
}
/** Repeating items: a table (scalar columns) or blocks (items with nested lists, e.g. goals). */
export interface ListField extends FieldBase {
  kind: 'list';
  layout: 'table' | 'blocks';
  item: readonly Field[];
  /** Heading of one item in blocks layout, e.g. „Cel” → „Cel A”. */
  itemLabel?: Localized;
  numbering?: 'letters' | 'numbers';
  /** Required lists need at least this many items (default 1). */
  minItems?: number;
}

export type Field =
  TextField | DateField | DatesField | ChoiceField | ChecklistField | BooleanField | ListField;
export type FieldKind = Field['kind'];

/** Fixed text of the form (the standard's wording, statements, the data-minimisation note). */
export interface NoteBlock {
  kind: 'note';
  text: Localized;
}

/** Lines for signatures; each signer's name is taken from a field when one is given. */
export interface SignatureBlock {
  kind: 'signatures';
  signers: readonly { label: Localized; nameField?: string }[];
}

export type Block = Field | NoteBlock | SignatureBlock;

export interface Section {
  id: string;
  title: Localized;
  help?: Localized;
  when?: Condition;
  blocks: readonly Block[];
}

/** Checks across fields, declared as data; a path may name list items with `[]` (`goals[].due`). */
export type CrossRule =
  | { kind: 'date-order'; earlier: string; later: string }
  | { kind: 'dates-within'; dates: string; from: string; to: string };

export interface TemplateDefinition {
  id: TemplateId;
  name: Localized;
  /** The tool of the standard this document produces (docs/standard.md "Documents"). */
  tool?: string;
  /** Stages at which it is written; 'any' for documents of every stage (docs/standard.md §1.6). */
  stages: readonly StageId[] | 'any';
  evidence: Evidence;
  /** One line under the title: tool number, purpose, who fills it. */
  subtitle?: Localized;
  /** Wide tables (the record card's log) read better on a landscape page. */
  landscape?: boolean;
  sections: readonly Section[];
  rules: readonly CrossRule[];
}

/** Validated data of one document: field id → value (lists are arrays of item objects). */
export type TemplateData = Record<string, unknown>;

/** One field of a template as the Word add-in and the check see it: `tag` is a pattern (`goals[].area`). */
export interface FlatField {
  tag: string;
  id: string;
  kind: FieldKind;
  label: Localized;
  help?: Localized;
  section: string;
  sectionTitle: Localized;
  required: boolean;
  /** Conditions of the field and of its section. */
  when: Condition[];
  /** Pattern of the enclosing list, when the field is a list item's field. */
  parent?: string;
  options?: readonly Option[];
}

/** What the check reports: one missing or empty field, per section. */
export interface MissingField {
  field: string;
  section: string;
  label: string;
}

export interface CheckResult {
  template: TemplateId | null;
  missing: MissingField[];
}

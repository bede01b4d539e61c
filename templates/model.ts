import type { CaseRecord, Evidence, Localized, Rules, StageId } from '../core/index.ts';

/**
 * The document model: a template is data — sections of fields, lines, notes and signature blocks, the
 * first page's frame, its prefill bindings and its demo values — that the layout (layout.ts), the
 * validator, the check and the Word add-in all read. Field ids are the contract: they are the JSON keys of
 * the data, the paths of errors (`goals[0].clientActions`) and the content-control tags.
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
  /** The standard's guidance, shown as help in the add-in and in the JSON Schema (never in the document). */
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
/**
 * Repeating items, shown as a table of their scalar fields; an item's own lists (a goal's actions) are
 * shown per item by a `details` block (or right after the table when no block claims them).
 */
export interface ListField extends FieldBase {
  kind: 'list';
  item: readonly Field[];
  /** One item's name, e.g. „Cel” → „Cel A”. */
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

/**
 * Several fields in one sentence of the document: `{clientName}, adres zamieszkania: {clientAddress}`.
 * Each `{id}` is one of `fields`; the form still asks for each field on its own.
 */
export interface LineBlock {
  kind: 'line';
  label?: Localized;
  text: Localized;
  fields: readonly Field[];
}

/** The lists inside each item of a top-level list, under a sub-heading per item: `Cel {n}` → „Cel A”. */
export interface DetailsBlock {
  kind: 'details';
  list: string;
  title: Localized;
}

export interface Signer {
  label: Localized;
  /** The field whose value is printed under the line (the same content control as in the text). */
  nameField?: string;
  /** A second line under the name, e.g. the worker's position. */
  positionField?: string;
}

/** Lines for signatures, kept on the page of the text before them; `closing` is the sentence above. */
export interface SignatureBlock {
  kind: 'signatures';
  closing?: Localized;
  signers: readonly Signer[];
}

export type Block = Field | NoteBlock | LineBlock | DetailsBlock | SignatureBlock;

export interface Section {
  id: string;
  /** Without a number: the layout numbers sections consecutively („3. Plan działań”). */
  title: Localized;
  help?: Localized;
  when?: Condition;
  blocks: readonly Block[];
  /** 'numbered' (default), 'plain' (a heading without a number) or 'none' (no heading at all). */
  heading?: 'numbered' | 'plain' | 'none';
  /** The part the section belongs to (`parts`); numbering starts again in each part. */
  part?: string;
}

/** A part of a form with parts of its own (the social contract's I and II); `suffixField` adds A/B. */
export interface Part {
  id: string;
  title: Localized;
  suffixField?: string;
}

/**
 * The first page of a Polish administrative document: the centre's letterhead (fields `centreName`,
 * `centreAddress`) on the left, „Miejscowość, dnia …” on the right, references below, an addressee, the
 * title and (for agreements) the parties clause. `{id}` places a top-level field's content control; a
 * field placed here is not repeated in its section.
 */
export interface DocumentFrame {
  dateline: Localized;
  references?: readonly Localized[];
  addressee?: readonly Localized[];
  /** Default: the template's name. */
  title?: Localized;
  subtitle?: Localized;
  clause?: Localized;
}

/** What a definition's prefill gets besides the case record. */
export interface PrefillContext {
  rules: Rules;
  today?: string;
  institution?: { name: string };
  /** A worker's display name from the policy; never the worker's id (ids are not names). */
  workerName(id: string | undefined): string | undefined;
}

/** Demo values: which demo case suits the document, and fictional values added over its prefill. */
export interface DemoSpec {
  pick(record: CaseRecord): boolean;
  values(prefilled: TemplateData, asOf: string): TemplateData;
}

/** Checks across fields, declared as data; a path may name list items with `[]` (`goals[].due`). */
export type CrossRule =
  | { kind: 'date-order'; earlier: string; later: string }
  | { kind: 'dates-within'; dates: string; from: string; to: string };

export interface TemplateDefinition {
  id: TemplateId;
  name: Localized;
  /** Stem of a file name in Polish, without diacritics: `umowa-wspolpracy`. */
  fileName: string;
  /** The tool of the standard this document produces (docs/standard.md "Documents"). */
  tool?: string;
  /** Stages at which it is written; 'any' for documents of every stage (docs/standard.md §1.6). */
  stages: readonly StageId[] | 'any';
  evidence: Evidence;
  frame: DocumentFrame;
  parts?: readonly Part[];
  /** Wide tables (the record card's log) read better on a landscape page. */
  landscape?: boolean;
  sections: readonly Section[];
  rules: readonly CrossRule[];
  /** The case's own facts for this document (after the common ones: case id, worker, centre). */
  prefill(record: CaseRecord, context: PrefillContext): TemplateData;
  demo: DemoSpec;
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

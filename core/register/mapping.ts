import * as z from 'zod';
import { KebabId, SocialWorkStandardId, StageId } from '../schema/common.ts';

/**
 * What a register column or document label stands for: a tool id, or the case category's specialist
 * interview(s), or an evaluation (docs/standard.md §1.5: hosts name documents their own way).
 */
export const DocumentTarget = z.union([
  z.enum(['specialist-interview', 'periodic-evaluation', 'final-evaluation', 'agreement']),
  KebabId,
]);
export type DocumentTarget = z.infer<typeof DocumentTarget>;

/**
 * A reusable column mapping from a welfare system's register export (CSV/XLSX) onto core case records.
 * Only mapped columns are read: a register's client names never enter the result.
 */
export const RegisterMapping = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(1),
  name: z.string().min(1).max(200),
  /** `auto` detects UTF-8, Windows-1250 or ISO-8859-2 per file (encoding.ts). */
  encoding: z.enum(['auto', 'utf-8', 'windows-1250', 'iso-8859-2']).default('auto'),
  delimiter: z.enum(['auto', ';', ',', '\t']).default('auto'),
  dateFormat: z.enum(['dd.mm.yyyy', 'yyyy-mm-dd']).default('dd.mm.yyyy'),
  /** XLSX only: the sheet's name or 1-based number; the first by default. */
  sheet: z.union([z.string().min(1), z.number().int().min(1)]).optional(),
  columns: z.strictObject({
    caseId: z.string().min(1),
    standard: z.string().min(1),
    socialWorker: z.string().min(1),
    benefitsWorker: z.string().min(1).optional(),
    openedOn: z.string().min(1),
    stage: z.string().min(1),
    stageEnteredOn: z.string().min(1).optional(),
    status: z.string().min(1).optional(),
    statusDate: z.string().min(1).optional(),
    statusReason: z.string().min(1).optional(),
    crisis: z.string().min(1).optional(),
    /** One column listing documents as "Label (dd.mm.rrrr); Label (dd.mm.rrrr)". */
    documents: z.string().min(1).optional(),
    agreementFrom: z.string().min(1).optional(),
    agreementTo: z.string().min(1).optional(),
    /** Review dates separated by `;` or `,`. */
    reviewDates: z.string().min(1).optional(),
  }),
  /** Or one column per document holding the date it was done: column header → what it is. */
  documentColumns: z.record(z.string().min(1), DocumentTarget).default({}),
  values: z.strictObject({
    standard: z.record(z.string(), SocialWorkStandardId).default({}),
    stage: z.record(z.string(), StageId).default({}),
    status: z.record(z.string(), z.enum(['active', 'suspended', 'closed'])).default({}),
    documents: z.record(z.string(), DocumentTarget).default({}),
    crisisYes: z.array(z.string()).default(['tak', 't', 'x', '1', 'yes', 'y']),
  }),
});
export type RegisterMapping = z.infer<typeof RegisterMapping>;
export type RegisterMappingInput = z.input<typeof RegisterMapping>;

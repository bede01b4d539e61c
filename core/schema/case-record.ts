import * as z from 'zod';
import { IsoDate, KebabId, PseudonymousId, SocialWorkStandardId, StageId } from './common.ts';

export const StageEntry = z.strictObject({
  stage: StageId,
  enteredOn: IsoDate,
  /** Why the case moved out of the standard order (re-planning, crisis); silences stage-skipped. */
  justification: z.string().min(1).max(2000).optional(),
});

export const CaseState = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('active') }),
  z.strictObject({ status: z.literal('suspended'), since: IsoDate, reason: z.string().min(1).max(2000) }),
  z.strictObject({
    status: z.literal('closed'),
    on: IsoDate,
    reason: z.enum(['goals-achieved', 'client-withdrew', 'moved', 'transferred', 'died', 'other']),
    note: z.string().max(2000).optional(),
  }),
]);
export type CaseState = z.infer<typeof CaseState>;

export const ToolDone = z.strictObject({ tool: KebabId, doneOn: IsoDate });
export const ToolWaived = z.strictObject({ tool: KebabId, on: IsoDate, reason: z.string().min(1).max(2000) });
export const UpdateNote = z.strictObject({
  date: IsoDate,
  noSignificantChange: z.boolean().default(false),
  summary: z.string().max(20000).optional(),
});
export const Agreement = z.strictObject({
  signedOn: IsoDate,
  /** Written in a crisis at any stage, to be extended after diagnosis (docs/standard.md §1.6). */
  crisisVariant: z.boolean().default(false),
  period: z.strictObject({ from: IsoDate, to: IsoDate }),
  reviewDates: z.array(IsoDate).default([]),
});
export type Agreement = z.infer<typeof Agreement>;
export const Evaluation = z.strictObject({ date: IsoDate, kind: z.enum(['periodic', 'final']) });
export const BenefitsInformation = z.strictObject({
  date: IsoDate,
  form: z.enum(['opinion', 'certificate', 'information']).default('information'),
  /** When the client was told what is passed on (confidentiality principle, docs/standard.md §7). */
  clientInformedOn: IsoDate.optional(),
});

/** One case of social work (praca socjalna): pseudonymous id and the standard's facts only, never names. */
export const CaseRecord = z.strictObject({
  kind: z.literal('case'),
  id: PseudonymousId,
  standard: SocialWorkStandardId,
  subGroup: KebabId.optional(),
  socialWorker: PseudonymousId,
  benefitsWorker: PseudonymousId.optional(),
  openedOn: IsoDate,
  stageHistory: z.array(StageEntry).min(1),
  state: CaseState.default({ status: 'active' }),
  crisis: z.boolean().default(false),
  tools: z.array(ToolDone).default([]),
  waived: z.array(ToolWaived).default([]),
  updateNotes: z.array(UpdateNote).default([]),
  agreement: Agreement.optional(),
  evaluations: z.array(Evaluation).default([]),
  benefitsInformation: z.array(BenefitsInformation).default([]),
});
export type CaseRecord = z.infer<typeof CaseRecord>;
export type CaseRecordInput = z.input<typeof CaseRecord>;

/** A one-off contact (docs/standard.md §1.1): never evaluated as a case, never counted toward caseload. */
export const ContactRecord = z.strictObject({
  kind: z.literal('contact'),
  id: PseudonymousId,
  date: IsoDate,
  worker: PseudonymousId,
  topic: z.enum(['entitlement-question', 'benefit-rules', 'emotional-support', 'referral', 'other']),
  note: z.string().max(2000).optional(),
});
export type ContactRecord = z.infer<typeof ContactRecord>;

export const AnyRecord = z.discriminatedUnion('kind', [CaseRecord, ContactRecord]);
export type AnyRecord = z.infer<typeof AnyRecord>;

/** The case-record file (published JSON Schema: core/json-schema/case-records.schema.json). */
export const CaseFile = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(1),
  records: z.array(AnyRecord),
});
export type CaseFile = z.infer<typeof CaseFile>;
export type CaseFileInput = z.input<typeof CaseFile>;

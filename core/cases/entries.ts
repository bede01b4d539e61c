import * as z from 'zod';
import { IsoDate, KebabId, PseudonymousId, SocialWorkStandardId, StageId } from '../schema/common.ts';

/**
 * A case's facts as dated entries: every fact carries the day it holds from (`on`) and who set it
 * (`origin`). Every source of a case — what an adapter read from the host, a register import, the worker's
 * own records in the side panel, the team's shared records — becomes entries, and `buildCase` folds them
 * into the one `CaseRecord` the engine evaluates (docs/rules.md, "One record per case").
 *
 * Entries are immutable: a correction is a new entry (a later status, an `undone` tool), so two browsers
 * or two workers never overwrite each other's facts — both survive and the fold decides.
 */

/** Who set a fact, in the order that breaks a tie between entries of the same day (later wins). */
export const ORIGINS = ['import', 'host', 'worker'] as const;
export const Origin = z.enum(ORIGINS);
export type Origin = z.infer<typeof Origin>;

/** Entry ids: letters, digits and `. _ : -` (CouchDB document ids are made of them). */
export const EntryId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, { message: 'input.entry-id' });

const Text = z.string().min(1).max(2000);
const meta = {
  id: EntryId,
  caseId: PseudonymousId,
  /** The day the fact holds from: a stage entered, a tool done, a status set. */
  on: IsoDate,
  origin: Origin,
  /** The worker who recorded it (worker entries). */
  by: PseudonymousId.optional(),
  /** When it was recorded (ISO date-time): orders entries of one origin on one day. */
  at: z.iso.datetime({ offset: true }).optional(),
};

export const CaseEntry = z.discriminatedUnion('kind', [
  /** Who and what the case is: from the host or a register; later entries refine field by field. */
  z.strictObject({
    ...meta,
    kind: z.literal('case'),
    standard: SocialWorkStandardId.optional(),
    subGroup: KebabId.optional(),
    socialWorker: PseudonymousId.optional(),
    benefitsWorker: PseudonymousId.optional(),
    openedOn: IsoDate.optional(),
  }),
  z.strictObject({ ...meta, kind: z.literal('stage'), stage: StageId, justification: Text.optional() }),
  z.strictObject({
    ...meta,
    kind: z.literal('status'),
    status: z.enum(['active', 'suspended', 'closed']),
    /** Why the work was suspended (free text). */
    reason: Text.optional(),
    /** Why the case was closed. */
    closeReason: z
      .enum(['goals-achieved', 'client-withdrew', 'moved', 'transferred', 'died', 'other'])
      .optional(),
    note: Text.optional(),
  }),
  z.strictObject({ ...meta, kind: z.literal('crisis'), crisis: z.boolean() }),
  /** A tool done or waived on `on`; `undone` withdraws the same origin's (and author's) earlier entries. */
  z.strictObject({
    ...meta,
    kind: z.literal('tool'),
    tool: KebabId,
    action: z.enum(['done', 'waived', 'undone']),
    reason: Text.optional(),
  }),
  z.strictObject({
    ...meta,
    kind: z.literal('note'),
    noSignificantChange: z.boolean(),
    summary: z.string().min(1).max(20000).optional(),
  }),
  /** A cooperation agreement signed on `on`; a later one replaces it (extended after diagnosis). */
  z.strictObject({
    ...meta,
    kind: z.literal('agreement'),
    crisisVariant: z.boolean(),
    period: z.strictObject({ from: IsoDate, to: IsoDate }),
    reviewDates: z.array(IsoDate).max(50),
  }),
  z.strictObject({ ...meta, kind: z.literal('evaluation'), evaluation: z.enum(['periodic', 'final']) }),
  z.strictObject({
    ...meta,
    kind: z.literal('benefits-info'),
    form: z.enum(['opinion', 'certificate', 'information']),
  }),
  /** The client was told on `on` about the information passed to the benefits worker on `infoOn`. */
  z.strictObject({ ...meta, kind: z.literal('client-informed'), infoOn: IsoDate }),
]);
export type CaseEntry = z.infer<typeof CaseEntry>;
export type EntryKind = CaseEntry['kind'];
export type EntryOf<K extends EntryKind> = Extract<CaseEntry, { kind: K }>;

/** Free-text fields: they can hold names, so they stay on the worker's machine unless a policy says otherwise. */
export const FREE_TEXT_FIELDS = ['justification', 'reason', 'note', 'summary'] as const;

/**
 * What stands in a free-text field that stayed on the worker's machine: the fact that a justification or
 * a reason was given still counts (it silences `stage-skipped`, makes a waiver a waiver), its words do not
 * travel.
 */
export const WITHHELD_TEXT = '(zapisano u pracownika)';

/** An entry with its free text withheld (what may leave the machine by default). */
export function withoutFreeText(e: CaseEntry): CaseEntry {
  const out = { ...e } as Record<string, unknown>;
  for (const field of FREE_TEXT_FIELDS) if (typeof out[field] === 'string') out[field] = WITHHELD_TEXT;
  return out as CaseEntry;
}

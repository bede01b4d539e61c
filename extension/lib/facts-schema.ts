import * as z from 'zod';
import { IsoDate, PseudonymousId, SocialWorkStandardId, StageId } from '../../core/schema/common.ts';

/** The background checks every read sent by a content script before remembering it (zod at the boundary). */
const Status = z.enum(['active', 'suspended', 'closed']);

export const CaseReadSchema = z.strictObject({
  caseId: PseudonymousId,
  socialWorker: PseudonymousId.optional(),
  benefitsWorker: PseudonymousId.optional(),
  standard: SocialWorkStandardId.optional(),
  stage: StageId.optional(),
  stageSince: IsoDate.optional(),
  openedOn: IsoDate.optional(),
  status: Status.optional(),
  stageHistory: z
    .array(z.strictObject({ stage: StageId, enteredOn: IsoDate }))
    .max(200)
    .optional(),
  documents: z
    .array(z.strictObject({ tool: z.string().max(100), on: IsoDate, status: z.enum(['done', 'waived']) }))
    .max(500)
    .optional(),
});

export const PageReadSchema = z.strictObject({
  adapterId: z.string().max(100),
  system: z.string().url().max(300),
  pageId: z.string().max(100),
  signedIn: z
    .strictObject({ id: PseudonymousId, role: z.enum(['social-worker', 'benefits-worker']) })
    .optional(),
  list: z
    .strictObject({
      scope: z.enum(['own', 'team']),
      rows: z.array(CaseReadSchema).max(20_000),
      total: z.number().int().nonnegative().optional(),
      activeCount: z.number().int().nonnegative().optional(),
    })
    .optional(),
  detail: CaseReadSchema.optional(),
});
